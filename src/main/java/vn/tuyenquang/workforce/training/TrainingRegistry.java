package vn.tuyenquang.workforce.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuyenquang.workforce.system.Paged;
import vn.tuyenquang.workforce.system.RecordIds;
import vn.tuyenquang.workforce.accounts.AuditTrail;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.people.IdentityConflict;
import vn.tuyenquang.workforce.people.NewPerson;
import vn.tuyenquang.workforce.people.Person;
import vn.tuyenquang.workforce.people.PersonView;
import vn.tuyenquang.workforce.people.PersonRegister;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.text.VietnameseText;

/**
 * Centres, courses and enrolments (certificates are {@link Certificates}'). Every call names who asks, and a centre's
 * staff reach only their own centre; every change is audited in its transaction.
 */
@Service
public class TrainingRegistry {

    /** One page of centres and how many match in all. */
    public record CentrePage(List<TrainingCentre> centres, long total, int page, int size) implements Paged {
    }

    /** A course with its centre and one page of its enrolments, each with its person and certificate. */
    /**
     * A page of a course's learners: those a search ({@code query}: part of a name, accents optional, or of a citizen
     * ID; empty for all) found, {@code total} of them, among the course's {@code enrolled}.
     */
    public record CourseDetail(TrainingCentre centre, Course course, String query, List<EnrolmentRow> enrolments,
                               long total, long enrolled, int page, int size) implements Paged {
    }

    /**
     * One page of the learners a search found. A search considers its first {@value #SEARCH_WINDOW} matches
     * by name: {@code more} says there were more, and the search should be narrowed. {@code wholeRecords} is false when
     * the reader (a centre's staff) may see their identity alone, as on the person's own page: then each learner is a
     * {@link PersonView.Identity}, and residence and qualifications, which may come from other
     * sources, are left out.
     */
    public record LearnerPage(List<PersonView> learners, long total, boolean more, int page, int size, boolean wholeRecords)
            implements Paged {
    }

    public record EnrolmentRow(Enrolment enrolment, Person person, Optional<Certificate> certificate) {
    }

    /** How many matches a learner search considers before keeping the centre's own. */
    static final int SEARCH_WINDOW = 1000;

