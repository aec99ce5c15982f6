package vn.tuyenquang.workforce.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuyenquang.workforce.accounts.AuditTrail;
import vn.tuyenquang.workforce.people.InvalidValueException;
import vn.tuyenquang.workforce.people.Person;
import vn.tuyenquang.workforce.people.PersonRegister;
import vn.tuyenquang.workforce.text.RandomCodes;

/**
 * Graduates recorded in bulk, as a file import does: each row is checked on its own, then a chunk of
 * checked rows is saved at once. Saving is idempotent, keyed on the natural keys (citizen ID; course and
 * person; centre and certificate number): saving the same rows again changes nothing.
 */
@Service
public class GraduateRecords {

    /** A row that passed every check, with its person validated and its course found. */
    public record Checked(Person person, Course course, Graduate graduate) {
    }

    private final CentreRepository centres;
    private final EnrolmentRepository enrolmentStore;
    private final PersonRegister register;
    private final AuditTrail audit;
    private final JdbcClient jdbc;

    GraduateRecords(CentreRepository centres, EnrolmentRepository enrolmentStore, PersonRegister register,
                    AuditTrail audit, JdbcClient jdbc) {
        this.centres = centres;
        this.enrolmentStore = enrolmentStore;
        this.register = register;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** A checked row that saving refused, by its position in the saved list, with the field and reason. */
    public record Rejection(int index, String field, String messageKey) {
    }

    /** The centre's courses by code, for checking many rows against them. */
    public Map<String, Course> coursesOf(UUID centreId) {
        Map<String, Course> courses = new HashMap<>();
        centres.coursesOf(centreId).forEach(course -> courses.put(course.code(), course));
        return courses;
    }

    /**
     * Checks one row on its own: the person's details, the course among the centre's, and the dates.
     * What depends on records already saved (a certificate number taken, a learner who dropped out) is
     * checked for a whole chunk at once by {@link #saveAll}.
     *
     * @throws InvalidValueException naming the field at fault (person fields, or courseCode,
     *                               completedOn, certificateNumber, issuedOn)
     */
    public Checked check(Map<String, Course> courses, Graduate row) {
        Person person = register.validate(row.person());
        Course course = Optional.ofNullable(courses.get(row.courseCode().strip()))
                .orElseThrow(() -> new InvalidValueException("courseCode", "import.course.unknown"));
        if (row.completedOn() != null && row.completedOn().isBefore(row.enrolledOn())) {
            throw new InvalidValueException("completedOn", "enrolment.beforeEnrolment");
        }
        if (hasCertificate(row)) {
            if (row.completedOn() == null) {
                throw new InvalidValueException("certificateNumber", "certificate.notCompleted");
            }
            if (row.issuedOn() == null) {
                throw new InvalidValueException("issuedOn", "import.issuedOn.required");
            }
            if (row.issuedOn().isBefore(row.completedOn())) {
                throw new InvalidValueException("issuedOn", "certificate.beforeCompletion");
            }
        }
        return new Checked(person, course, row);
    }

    /**
     * Saves checked rows: persons, enrolments, completions and certificates that are not there yet. Rows
     * that conflict with saved records are not saved but returned, each with its reason.
     */
    @Transactional
    public List<Rejection> saveAll(UUID centreId, List<Checked> checked) {
        List<Rejection> rejections = conflicts(centreId, checked);
        java.util.Set<Integer> refused = new java.util.HashSet<>();
        rejections.forEach(r -> refused.add(r.index()));
        List<Checked> rows = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            if (!refused.contains(i)) {
                rows.add(checked.get(i));
            }
        }
        if (rows.isEmpty()) {
            return rejections;
        }
        Map<String, UUID> personIds = register.registerAll(rows.stream().map(Checked::person).toList());
        Map<String, Enrolment> existing = existingEnrolments(rows, personIds);
        List<Enrolment> added = new ArrayList<>();
        List<Enrolment> completed = new ArrayList<>();
        Map<String, Enrolment> enrolments = new HashMap<>(existing);
        for (Checked row : rows) {
            UUID personId = personIds.get(row.person().citizenId().value());
            String key = key(row.course().id(), personId);
            Enrolment current = enrolments.get(key);
            LocalDate completedOn = row.graduate().completedOn();
            if (current == null) {
                current = new Enrolment(UUID.randomUUID(), row.course().id(), personId,
                        completedOn == null ? Enrolment.Status.ENROLLED : Enrolment.Status.COMPLETED,
                        row.graduate().enrolledOn(), completedOn, null);
                added.add(current);
            } else if (completedOn != null && current.status() == Enrolment.Status.ENROLLED) {
                current = current.complete(completedOn);
                completed.add(current);
            }
            enrolments.put(key, current);
        }
        insertEnrolments(added);
        updateEnrolments(completed);
        Set<UUID> certified = issueCertificates(centreId, rows, personIds, enrolments);
        // A completed course adds to its learner's skills, which employers search. Recording a certificate
        // already marks its holder changed; the others are marked here.
        register.changedElsewhere(java.util.stream.Stream.concat(added.stream(), completed.stream())
                .filter(e -> e.status() == Enrolment.Status.COMPLETED).map(Enrolment::personId)
                .filter(person -> !certified.contains(person)).distinct().toList());
        return rejections;
    }

