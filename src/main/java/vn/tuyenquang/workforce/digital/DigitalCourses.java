package vn.tuyenquang.workforce.digital;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuyenquang.workforce.accounts.AuditTrail;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.training.Course;
import vn.tuyenquang.workforce.training.TrainingReads;
import vn.tuyenquang.workforce.training.TrainingRegistry;

/**
 * Which courses teach digital and technology skills: those training for an occupation of a VSCO 2020 group the
 * department names (by default 25 and 35, the ICT professionals and technicians), and those a centre marks, with the
 * reason. The department edits the groups; a centre's staff mark and unmark their own courses, the department any.
 * Every change is audited.
 */
@Service
public class DigitalCourses {

    /** Why a course counts as teaching digital skills: its occupation's group, a centre's mark, or not at all. */
    public record Standing(Course course, Optional<String> group, Optional<DigitalMark> mark) {

        public boolean digital() {
            return group.isPresent() || mark.isPresent();
        }
    }

    /** The definition in force: the groups and the marks, to decide course after course. */
    public record Definition(List<String> groups, Map<UUID, DigitalMark> marks) {

        /** The department's group the occupation belongs to, if any. */
        public Optional<String> groupOf(String occupationCode) {
            return groups.stream().filter(occupationCode::startsWith).findFirst();
        }

        public boolean digital(UUID courseId, String occupationCode) {
            return marks.containsKey(courseId) || groupOf(occupationCode).isPresent();
        }
    }

    private final DigitalRepository repository;
    private final TrainingRegistry training;
    private final TrainingReads reads;
    private final ReferenceCatalog reference;
    private final AuditTrail audit;
    private final Clock clock;

    DigitalCourses(DigitalRepository repository, TrainingRegistry training, TrainingReads reads, ReferenceCatalog reference,
                   AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.training = training;
        this.reads = reads;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
    }

    public Definition definition() {
        return new Definition(repository.groups(), repository.marks());
    }

    /** The courses marked by a centre that the user may see (the department every one, a centre's staff their own). */
    public List<Standing> markedCourses(CurrentUser user) {
        Map<UUID, DigitalMark> marks = repository.marks();
        Definition definition = definition();
        return reads.coursesByIds(marks.keySet()).values().stream()
                .filter(c -> user.role().isProvinceWide() || user.centreId().map(c.centreId()::equals).orElse(false))
                .map(c -> new Standing(c, definition.groupOf(c.occupationCode()), Optional.of(marks.get(c.id()))))
                .sorted(java.util.Comparator.comparing((Standing s) -> s.course().code()))
                .toList();
    }

    /** Whether the course (which the user may reach) counts, and why. */
    public Standing standing(CurrentUser user, UUID courseId) {
        Course course = training.course(user, courseId);
        return new Standing(course, definition().groupOf(course.occupationCode()), repository.mark(courseId));
    }

    /** Adds a VSCO 2020 group (1 to 4 digits) whose courses count. */
    @Transactional
    public void addGroup(String code) {
        String group = code == null ? "" : code.strip();
        if (reference.occupation(group).filter(o -> o.vsco()).isEmpty()) {
            throw new DigitalException("digital.group.unknown", "code");
        }
        if (repository.addGroup(group, clock.instant())) {
            audit.created("digital_skill_group", group, Map.of("occupationCode", group));
        }
    }

    @Transactional
    public void removeGroup(String code) {
        if (repository.removeGroup(code)) {
            audit.deleted("digital_skill_group", code, Map.of("occupationCode", code));
        }
    }

    /** Marks the course as teaching digital skills, for the reason given (or changes the reason). */
    @Transactional
    public DigitalMark mark(CurrentUser user, UUID courseId, String reason) {
        training.course(user, courseId);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new DigitalException("digital.reason.required", "reason");
        }
        if (why.length() > 500) {
            throw new DigitalException("common.tooLong", "reason");
        }
        Optional<DigitalMark> before = repository.mark(courseId);
        DigitalMark mark = new DigitalMark(courseId, why, user.getUsername(), clock.instant());
        repository.saveMark(mark);
        before.ifPresentOrElse(b -> audit.changed("digital_course", courseId, b, mark),
                () -> audit.created("digital_course", courseId, mark));
        return mark;
    }

    @Transactional
    public void unmark(CurrentUser user, UUID courseId) {
        training.course(user, courseId);
        Optional<DigitalMark> before = repository.mark(courseId);
        if (before.isPresent() && repository.deleteMark(courseId)) {
            audit.deleted("digital_course", courseId, before.get());
        }
    }
}
