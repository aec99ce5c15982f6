package vn.tuyenquang.workforce.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tuyenquang.workforce.ModuleTest;
import vn.tuyenquang.workforce.TestInfrastructure;
import vn.tuyenquang.workforce.people.LabourStatus;
import vn.tuyenquang.workforce.people.NewPerson;
import vn.tuyenquang.workforce.people.PersonRegister;
import vn.tuyenquang.workforce.people.RegisterVersion;
import vn.tuyenquang.workforce.people.Sex;
import vn.tuyenquang.workforce.people.TestPeople;

/**
 * The register is counted once per change, not once per view, and the figures stay exact: the next view after a
 * change has it, on this instance or another; fifty views at once during a change make one count; a count made while
 * a change was not yet committed is made again once it is. The indicators module with the register alone (a module
 * test); the other instance is the whole application.
 */
@ModuleTest
@TestPropertySource(properties = {"workforce.indicators.recount-interval=0s", "workforce.indicators.count-wait=60s"})
class IndicatorCountsTest {

    /** Xã Sơn Thủy: these tests add residents here and read its population (no other test records anyone there). */
    static final String COMMUNE = "02620";
    static final IndicatorSettings DEFAULTS = new IndicatorSettings(false, true, Denominator.LABOUR_FORCE);

    @Autowired
    Indicators indicators;

    @Autowired
    RegisterCells cells;

    @Autowired
    PersonRegister register;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegisterVersion version;

    @Test
    void aViewAfterAChangeHasItAndFiftyViewsAtOnceMakeOneCount() throws Exception {
        long before = population(indicators);
        long counted = cells.recounts();
        assertThat(population(indicators)).isEqualTo(before);
        assertThat(cells.recounts()).as("a second view at the same version counts nothing").isEqualTo(counted);

        resident();
        ExecutorService views = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<IndicatorReport>> seen = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            seen.add(views.submit(() -> {
                start.await();
                return report(indicators);
            }));
        }
        start.countDown();
        List<IndicatorReport> reports = new ArrayList<>();
        for (Future<IndicatorReport> view : seen) {
            reports.add(view.get(60, TimeUnit.SECONDS));
        }
        views.shutdown();

