package vn.tuyenquang.workforce.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

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
import vn.tuyenquang.workforce.system.ProvinceTime;
import vn.tuyenquang.workforce.accounts.AccountManagement;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.NewAccount;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.employers.Employers;
import vn.tuyenquang.workforce.employers.NewEmployer;
import vn.tuyenquang.workforce.employers.NewVacancy;
import vn.tuyenquang.workforce.employers.Vacancy;
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
    private final Employers employerRecords;
    private final PersonRegister register;
    private final PersonRecords records;
    /** How many residents the demo's labour-supply survey lists ({@code workforce.demo.surveyed-residents}). */
    private final int surveyedResidents;

    DemoProvince(TrainingRegistry training, GraduateRecords graduates, AccountManagement accounts,
                 ReferenceCatalog reference, TransactionTemplate transactions, UserDetailsService users,
                 SurveyImports surveys, Baselines baselines, Employers employerRecords, PersonRegister register,
                 PersonRecords records,
                 @org.springframework.beans.factory.annotation.Value("${workforce.demo.surveyed-residents:8000}")
                 int surveyedResidents) {
        this.surveyedResidents = surveyedResidents;
        this.employerRecords = employerRecords;
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
            for (TrainingCentre centre : centres) {
                transactions.executeWithoutResult(status -> fill(department, centre, province));
            }
            survey(department, province);
            employers(department);
        } finally {
            SecurityContextHolder.clearContext();
        }
        log.warn("Demo profile: a synthetic province was loaded ({} centres, {} learners each); the demo accounts"
                + " (see README) all use the password '{}'", centres.size(), LEARNERS_PER_CENTRE, DEMO_PASSWORD);
    }

    private void fill(CurrentUser department, TrainingCentre centre, SyntheticProvince province) {
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
                    row.male() ? Sex.MALE : Sex.FEMALE, row.ethnicCode(), row.communeCode(), null,
                    LabourStatus.UNEMPLOYED);
            rows.add(graduates.check(courses, new Graduate(person, row.courseCode(), row.enrolledOn(), row.completedOn(),
                    row.certificateNumber(), row.issuedOn())));
        }
        graduates.saveAll(centre.id(), rows, java.util.Collections.nCopies(rows.size(), null));
        // One learner in three asked to be found by employers, so the matching has candidates to show.
        for (int i = 0; i < rows.size(); i += 3) {
            register.search(rows.get(i).person().citizenId().value(), 1)
                    .forEach(person -> records.setConsent(person.id(), true));
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

    /** Employers in the province's industrial areas (synthetic), their vacancies, and the demo employer account. */
    private void employers(CurrentUser department) {
        // tax code, name, industrial area, commune: the communes are real units; the employers are not.
        String[][] names = {{"4600900017", "Công ty TNHH May mặc Sông Lô (giả lập)", "Khu công nghiệp giả lập số 1", "02215"},
                {"4600900024", "Công ty CP Cơ khí Hàm Yên (giả lập)", "Cụm công nghiệp giả lập số 2", "02374"},
                {"4600900031", "Công ty TNHH Chế biến gỗ Chiêm Hóa (giả lập)", null, "02287"}};
        List<UUID> ids = new ArrayList<>();
        for (String[] e : names) {
            ids.add(employerRecords.create(new NewEmployer(e[0], e[1], e[2], e[3], "Phòng Nhân sự (giả lập)", null, null)).id());
        }
        LocalDate deadline = ProvinceTime.today(java.time.Clock.systemUTC()).plusMonths(2);
        List<NewVacancy> vacancies = List.of(
                new NewVacancy("Công nhân may công nghiệp", "7533", "SO_CAP", "May công nghiệp, vắt sổ, may máy một kim",
                        80, 6_500_000L, 9_000_000L, "02215", "Khu công nghiệp giả lập số 1", null, null, deadline, null, null),
                new NewVacancy("Thợ hàn", "7212", "SO_CAP", "Hàn điện, hàn MIG/MAG", 15, 8_000_000L, 12_000_000L, "02374",
                        "Cụm công nghiệp giả lập số 2", null, null, deadline, null, null),
                new NewVacancy("Thợ điện công nghiệp", "7412", "TRUNG_CAP", "Lắp đặt, bảo trì tủ điện, đọc bản vẽ", 6,
                        9_000_000L, 13_000_000L, "02374", null, null, null, deadline, null, null),
                new NewVacancy("Công nhân chế biến gỗ", "7522", "SO_CAP", "Vận hành máy cưa, bào, chà nhám", 25, 7_000_000L,
                        9_500_000L, "02287", null, null, null, deadline, null, null));
        int[] postedBy = {0, 1, 1, 2};
        for (int i = 0; i < vacancies.size(); i++) {
            UUID employer = ids.get(postedBy[i]);
            Vacancy vacancy = employerRecords.createVacancy(department, employer, vacancies.get(i));
            if (i < 3) {
                employerRecords.move(department, vacancy.id(), Vacancy.Status.OPEN);
            }
        }
        accounts.create(new NewAccount("demo.dn", "Phòng Nhân sự May Sông Lô (giả lập)", Role.EMPLOYER, null, null,
                ids.get(0), DEMO_PASSWORD), false);
    }

    private void createAccounts(UUID firstCentre) {
        accounts.create(new NewAccount("demo.so", "Sở (giả lập)", Role.DEPARTMENT, null, null, null, DEMO_PASSWORD), false);
        accounts.create(new NewAccount("demo.xa", "Cán bộ Phường Hà Giang 1 (giả lập)", Role.COMMUNE_OFFICER, "00694",
                null, null, DEMO_PASSWORD), false);
        accounts.create(new NewAccount("demo.truong", "Cán bộ Trường CĐKT (giả lập)", Role.CENTRE_STAFF, null,
                firstCentre, null, DEMO_PASSWORD), false);
    }
}
