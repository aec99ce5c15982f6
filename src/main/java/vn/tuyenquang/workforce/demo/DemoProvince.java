package vn.tuyenquang.workforce.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.tuyenquang.workforce.accounts.AccountManagement;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.NewAccount;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.imports.SurveyImports;
import vn.tuyenquang.workforce.indicators.Baselines;
import vn.tuyenquang.workforce.people.LabourStatus;
import vn.tuyenquang.workforce.people.NewPerson;
import vn.tuyenquang.workforce.people.PersonRecords;
import vn.tuyenquang.workforce.people.PersonRegister;
import vn.tuyenquang.workforce.people.Sex;
import vn.tuyenquang.workforce.reference.Commune;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.training.CentreOrder;
import vn.tuyenquang.workforce.training.Course;
import vn.tuyenquang.workforce.training.Graduate;
import vn.tuyenquang.workforce.training.GraduateRecords;
import vn.tuyenquang.workforce.training.NewCentre;
import vn.tuyenquang.workforce.training.NewCourse;
import vn.tuyenquang.workforce.training.TrainingCentre;
import vn.tuyenquang.workforce.training.TrainingRegistry;

/**
 * With the {@code demo} profile, an empty installation is filled with a synthetic province: training
 * centres (named as synthetic), their courses and learners (a third of them consenting to be found by
 * employers), a labour-supply survey of most communes and baselines for the rest, employers with
 * vacancies, and one published account per role, so a
 * new user can try every role. Every page says the data is synthetic. Runs once: a second start finds
 * the demo centres and does nothing.
 */
@Component
@Profile("demo")
@Order(10)
class DemoProvince implements ApplicationRunner {

    /** The password of every demo account, published in the README: these accounts hold no real data. */
    static final String DEMO_PASSWORD = "demo-tuyenquang";
    static final long SEED = 2030;
    private static final int LEARNERS_PER_CENTRE = 300;
    private static final int SURVEY_YEAR = 2025;
    /** Communes left without a per-person survey, resting on a baseline instead. */
    private static final int COMMUNES_ON_BASELINE = 10;
    private static final Logger log = LoggerFactory.getLogger(DemoProvince.class);

    private record DemoCourse(String code, String name, String occupation, String level, int months) {
    }

    private static final List<DemoCourse> COURSES = List.of(
            new DemoCourse("HAN-SC", "Hàn điện", "7212", "SO_CAP", 3),
            new DemoCourse("MAY-SC", "May công nghiệp", "7533", "SO_CAP", 3),
            new DemoCourse("DIEN-TC", "Điện công nghiệp", "7412", "TRUNG_CAP", 18),
            new DemoCourse("CBG-SC", "Chế biến gỗ", "7522", "SO_CAP", 4),
            new DemoCourse("NN-NH", "Trồng chè, cây ăn quả (ngắn hạn)", "6112", "CONTINUING_UNDER_3M", 2));

    private final TrainingRegistry training;
    private final GraduateRecords graduates;
    private final AccountManagement accounts;
    private final ReferenceCatalog reference;
    private final TransactionTemplate transactions;
    private final UserDetailsService users;
    private final SurveyImports surveys;
    private final Baselines baselines;
    private final DemoEmployers employers;
    private final PersonRegister register;
    private final PersonRecords records;
    /** How many residents the demo's labour-supply survey lists ({@code workforce.demo.surveyed-residents}). */
    private final int surveyedResidents;

