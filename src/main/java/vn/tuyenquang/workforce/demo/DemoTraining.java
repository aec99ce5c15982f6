package vn.tuyenquang.workforce.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.people.LabourStatus;
import vn.tuyenquang.workforce.people.NewPerson;
import vn.tuyenquang.workforce.people.PersonRecords;
import vn.tuyenquang.workforce.people.PersonRegister;
import vn.tuyenquang.workforce.people.Sex;
import vn.tuyenquang.workforce.training.CentreOrder;
import vn.tuyenquang.workforce.training.Course;
import vn.tuyenquang.workforce.training.Graduate;
import vn.tuyenquang.workforce.training.GraduateRecords;
import vn.tuyenquang.workforce.training.NewCentre;
import vn.tuyenquang.workforce.training.NewCourse;
import vn.tuyenquang.workforce.training.TrainingCentre;
import vn.tuyenquang.workforce.training.TrainingRegistry;

/**
 * The demo province's training: four centres (named as synthetic, in real communes), their courses, and their learners
 * recorded as a graduates file would record them, a third of whom asked to be found by employers.
 */
@Component
@Profile("demo")
class DemoTraining {

    static final int LEARNERS_PER_CENTRE = 300;

    /** Every demo centre's code begins so: a start that finds one knows the demo is loaded. */
    private static final String CODE_PREFIX = "GL-";

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
    private final PersonRegister register;
    private final PersonRecords records;
    private final TransactionTemplate transactions;

    DemoTraining(TrainingRegistry training, GraduateRecords graduates, PersonRegister register, PersonRecords records,
                 TransactionTemplate transactions) {
        this.training = training;
        this.graduates = graduates;
        this.register = register;
        this.records = records;
        this.transactions = transactions;
    }

    /** Whether a demo centre exists already (the demo was loaded at an earlier start). */
    boolean loaded() {
        return training.centres(CODE_PREFIX, CentreOrder.NAME, 0, 1).total() > 0;
    }

    List<TrainingCentre> createCentres() {
        // code, name, commune: the communes are real units of the province; the centres are not.
        String[][] names = {{CODE_PREFIX + "CDKT", "Trường Cao đẳng Kỹ thuật Tuyên Quang (giả lập)", "02215"},
                {CODE_PREFIX + "TTHY", "Trung tâm Giáo dục nghề nghiệp Hàm Yên (giả lập)", "02374"},
                {CODE_PREFIX + "TTDV", "Trung tâm Giáo dục nghề nghiệp Đồng Văn (giả lập)", "00721"},
                {CODE_PREFIX + "TTCH", "Trung tâm Giáo dục nghề nghiệp Chiêm Hóa (giả lập)", "02287"}};
        List<TrainingCentre> centres = new ArrayList<>();
        for (String[] centre : names) {
            centres.add(training.createCentre(new NewCentre(centre[0], centre[1], centre[2])));
        }
        return centres;
    }

    /**
     * Each centre's courses and learners, a centre at a time in a transaction of its own; returns those who asked to be
     * found (one in three, each with a phone to be reached on), by the occupation of a course they completed.
     */
    Map<String, List<UUID>> fill(CurrentUser department, List<TrainingCentre> centres, SyntheticProvince province) {
        Map<String, List<UUID>> findable = new java.util.HashMap<>();
        for (TrainingCentre centre : centres) {
            transactions.executeWithoutResult(status -> fill(department, centre, province, findable));
        }
        return findable;
    }

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
}
