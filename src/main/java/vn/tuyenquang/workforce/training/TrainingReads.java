package vn.tuyenquang.workforce.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.text.VietnameseText;

/**
 * What other modules read of training for their reports and read models (outcomes, digital skills, work abroad,
 * ordered training, the search index, notices): completions and enrolments of a period or of persons, course names,
 * centres' names. It changes nothing; {@link TrainingRegistry} records centres, courses and enrolments.
 */
@Service
public class TrainingReads {

    private final CentreRepository centres;
    private final EnrolmentRepository enrolments;

    TrainingReads(CentreRepository centres, EnrolmentRepository enrolments) {
        this.centres = centres;
        this.enrolments = enrolments;
    }

    /** A centre's name (public knowledge), for notices that name the centre. */
    public Optional<String> centreName(UUID centreId) {
        return centres.findCentre(centreId).map(TrainingCentre::name);
    }

    /** These courses, by id, wherever they are given: for reports that name the courses they count. */
    public Map<UUID, Course> coursesByIds(java.util.Collection<UUID> courseIds) {
        Map<UUID, Course> found = new java.util.HashMap<>();
        courseIds.forEach(id -> centres.findCourse(id).ifPresent(c -> found.put(id, c)));
        return found;
    }

    /**
     * The learners who completed a course from {@code from} to {@code to}: at every centre for the department, at their
     * own for a centre's staff; refused to anyone else.
     */
    public List<Completion> completions(CurrentUser user, LocalDate from, LocalDate to) {
        return enrolments.completions(user.provinceOrOwnCentre().orElse(null), from, to);
    }

    /** Every completion of these persons, for reports on what became of them (work abroad, say). */
    public List<Completion> completionsOf(java.util.Collection<UUID> personIds) {
        return personIds.isEmpty() ? List.of() : enrolments.completionsOf(personIds);
    }

    /**
     * Every completion from {@code from} to {@code to} at every centre, for reports that scope by the learner's
     * commune themselves (a commune officer's figures count the commune's people wherever they trained).
     */
    public List<Completion> completionsInProvince(LocalDate from, LocalDate to) {
        return enrolments.completions(null, from, to);
    }

    /**
     * The enrolments made from {@code from} to {@code to}, whatever became of them: at every centre for the department,
     * at their own for a centre's staff; refused to anyone else.
     */
    public List<EnrolmentProgress> enrolments(CurrentUser user, LocalDate from, LocalDate to) {
        return enrolments.progress(user.provinceOrOwnCentre().orElse(null), from, to);
    }

    /** The centres where the person is or was enrolled: the centres that keep their record. */
    public Set<UUID> centresOf(UUID personId) {
        return enrolments.centresOf(personId);
    }

    /** Where each of these persons was enrolled: "course (centre)", earliest first. */
    public Map<UUID, List<String>> enrolmentsOf(java.util.Collection<UUID> personIds) {
        return enrolments.enrolmentsOf(personIds);
    }

    /** A course name and the occupation (VSCO 2020 code) it trains for. */
    public record CourseName(String name, String occupationCode) {
    }

    /** Every distinct course name with the occupation it trains for. */
    public List<CourseName> courseNames() {
        return centres.courseNamesAndOccupations().stream().map(c -> new CourseName(c.getKey(), c.getValue())).toList();
    }

    /**
     * Courses whose name contains {@code query}, accents ignored ("han" finds "Hàn điện"), names starting
     * with it first: the skills trained people hold, and the occupations they lead to, for typeahead.
     */
    public List<CourseName> courseNamesMatching(String query) {
        String folded = VietnameseText.fold(query == null ? "" : query).strip();
        if (folded.isEmpty()) {
            return List.of();
        }
        List<CourseName> starting = new java.util.ArrayList<>();
        List<CourseName> containing = new java.util.ArrayList<>();
        for (CourseName course : courseNames()) {
            String name = VietnameseText.fold(course.name());
            if (name.contains(folded)) {
                (name.startsWith(folded) ? starting : containing).add(course);
            }
        }
        starting.addAll(containing);
        return starting;
    }

    /** How many learners completed each course of the centre (courses nobody completed are left out). */
    public Map<UUID, Long> completedByCourse(CurrentUser user, UUID centreId) {
        CentreAccess.check(user, centreId);
        return enrolments.completedByCourse(centreId);
    }

    /** The names of the centres where each of these persons completed a course. */
    public Map<UUID, Set<String>> centresCompletedAt(java.util.Collection<UUID> personIds) {
        return personIds.isEmpty() ? Map.of() : enrolments.centresCompletedAt(personIds);
    }

    /** The names of the courses each of these persons completed: the skills they trained in. */
    public Map<UUID, List<String>> completedCourseNames(java.util.Collection<UUID> personIds) {
        return enrolments.completedCourseNames(personIds);
    }
}