    DemoProvince(TrainingRegistry training, GraduateRecords graduates, AccountManagement accounts,
                 ReferenceCatalog reference, TransactionTemplate transactions, UserDetailsService users,
                 SurveyImports surveys, Baselines baselines, DemoEmployers employers, PersonRegister register,
                 PersonRecords records,
                 @org.springframework.beans.factory.annotation.Value("${workforce.demo.surveyed-residents:8000}")
                 int surveyedResidents) {
        this.surveyedResidents = surveyedResidents;
        this.employers = employers;
        this.register = register;
        this.records = records;
        this.surveys = surveys;
        this.baselines = baselines;
        this.training = training;
        this.graduates = graduates;
        this.accounts = accounts;
        this.reference = reference;
        this.transactions = transactions;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (training.centres("GL-", CentreOrder.NAME, 0, 1).total() > 0) {
            return;
        }
        SyntheticProvince province = new SyntheticProvince(SEED, reference.communes());
        List<TrainingCentre> centres = new ArrayList<>();
        // code, name, commune: the communes are real units of the province; the centres are not.
        String[][] names = {{"GL-CDKT", "Trường Cao đẳng Kỹ thuật Tuyên Quang (giả lập)", "02215"},
                {"GL-TTHY", "Trung tâm Giáo dục nghề nghiệp Hàm Yên (giả lập)", "02374"},
                {"GL-TTDV", "Trung tâm Giáo dục nghề nghiệp Đồng Văn (giả lập)", "00721"},
                {"GL-TTCH", "Trung tâm Giáo dục nghề nghiệp Chiêm Hóa (giả lập)", "02287"}};
        for (String[] centre : names) {
            centres.add(training.createCentre(new NewCentre(centre[0], centre[1], centre[2])));
        }
        createAccounts(centres.get(0).id());
        CurrentUser department = (CurrentUser) users.loadUserByUsername("demo.so");
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(department, null, department.getAuthorities()));
        try {
            Map<String, List<UUID>> learners = new java.util.HashMap<>();
            for (TrainingCentre centre : centres) {
                transactions.executeWithoutResult(status -> fill(department, centre, province, learners));
            }
            survey(department, province);
            employers.create(department, learners);
        } finally {
            SecurityContextHolder.clearContext();
        }
        log.warn("Demo profile: a synthetic province was loaded ({} centres, {} learners each); the demo accounts"
                + " (see README) all use the password '{}'", centres.size(), LEARNERS_PER_CENTRE, DEMO_PASSWORD);
    }

    /**
     * The centre's courses and learners; those who asked to be found (one in three, each with a phone to be reached
     * on) are added to {@code findable}, by the occupation of a course they completed.
     */
    private void fill(CurrentUser department, TrainingCentre centre, SyntheticProvince province,
                      Map<String, List<UUID>> findable) {
        for (DemoCourse course : COURSES) {
            training.createCourse(department, centre.id(), new NewCourse(course.code(), course.name(),
                    course.occupation(), course.level(), course.months(), true));
        }
        Map<String, Course> courses = graduates.coursesOf(centre.id());
        List<String> codes = COURSES.stream().map(DemoCourse::code).toList();
        List<GraduateRecords.Checked> rows = new ArrayList<>();
        for (int i = 0; i < LEARNERS_PER_CENTRE; i++) {
            SyntheticProvince.GraduateRow row = province.nextGraduate(codes, centre.code());
            NewPerson person = new NewPerson(row.citizenId(), row.fullName(), row.birthDate(),
                    row.male() ? Sex.MALE : Sex.FEMALE, row.ethnicCode(), row.communeCode(),
                    i % 3 == 0 ? province.nextPhone() : null, LabourStatus.UNEMPLOYED);
            rows.add(graduates.check(courses, new Graduate(person, row.courseCode(), row.enrolledOn(), row.completedOn(),
                    row.certificateNumber(), row.issuedOn())));
        }
        graduates.saveAll(centre.id(), rows, java.util.Collections.nCopies(rows.size(), null));
        // One learner in three asked to be found by employers, so the matching has candidates to show.
        for (int i = 0; i < rows.size(); i += 3) {
            GraduateRecords.Checked row = rows.get(i);
            register.search(row.person().citizenId().value(), 1).forEach(person -> {
                records.setConsent(person.id(), true);
                if (row.graduate().completedOn() != null) {
                    findable.computeIfAbsent(row.course().occupationCode(), o -> new ArrayList<>()).add(person.id());
                }
            });
        }
    }

    /**
     * The communes' labour-supply survey of 2025, imported in the background through the real survey
     * import; the last few communes get a baseline instead, as where no per-person survey exists yet.
     */
    private void survey(CurrentUser department, SyntheticProvince province) {
        List<Commune> communes = reference.communes();
        List<Commune> surveyed = communes.subList(0, communes.size() - COMMUNES_ON_BASELINE);
        java.util.Random random = new java.util.Random(SEED);
        for (Commune commune : communes.subList(surveyed.size(), communes.size())) {
            long labourForce = 3000 + random.nextInt(9000);
            long trained = labourForce * (40 + random.nextInt(30)) / 100;
            baselines.record(department, new Baselines.Entry(commune.code(), SURVEY_YEAR, labourForce, trained,
                    trained * (30 + random.nextInt(30)) / 100, "Báo cáo tổng hợp của xã (giả lập)"));
        }
        try {
            Path file = Files.createTempFile("demo-survey-", ".csv");
            province.writeSurveyFile(file, surveyedResidents, surveyed, SURVEY_YEAR);
            try (InputStream content = Files.newInputStream(file)) {
                surveys.upload(department, SURVEY_YEAR, "dieu-tra-cung-lao-dong-2025-gia-lap.csv", content);
            }
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void createAccounts(UUID firstCentre) {
        accounts.create(new NewAccount("demo.so", "Sở (giả lập)", Role.DEPARTMENT, null, null, null, DEMO_PASSWORD), false);
        accounts.create(new NewAccount("demo.xa", "Cán bộ Phường Hà Giang 1 (giả lập)", Role.COMMUNE_OFFICER, "00694",
                null, null, DEMO_PASSWORD), false);
        accounts.create(new NewAccount("demo.truong", "Cán bộ Trường CĐKT (giả lập)", Role.CENTRE_STAFF, null,
                firstCentre, null, DEMO_PASSWORD), false);
    }
}