    private final CentreRepository centres;
    private final EnrolmentRepository enrolments;
    private final PersonRegister register;
    private final ReferenceCatalog reference;
    private final EnrolmentRules rules;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    TrainingRegistry(CentreRepository centres, EnrolmentRepository enrolments, PersonRegister register,
                     ReferenceCatalog reference, EnrolmentRules rules, AuditTrail audit, Clock clock,
                     ApplicationEventPublisher events) {
        this.rules = rules;
        this.centres = centres;
        this.enrolments = enrolments;
        this.register = register;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    public CentrePage centres(String query, CentreOrder order, int page, int size) {
        String folded = query == null ? "" : VietnameseText.fold(query);
        int safePage = Paged.requested(page);
        return new CentrePage(centres.searchCentres(folded, order, safePage * size, size), centres.countCentres(folded),
                safePage, size);
    }

    @Transactional
    public TrainingCentre createCentre(NewCentre form) {
        if (centres.centreCodeTaken(form.code())) {
            throw new TrainingException("centre.code.taken", "code");
        }
        if (reference.commune(form.communeCode()).isEmpty()) {
            throw new TrainingException("person.commune.unknown", "communeCode");
        }
        TrainingCentre centre = new TrainingCentre(UUID.randomUUID(), form.code(),
                VietnameseText.normalize(form.name()), form.communeCode(), clock.instant(), form.ownership());
        centres.insertCentre(centre);
        audit.created("training_centre", centre.id(), centre);
        return centre;
    }

    public TrainingCentre centre(CurrentUser user, UUID centreId) {
        CentreAccess.check(user, centreId);
        return centres.findCentre(centreId).orElseThrow(() -> new TrainingException("centre.notFound", null));
    }

    /** The department says who owns a centre (resolution IV.7d); audited. */
    @Transactional
    public TrainingCentre setOwnership(CurrentUser user, UUID centreId, TrainingCentre.Ownership ownership) {
        if (!user.role().isProvinceWide()) {
            throw new org.springframework.security.access.AccessDeniedException("a centre's ownership is the department's");
        }
        TrainingCentre before = centre(user, centreId);
        centres.setOwnership(centreId, ownership);
        TrainingCentre after = before.withOwnership(ownership);
        audit.changed("training_centre", centreId, before, after);
        return after;
    }

    /** A course, when the user may reach its centre. */
    public Course course(CurrentUser user, UUID courseId) {
        Course course = centres.findCourse(courseId).orElseThrow(() -> new TrainingException("course.notFound", null));
        CentreAccess.check(user, course.centreId());
        return course;
    }

    public List<Course> courses(CurrentUser user, UUID centreId) {
        CentreAccess.check(user, centreId);
        return centres.coursesOf(centreId);
    }

    /** Checks a learner's details whole (every value at fault at once), writing nothing. */
    public void checkLearner(NewPerson person) {
        register.validate(person);
    }

    @Transactional
    public Course createCourse(CurrentUser user, UUID centreId, NewCourse form) {
        TrainingCentre centre = centre(user, centreId);
        if (reference.occupation(form.occupationCode()).filter(o -> o.level() == 4 && o.vsco()).isEmpty()) {
            throw new TrainingException("course.occupation.unknown", "occupationCode");
        }
        rules.checkCourse(form.levelCode(), form.durationMonths());
        if (centres.findCourseByCode(centre.id(), form.code()).isPresent()) {
            throw new TrainingException("course.code.taken", "code");
        }
        Course course = new Course(UUID.randomUUID(), centre.id(), form.code(), VietnameseText.normalize(form.name()),
                form.occupationCode(), form.levelCode(), form.durationMonths(), form.fullTime());
        centres.insertCourse(course, clock.instant());
        audit.created("course", course.id(), course);
        events.publishEvent(new CourseAdded(course.name(), course.occupationCode()));
        return course;
    }

    public CourseDetail course(CurrentUser user, UUID courseId, String query, EnrolmentOrder order, int page, int size) {
        Course course = centres.findCourse(courseId).orElseThrow(() -> new TrainingException("course.notFound", null));
        TrainingCentre centre = centre(user, course.centreId());
        int safePage = Paged.requested(page);
        String asked = query == null ? "" : query.strip();
        if (asked.isEmpty() && order == EnrolmentOrder.ENROLLED) {
            // The course's own order, with nothing to find: the page is read as a page, whatever the course's size.
            long total = enrolments.countOf(courseId);
            List<Enrolment> shown = enrolments.pageOf(courseId, (long) safePage * size, size);
            return new CourseDetail(centre, course, asked, shown.stream().map(learnersOf(shown)::row).toList(),
                    total, total, safePage, size);
        }
        List<Enrolment> all = enrolments.enrolmentsOf(courseId);
        Learners learners = learnersOf(all);
        Map<UUID, Person> persons = learners.persons();
        Map<UUID, Certificate> certificates = learners.certificates();
        String name = VietnameseText.fold(asked);
        String digits = asked.replaceAll("\\s", "");
        List<Enrolment> found = asked.isEmpty() ? all : all.stream().filter(e -> {
            Person person = persons.get(e.personId());
            return VietnameseText.fold(person.fullName()).contains(name)
                    || (digits.matches("\\d{3,12}") && person.citizenId().value().contains(digits));
        }).toList();
        List<EnrolmentRow> rows = found.stream()
                .map(e -> EnrolmentOrder.Learner.of(e, persons.get(e.personId()).fullName(),
                        Optional.ofNullable(certificates.get(e.id())).map(Certificate::issuedOn).orElse(null)))
                .sorted(order.comparator)
                .skip((long) safePage * size).limit(size)
                .map(l -> learners.row(l.enrolment()))
                .toList();
        return new CourseDetail(centre, course, asked, rows, found.size(), all.size(), safePage, size);
    }

    /** The persons and certificates of some enrolments, each read once, and an enrolment's row made of them. */
    private record Learners(Map<UUID, Person> persons, Map<UUID, Certificate> certificates) {

        EnrolmentRow row(Enrolment enrolment) {
            return new EnrolmentRow(enrolment, persons.get(enrolment.personId()),
                    Optional.ofNullable(certificates.get(enrolment.id())));
        }
    }

    private Learners learnersOf(List<Enrolment> of) {
        return new Learners(register.findAll(of.stream().map(Enrolment::personId).distinct().toList()),
                enrolments.certificatesOfEnrolments(of.stream().map(Enrolment::id).toList()).stream()
                        .collect(java.util.stream.Collectors.toMap(Certificate::enrolmentId, c -> c)));
    }

    /** Enrols a person, adding them to the register when the citizen ID is new. */
    @Transactional
    public Enrolment enrol(CurrentUser user, UUID courseId, NewPerson person, LocalDate enrolledOn) {
        Course course = centres.findCourse(courseId).orElseThrow(() -> new TrainingException("course.notFound", null));
        CentreAccess.check(user, course.centreId());
        rules.checkEnrolment(person.birthDate(), enrolledOn);
        UUID personId = register.register(person, IdentityConflict.Source.form(course.centreId())).personId();
        if (enrolments.findEnrolment(courseId, personId).isPresent()) {
            throw new TrainingException("enrolment.duplicate", "citizenId");
        }
        Enrolment enrolment = new Enrolment(RecordIds.next(), courseId, personId, Enrolment.Status.ENROLLED,
                enrolledOn, null, null);
        enrolments.insert(enrolment);
        register.enrolled(Map.of(personId, enrolledOn));
        audit.created("enrolment", enrolment.id(), enrolment);
        return enrolment;
    }

    @Transactional
    public Enrolment complete(CurrentUser user, UUID enrolmentId, LocalDate on) {
        Enrolment completed = change(user, enrolmentId, e -> e.complete(on));
        events.publishEvent(new CoursesCompleted(Set.of(completed.personId())));
        return completed;
    }

    @Transactional
    public Enrolment drop(CurrentUser user, UUID enrolmentId, LocalDate on) {
        return change(user, enrolmentId, e -> e.drop(on));
    }

    /** The course an enrolment belongs to, if the user may see it. */
    public UUID courseOfEnrolment(CurrentUser user, UUID enrolmentId) {
        return enrolment(user, enrolmentId).courseId();
    }

    /**
     * Learners found by name (accents ignored) or citizen ID: anyone in the register for the department,
     * only the centre's own learners for its staff.
     */
    public LearnerPage searchLearners(CurrentUser user, String query, LearnerOrder order, int page, int size) {
        List<Person> found = register.search(query, SEARCH_WINDOW);
        boolean more = found.size() >= SEARCH_WINDOW;
        Optional<UUID> centre = user.provinceOrOwnCentre();
        if (centre.isPresent()) {
            java.util.Set<UUID> ours = enrolments.personsEnrolledAt(centre.get(), found.stream().map(Person::id).toList());
            found = found.stream().filter(p -> ours.contains(p.id())).toList();
        }
        boolean whole = user.role().isProvinceWide();
        int safePage = Paged.requested(page);
        return new LearnerPage(found.stream().sorted(order.comparator).skip((long) safePage * size).limit(size)
                .<PersonView>map(person -> whole ? person : person.identity()).toList(), found.size(), more, safePage, size,
                whole);
    }

    /** Whether {@code user} is staff of a centre where the person is (or was) enrolled. */
    public boolean isLearnerOf(CurrentUser user, UUID personId) {
        return user.centreId().map(centre -> enrolments.personsEnrolledAt(centre, List.of(personId)).contains(personId))
                .orElse(false);
    }

    private Enrolment change(CurrentUser user, UUID enrolmentId, java.util.function.UnaryOperator<Enrolment> step) {
        Enrolment before = enrolment(user, enrolmentId);
        Enrolment after = step.apply(before);
        enrolments.update(after);
        audit.changed("enrolment", enrolmentId, before, after);
        return after;
    }

    private Enrolment enrolment(CurrentUser user, UUID enrolmentId) {
        return CentreAccess.enrolment(user, enrolmentId, enrolments, centres);
    }

}