    /**
     * Rows that clash with saved records, found for the whole chunk in two queries: a certificate number
     * the centre already gave someone else (or for another course), and a completion for a learner who
     * dropped out.
     */
    private List<Rejection> conflicts(UUID centreId, List<Checked> rows) {
        List<String> numbers = rows.stream().map(r -> r.graduate().certificateNumber())
                .filter(n -> n != null && !n.isBlank()).map(String::strip).toList();
        Map<String, String> holders = new HashMap<>();
        if (!numbers.isEmpty()) {
            jdbc.sql("""
                            select c.number, p.citizen_id, e.course_id from certificate c
                            join enrolment e on e.id = c.enrolment_id join person p on p.id = c.person_id
                            where c.centre_id = :centre and c.number in (:numbers)""")
                    .param("centre", centreId).param("numbers", numbers)
                    .query((rs, n) -> holders.put(rs.getString("number"),
                            rs.getString("citizen_id") + "/" + rs.getObject("course_id", UUID.class)))
                    .list();
        }
        java.util.Set<String> dropped = new java.util.HashSet<>();
        List<String> completing = rows.stream().filter(r -> r.graduate().completedOn() != null)
                .map(r -> r.person().citizenId().value()).toList();
        if (!completing.isEmpty()) {
            jdbc.sql("""
                            select p.citizen_id, e.course_id from enrolment e join person p on p.id = e.person_id
                            where e.status = 'DROPPED' and p.citizen_id in (:ids) and e.course_id in (:courses)""")
                    .param("ids", completing)
                    .param("courses", rows.stream().map(r -> r.course().id()).distinct().toList())
                    .query((rs, n) -> dropped.add(rs.getString("citizen_id") + "/" + rs.getObject("course_id", UUID.class)))
                    .list();
        }
        List<Rejection> rejections = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Checked row = rows.get(i);
            String learner = row.person().citizenId().value() + "/" + row.course().id();
            String number = hasCertificate(row.graduate()) ? row.graduate().certificateNumber().strip() : null;
            if (number != null && holders.containsKey(number) && !holders.get(number).equals(learner)) {
                rejections.add(new Rejection(i, "certificateNumber", "certificate.number.taken"));
            } else if (row.graduate().completedOn() != null && dropped.contains(learner)) {
                rejections.add(new Rejection(i, "completedOn", "enrolment.notOpen"));
            }
        }
        return rejections;
    }

    /** Issues the rows' certificates not issued yet; returns their holders. */
    private Set<UUID> issueCertificates(UUID centreId, List<Checked> rows, Map<String, UUID> personIds,
                                        Map<String, Enrolment> enrolments) {
        Set<UUID> certified = enrolmentStore.certifiedEnrolments(enrolments.values().stream().map(Enrolment::id).toList());
        Map<UUID, Certificate> issued = new LinkedHashMap<>();
        for (Checked row : rows) {
            if (!hasCertificate(row.graduate())) {
                continue;
            }
            Enrolment enrolment = enrolments.get(key(row.course().id(), personIds.get(row.person().citizenId().value())));
            if (certified.contains(enrolment.id()) || issued.containsKey(enrolment.id())) {
                continue;
            }
            issued.put(enrolment.id(), new Certificate(UUID.randomUUID(), centreId, enrolment.id(),
                    enrolment.personId(), row.graduate().certificateNumber().strip(), row.course().levelCode(),
                    row.course().occupationCode(), row.graduate().issuedOn(), Certificate.Status.VALID, null, null,
                    RandomCodes.generate(RandomCodes.UPPER_AND_DIGITS, 10)));
        }
        enrolmentStore.insertAll(issued.values());
        register.recordCertificates(issued.values().stream().map(c -> new PersonRegister.CertificateFact(c.personId(),
                c.id(), c.levelCode(), c.occupationCode(), c.issuedOn())).toList());
        Map<UUID, Object> audited = new LinkedHashMap<>();
        issued.values().forEach(c -> audited.put(c.id(), c));
        audit.createdAll("certificate", audited);
        return issued.values().stream().map(Certificate::personId).collect(java.util.stream.Collectors.toSet());
    }

    private Map<String, Enrolment> existingEnrolments(List<Checked> rows, Map<String, UUID> personIds) {
        Map<String, Enrolment> existing = new HashMap<>();
        enrolmentStore.findEnrolments(personIds.values().stream().distinct().toList(),
                        rows.stream().map(r -> r.course().id()).distinct().toList())
                .forEach(e -> existing.put(key(e.courseId(), e.personId()), e));
        return existing;
    }

    private void insertEnrolments(List<Enrolment> added) {
        enrolmentStore.insertAll(added);
        Map<UUID, Object> audited = new LinkedHashMap<>();
        added.forEach(e -> audited.put(e.id(), e));
        audit.createdAll("enrolment", audited);
    }

    private void updateEnrolments(List<Enrolment> completed) {
        enrolmentStore.completeAll(completed);
        completed.forEach(e -> audit.changed("enrolment", e.id(), null, e));
    }

    private static boolean hasCertificate(Graduate row) {
        return row.certificateNumber() != null && !row.certificateNumber().isBlank();
    }

    private static String key(UUID courseId, UUID personId) {
        return courseId + "/" + personId;
    }
}