        assertThat(cells.recounts() - counted).as("counts made for 50 views of one change").isEqualTo(1);
        // The view that counted has the change; the others have it too, or the previous figures labelled as such.
        assertThat(reports).allSatisfy(r -> assertThat(r.headline().population())
                .isEqualTo(r.recounting() ? before : before + 1));
        assertThat(reports).anySatisfy(r -> assertThat(r.recounting()).isFalse());
        assertThat(report(indicators).headline().population()).isEqualTo(before + 1);
        assertThat(report(indicators).recounting()).isFalse();
    }

    @Test
    void aCountMadeWhileAChangeWasNotCommittedIsMadeAgainOnceItIs() throws Exception {
        long before = population(indicators);
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch counted = new CountDownLatch(1);
        Thread writer = new Thread(() -> transactions.executeWithoutResult(status -> {
            resident();
            written.countDown();
            await(counted);
        }));
        writer.start();
        written.await(30, TimeUnit.SECONDS);
        // Counted between the change and its commit: the change is not seen yet.
        assertThat(population(indicators)).isEqualTo(before);
        counted.countDown();
        writer.join(30_000);

        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        long now = population(indicators);
        while (now != before + 1 && System.nanoTime() < deadline) {
            Thread.sleep(50);
            now = population(indicators);
        }
        assertThat(now).as("the figure within 5 s of the commit").isEqualTo(before + 1);
    }

    @Test
    void aChangeOnOneInstanceIsReadOnTheOther() {
        try (ConfigurableApplicationContext other = TestInfrastructure.anotherInstance()) {
            Indicators there = other.getBean(Indicators.class);
            long before = population(there);
            assertThat(population(indicators)).isEqualTo(before);

            resident();

            assertThat(population(there)).isEqualTo(before + 1);
        }
    }

    /**
     * On an instance whose views never wait for a count (count-wait 0; the default waits 200 ms, the tests as long as
     * it takes), the view after a change starts the count and gets the previous figures at once, labelled as being
     * counted again; a view moments later has the change.
     */
    @Test
    void theViewThatStartsACountIsNotKeptWaitingForIt() throws Exception {
        try (ConfigurableApplicationContext other = TestInfrastructure.anotherInstance(
                "workforce.indicators.count-wait=0s")) {
            Indicators there = other.getBean(Indicators.class);
            IndicatorReport counted = report(there);
            long before = counted.headline().population();

            resident();

            IndicatorReport asked = report(there);
            assertThat(asked.headline().population()).isEqualTo(before);
            assertThat(asked.recounting()).isTrue();
            assertThat(asked.countedAt()).isEqualTo(counted.countedAt());
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            IndicatorReport later = report(there);
            while (later.recounting() && System.nanoTime() < deadline) {
                Thread.sleep(50);
                later = report(there);
            }
            assertThat(later.headline().population()).isEqualTo(before + 1);
            assertThat(later.recounting()).isFalse();
        }
    }

    /**
     * On an instance that counts at most every 2 s (the default is 3 s; the other tests count at every change), a view
     * right after a change gets the last count, labelled as being counted again, and the first view once the interval
     * has passed counts the change.
     */
    @Test
    void aChangeWithinTheRecountIntervalIsCountedAtTheFirstViewAfterIt() throws Exception {
        try (ConfigurableApplicationContext other = TestInfrastructure.anotherInstance(
                "workforce.indicators.recount-interval=2s")) {
            Indicators there = other.getBean(Indicators.class);
            Thread.sleep(2_100);
            IndicatorReport counted = report(there);
            long before = counted.headline().population();

            resident();

            IndicatorReport within = report(there);
            assertThat(within.headline().population()).isEqualTo(before);
            assertThat(within.recounting()).isTrue();
            assertThat(within.countedAt()).isEqualTo(counted.countedAt());
            Thread.sleep(java.time.Duration.between(java.time.Instant.now(), counted.countedAt().plusMillis(2_100))
                    .toMillis());
            IndicatorReport after = report(there);
            assertThat(after.headline().population()).isEqualTo(before + 1);
            assertThat(after.recounting()).isFalse();
        }
    }

    /**
     * Every choice of settings (short courses, informal skills, denominator, national skill certificates, workers abroad: 64), for each
     * year of the report and by sex, answered from one count of the register, equals the figures worked out person by
     * person from the definitions, for a hand-built population of Xã Phú Lương: persons whose qualifications, labour
     * status, register dates and age fall just before, on and after 31 December of each year.
     */
    @Test
    void everySettingAnsweredFromOneCountEqualsADirectCountOfAHandBuiltPopulation() {
        int year = indicators.currentYear();
        Map<IndicatorSettings, List<IndicatorReport>> before = reportsOfEverySetting(year);
        long heard = version.now().orElseThrow().notices();
        List<Built> built = transactions.execute(status -> handBuiltPopulation(year, 240));
        awaitNotice(heard);

        long counted = cells.recounts();
        Map<IndicatorSettings, List<IndicatorReport>> after = reportsOfEverySetting(year);
        assertThat(cells.recounts() - counted).as("counts made for 64 settings, two questions of years").isEqualTo(2);

        for (IndicatorSettings settings : after.keySet()) {
            for (int q = 0; q < 2; q++) {
                IndicatorReport was = before.get(settings).get(q);
                IndicatorReport is = after.get(settings).get(q);
                for (int i = 0; i < is.trend().size(); i++) {
                    int y = is.trend().get(i).year();
                    Figure added = minus(is.trend().get(i).figure(), was.trend().get(i).figure());
                    assertThat(added).as("%s, %d", settings, y).isEqualTo(direct(built, settings, y, null));
                }
                for (Sex sex : Sex.values()) {
                    assertThat(minus(row(is, sex), row(was, sex))).as("%s, %s", settings, sex)
                            .isEqualTo(direct(built, settings, is.year(), sex));
                }
            }
        }
        assertThat(built.stream().filter(p -> direct(List.of(p), DEFAULTS, year, null).population() > 0))
                .as("the population has persons in the figure").hasSizeGreaterThan(40);
    }

    static final String PHU_LUONG = "02611";

    /** A person as built: what the register holds of them, to count them by hand. */
    record Built(LocalDate born, Sex sex, LocalDate registerSince, LocalDate registerUntil, LabourStatus status,
                 LocalDate statusSince, LabourStatus before, LocalDate certified, LocalDate shortCourse,
                 LocalDate informal, LocalDate national, LocalDate national3y) {
    }

    private Map<IndicatorSettings, List<IndicatorReport>> reportsOfEverySetting(int year) {
        Map<IndicatorSettings, List<IndicatorReport>> reports = new LinkedHashMap<>();
        for (boolean shortCourses : new boolean[]{false, true}) {
            for (boolean informal : new boolean[]{false, true}) {
                for (Denominator denominator : Denominator.values()) {
                    for (NationalSkillCertificates national : NationalSkillCertificates.values()) {
                        for (WorkersAbroad abroad : WorkersAbroad.values()) {
                            IndicatorSettings settings = new IndicatorSettings(shortCourses, informal, denominator,
                                    national, abroad);
                            reports.put(settings, List.of(indicators.report(Optional.of(PHU_LUONG), year, settings),
                                    indicators.report(Optional.of(PHU_LUONG), 2020, settings)));
                        }
                    }
                }
            }
        }
        return reports;
    }

    /** Persons drawn from dates around each year's 31 December (a fixed seed: the same population every run). */
    private List<Built> handBuiltPopulation(int year, int size) {
        Random random = new Random(28);
        LocalDate[] around = {null, LocalDate.of(2015, 3, 1), LocalDate.of(2020, 12, 31), LocalDate.of(2021, 1, 1),
                LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                LocalDate.of(year + 1, 1, 1)};
        LocalDate[] births = {LocalDate.of(1970, 5, 5), LocalDate.of(1990, 1, 1), LocalDate.of(year - 16, 12, 31),
                LocalDate.of(year - 15, 12, 31), LocalDate.of(year - 15, 1, 1), LocalDate.of(year - 14, 6, 1),
                LocalDate.of(2005, 12, 31), LocalDate.of(2006, 1, 1)};
        List<Built> built = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            LocalDate national = pick(random, around);
            LocalDate national3y = national == null || random.nextBoolean() ? null
                    : pick(random, LocalDate.of(year, 6, 1), national, LocalDate.of(year + 1, 1, 1));
            if (national3y != null && national3y.isBefore(national)) {
                national3y = national;
            }
            LabourStatus status = LabourStatus.values()[random.nextInt(LabourStatus.values().length)];
            boolean changed = random.nextInt(3) == 0;
            Built person = new Built(births[random.nextInt(births.length)], random.nextBoolean() ? Sex.MALE : Sex.FEMALE,
                    pick(random, null, LocalDate.of(2015, 1, 1), LocalDate.of(year, 6, 1), LocalDate.of(year - 1, 12, 31),
                            LocalDate.of(year + 1, 1, 1)),
                    random.nextInt(6) == 0 ? LocalDate.of(year, 3, 1) : null, status,
                    changed ? pick(random, LocalDate.of(year, 4, 1), LocalDate.of(year - 1, 12, 31),
                            LocalDate.of(year, 12, 31)) : null,
                    changed ? LabourStatus.values()[random.nextInt(LabourStatus.values().length)] : null,
                    pick(random, around), pick(random, around), pick(random, around), national, national3y);
            insert(person);
            built.add(person);
        }
        return built;
    }

    private void insert(Built p) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into person (id, citizen_id, full_name, full_name_folded, birth_date, sex, commune_code,
                            labour_status, labour_status_since, consent_to_be_found, certified, created_at, updated_at,
                            certified_since, short_course_since, informal_since, national_cert_since,
                            national_cert_3y_since, register_since, register_until)
                        values (:id, :citizen, 'Hoàng Thị Đếm', 'hoang thi dem', :born, :sex, :commune, :status,
                            :statusSince, false, :isCertified, now(), now(), :certified, :shortCourse,
                            :informal, :national, :national3y, :registerSince, :registerUntil)""")
                .param("id", id).param("citizen", TestPeople.citizenId(p.born(), p.sex())).param("born", p.born())
                .param("sex", p.sex().name()).param("commune", PHU_LUONG).param("status", p.status().name())
                .param("statusSince", p.statusSince()).param("isCertified", p.certified() != null)
                .param("certified", p.certified())
                .param("shortCourse", p.shortCourse()).param("informal", p.informal())
                .param("national", p.national()).param("national3y", p.national3y())
                .param("registerSince", p.registerSince()).param("registerUntil", p.registerUntil())
                .update();
        if (p.statusSince() != null) {
            jdbc.sql("insert into labour_status_period (person_id, status, since, until, recorded_at)"
                            + " values (:id, :status, null, :until, now())")
                    .param("id", id).param("status", p.before().name()).param("until", p.statusSince()).update();
        }
    }

    /** The figure of {@code year}, person by person, from the definitions the settings state. */
    private static Figure direct(List<Built> persons, IndicatorSettings settings, int year, Sex sex) {
        LocalDate day = LocalDate.of(year, 12, 31);
        long population = 0;
        long trained = 0;
        long certified = 0;
        for (Built p : persons) {
            LabourStatus status = p.statusSince() == null || !p.statusSince().isAfter(day) ? p.status() : p.before();
            boolean member = !p.born().isAfter(day.minusYears(15)) && by(p.registerSince(), day)
                    && (p.registerUntil() == null || p.registerUntil().isAfter(day))
                    && (status == LabourStatus.EMPLOYED
                        || status == LabourStatus.UNEMPLOYED && settings.denominator() == Denominator.LABOUR_FORCE
                        || status == LabourStatus.ABROAD && settings.workersAbroad() == WorkersAbroad.IN_LABOUR_FORCE)
                    && (sex == null || p.sex() == sex);
            if (!member) {
                continue;
            }
            NationalSkillCertificates national = settings.nationalSkillCertificates();
            boolean isCertified = by(p.certified(), day)
                    || national == NationalSkillCertificates.CERTIFIED && by(p.national(), day);
            boolean isTrained = isCertified
                    || settings.shortCourses() && by(p.shortCourse(), day)
                    || settings.informalSkills() && by(p.informal(), day)
                    || national == NationalSkillCertificates.TRAINED && by(p.national(), day)
                    || national == NationalSkillCertificates.TRAINED_AFTER_THREE_YEARS && by(p.national3y(), day);
            population++;
            trained += isTrained ? 1 : 0;
            certified += isCertified ? 1 : 0;
        }
        return new Figure(population, trained, certified, Source.REGISTER);
    }

    /** Waits until this instance has heard of the commit after notice {@code heard}, so the version no longer moves. */
    private void awaitNotice(long heard) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (version.now().orElseThrow().notices() == heard && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }

    private static boolean by(LocalDate date, LocalDate day) {
        return date != null && !date.isAfter(day);
    }

    private static Figure minus(Figure a, Figure b) {
        return new Figure(a.population() - b.population(), a.trained() - b.trained(), a.certified() - b.certified(),
                Source.REGISTER);
    }

    private static Figure row(IndicatorReport report, Sex sex) {
        return report.bySex().stream().filter(r -> r.key().equals(sex.name())).map(IndicatorReport.Row::figure)
                .findFirst().orElse(new Figure(0, 0, 0, Source.REGISTER));
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }

    private IndicatorReport report(Indicators from) {
        return from.report(Optional.of(COMMUNE), from.currentYear(), DEFAULTS);
    }

    private long population(Indicators from) {
        return report(from).headline().population();
    }

    /** A new resident of the commune, of working age, registered by the department. */
    private void resident() {
        LocalDate born = LocalDate.of(1992, 2, 2);
        register.register(new NewPerson(TestPeople.citizenId(born, Sex.MALE), "Vàng Seo Páo", born, Sex.MALE, "08",
                COMMUNE, null, LabourStatus.UNEMPLOYED));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
