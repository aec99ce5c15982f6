package vn.tuyenquang.workforce.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.validation.Validator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import vn.tuyenquang.workforce.IntegrationTest;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accounts.TestAccounts;
import vn.tuyenquang.workforce.employers.Employers;
import vn.tuyenquang.workforce.employers.NewVacancy;
import vn.tuyenquang.workforce.employers.Vacancy;
import vn.tuyenquang.workforce.employers.VacancyReads;
import vn.tuyenquang.workforce.indicators.Indicators;
import vn.tuyenquang.workforce.indicators.Snapshots;
import vn.tuyenquang.workforce.people.LabourStatus;
import vn.tuyenquang.workforce.people.NewPerson;
import vn.tuyenquang.workforce.people.PersonRegister;
import vn.tuyenquang.workforce.people.Sex;
import vn.tuyenquang.workforce.people.TestPeople;

/**
 * From midnight to 07:00 in Tuyên Quang the server's UTC date is still yesterday: on 1 January at 00:30 and at 06:59
 * province time, every "today" the application judges by is already 1 January 2027.
 */
@IntegrationTest
@Import({ProvinceDayTest.SettableClock.class, TestAccounts.class})
@DirtiesContext
class ProvinceDayTest {

    static final LocalDate NEW_YEAR = LocalDate.of(2027, 1, 1);

    /** The system clock, except while a test has set it to a moment of its own. */
    @TestConfiguration(proxyBeanMethods = false)
    static class SettableClock {

        static final AtomicReference<Instant> SET = new AtomicReference<>();

        @Bean
        @Primary
        Clock settableClock() {
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return java.time.ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return Clock.fixed(instant(), zone);
                }

                @Override
                public Instant instant() {
                    Instant set = SET.get();
                    return set == null ? Instant.now() : set;
                }
            };
        }
    }

    @Autowired
    Indicators indicators;

    @Autowired
    Snapshots snapshots;

    @Autowired
    Employers employers;

    @Autowired
    VacancyReads vacancyReads;

    @Autowired
    PersonRegister register;

    @Autowired
    Validator validator;

    @Autowired
    TestAccounts accounts;

    @AfterEach
    void backToTheSystemClock() {
        SettableClock.SET.set(null);
    }

    private static void provinceTimeIs(String time) {
        SettableClock.SET.set(NEW_YEAR.atTime(LocalTime.parse(time)).atZone(ProvinceTime.ZONE).toInstant());
    }

    @ParameterizedTest
    @ValueSource(strings = {"00:30", "06:59"})
    void onNewYearsDayTheReportsOpenOnTheNewYearAndTheOldOneMayBeFrozenAsFinal(String time) {
        provinceTimeIs(time);
        assertThat(indicators.currentYear()).isEqualTo(2027);
        assertThat(snapshots.mayBeFinal(2026)).isTrue();
        assertThat(snapshots.mayBeFinal(2027)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"00:30", "06:59"})
    void aVacancyIsOpenThroughItsLastDay(String time) {
        CurrentUser employer = accounts.create(Role.EMPLOYER);
        UUID vacancy = employers.createVacancy(employer, employer.employerId().orElseThrow(), new NewVacancy(
                "Thợ hàn", "7212", "SO_CAP", "Hàn điện", 1, 7_000_000L, 8_000_000L, "00694", null, null, null,
                LocalDate.now().plusDays(30), null, null)).id();
        employers.move(employer, vacancy, Vacancy.Status.OPEN);
        provinceTimeIs(time);
        // Its last day is today in the province: it is still open, and a deadline of yesterday is refused.
        assertThat(employers.createVacancy(employer, employer.employerId().orElseThrow(), new NewVacancy("Thợ hàn 2",
                "7212", "SO_CAP", "Hàn điện", 1, 7_000_000L, 8_000_000L, "00694", null, null, null, NEW_YEAR, null,
                null)).deadline()).isEqualTo(NEW_YEAR);
        assertThatThrownBy(() -> employers.createVacancy(employer, employer.employerId().orElseThrow(), new NewVacancy(
                "Thợ hàn 3", "7212", "SO_CAP", "Hàn điện", 1, 7_000_000L, 8_000_000L, "00694", null, null, null,
                NEW_YEAR.minusDays(1), null, null))).isInstanceOfSatisfying(Refusal.class, refusal ->
                assertThat(refusal.all()).extracting(Refusal::messageKey).contains("vacancy.deadline.passed"));
        assertThat(vacancyReads.openNow(List.of(vacancy))).containsKey(vacancy);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00:30", "06:59"})
    void aBirthDateIsJudgedByTheProvincesDay(String time) {
        provinceTimeIs(time);
        LocalDate yesterday = NEW_YEAR.minusDays(1);
        NewPerson bornYesterday = new NewPerson(TestPeople.citizenId(yesterday, Sex.FEMALE), "Hà Thị Mai", yesterday,
                Sex.FEMALE, "01", "00694", null, LabourStatus.OUTSIDE_LABOUR_FORCE);

        assertThat(validator.validate(bornYesterday)).isEmpty();
        NewPerson bornToday = new NewPerson(TestPeople.citizenId(NEW_YEAR, Sex.FEMALE), "Hà Thị Lan", NEW_YEAR,
                Sex.FEMALE, "01", "00694", null, LabourStatus.OUTSIDE_LABOUR_FORCE);
        // Today is not in the future (the register's check), nor in the past (the form's).
        assertThat(register.validate(bornToday).birthDate()).isEqualTo(NEW_YEAR);
        assertThat(validator.validate(bornToday)).extracting(v -> v.getPropertyPath().toString())
                .containsExactly("birthDate");
        LocalDate tomorrow = NEW_YEAR.plusDays(1);
        assertThatThrownBy(() -> register.validate(new NewPerson(TestPeople.citizenId(tomorrow, Sex.FEMALE), "Hà Thị Hoa",
                tomorrow, Sex.FEMALE, "01", "00694", null, LabourStatus.OUTSIDE_LABOUR_FORCE)))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.all())
                        .extracting(Refusal::messageKey).contains("person.birthDate.future"));
    }
}
