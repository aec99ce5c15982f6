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

import java.util.HashSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuyenquang.workforce.system.RecordIds;
import vn.tuyenquang.workforce.people.IdentityConflict;
import vn.tuyenquang.workforce.people.IdentityConflicts;
import vn.tuyenquang.workforce.people.InvalidValueException;
import vn.tuyenquang.workforce.people.Person;
import vn.tuyenquang.workforce.people.PersonRegister;
import vn.tuyenquang.workforce.people.ImportedFact;
import vn.tuyenquang.workforce.people.Provenance;
import vn.tuyenquang.workforce.people.RegisterImports;
import vn.tuyenquang.workforce.people.Resolution;
import vn.tuyenquang.workforce.people.WriteOutcome;
import vn.tuyenquang.workforce.programmes.FundingProgramme;
import vn.tuyenquang.workforce.programmes.Fundings;
import vn.tuyenquang.workforce.system.Refusal;

/**
 * Graduates recorded in bulk, as a file import does: each row is checked on its own, then a chunk of
 * checked rows is saved at once. Saving is idempotent, keyed on the natural keys (citizen ID; course and
 * person; centre and certificate number): saving the same rows again changes nothing, and says so. The
 * import's own audit event stands for the records it writes; each record names the import and row.
 */
@Service
public class GraduateRecords {

    /**
     * A row that passed every check, with its person validated, its course found and the programme it names (null
     * when it names none).
     */
    public record Checked(Person person, Course course, Graduate graduate, FundingProgramme programme) {
    }

    /**
     * What saving did with one checked row: its outcome, or, when it clashed with records already saved (or
     * with an earlier row of the same file), the field and reason it was refused for.
     */
    public record Saved(WriteOutcome outcome, String field, String messageKey) {

        static Saved refused(String field, String messageKey) {
            return new Saved(null, field, messageKey);
        }

        public boolean refused() {
            return outcome == null;
        }
    }

    private final CentreRepository centres;
    private final EnrolmentRepository enrolmentStore;
    private final PersonRegister register;
    private final RegisterImports registerImports;
    private final EnrolmentRules rules;
    private final ApplicationEventPublisher events;
    private final Fundings fundings;

    GraduateRecords(CentreRepository centres, EnrolmentRepository enrolmentStore, PersonRegister register,
                    RegisterImports registerImports, EnrolmentRules rules, ApplicationEventPublisher events,
                    Fundings fundings) {
        this.fundings = fundings;
        this.centres = centres;
        this.enrolmentStore = enrolmentStore;
        this.register = register;
        this.registerImports = registerImports;
        this.rules = rules;
        this.events = events;
    }

    /** The centre's courses by code, for checking many rows against them. */
    public Map<String, Course> coursesOf(UUID centreId) {
        Map<String, Course> courses = new HashMap<>();
        centres.coursesOf(centreId).forEach(course -> courses.put(course.code(), course));
        return courses;
    }

    /**
     * Checks one row on its own: the person's details, the course among the centre's, and the dates (the
     * learner old enough and born before enrolling, completion not before enrolment, issue not before
     * completion), every one of them, so that a refused row names all its mistakes at once. A value the file could
     * not give (null) is left to whoever read it. What depends on records already saved (a certificate number
     * taken, a learner who dropped out, a certificate already issued on the enrolment) is checked for a whole
     * chunk at once by {@link #saveAll}.
     *
     * @throws InvalidValueException naming the first field at fault (person fields, or courseCode, enrolledOn,
     *                               completedOn, certificateNumber, issuedOn, programmeCode) and carrying the others
     */
    public Checked check(Map<String, Course> courses, Graduate row) {
        List<InvalidValueException> found = new ArrayList<>();
        Person person = null;
        try {
            person = register.validate(row.person());
        } catch (InvalidValueException e) {
            found.addAll(e.every());
        }
        Course course = row.courseCode() == null ? null : courses.get(row.courseCode().strip());
        if (course == null) {
            found.add(new InvalidValueException("courseCode", "import.course.unknown"));
        }
        found.addAll(datesOf(row));
        FundingProgramme programme = null;
        try {
            programme = fundings.named(row.programmeCode(), row.enrolledOn(), FundedEnrolments.PROGRAMME_FIELD)
                    .orElse(null);
        } catch (Refusal refused) {
            found.add(new InvalidValueException(refused.field(), refused.messageKey()));
        }
        InvalidValueException.throwIfAnyInvalid(found);
        return new Checked(person, course, row, programme);
    }

    /** What is wrong with the row's dates, each against the others; a date missing is not compared. */
    private List<InvalidValueException> datesOf(Graduate row) {
        List<InvalidValueException> found = new ArrayList<>();
        LocalDate born = row.person().birthDate();
        if (born != null && row.enrolledOn() != null) {
            try {
                rules.checkEnrolment(born, row.enrolledOn());
            } catch (InvalidValueException e) {
                found.add(e);
            }
        }
        if (row.completedOn() != null && row.enrolledOn() != null && row.completedOn().isBefore(row.enrolledOn())) {
            found.add(new InvalidValueException("completedOn", "enrolment.beforeEnrolment"));
        }
        if (hasCertificate(row)) {
            if (row.certificateNumber().strip().length() > Certificate.NUMBER_MAX) {
                found.add(new InvalidValueException("certificateNumber", "certificate.number.tooLong"));
            } else if (row.completedOn() == null) {
                found.add(new InvalidValueException("certificateNumber", "certificate.notCompleted"));
            }
            if (row.issuedOn() == null) {
                found.add(new InvalidValueException("issuedOn", "import.issuedOn.required"));
            } else if (row.completedOn() != null && row.issuedOn().isBefore(row.completedOn())) {
                found.add(new InvalidValueException("issuedOn", "certificate.beforeCompletion"));
            }
        }
        return found;
    }

    /**
     * Saves checked rows, each from the row of an import's file named beside it: persons, enrolments,
     * completions and certificates that are not there yet, each record naming its row. Returns, for each row
     * in order, what was done with it: created (a new enrolment), updated (a completion or a certificate
     * added), unchanged (all there already), or refused for a clash, with its reason. Nothing a row asks for
     * is dropped without one of these.
     */
    @Transactional
    public List<Saved> saveAll(UUID centreId, List<Checked> checked, List<Provenance> from) {
        Saved[] results = new Saved[checked.size()];
        conflicts(centreId, checked).forEach((index, refusal) -> results[index] = refusal);
        List<Integer> accepted = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            if (results[i] == null) {
                accepted.add(i);
            }
        }
        if (accepted.isEmpty()) {
            return List.of(results);
        }
        Resolution persons = registerImports.resolve(accepted.stream().map(i -> checked.get(i).person()).toList());
        Map<String, Provenance> personRows = new HashMap<>();
        accepted.forEach(i -> personRows.putIfAbsent(checked.get(i).person().citizenId().value(), from.get(i)));
        Map<String, Enrolment> enrolments = existingEnrolments(persons.existing(),
                accepted.stream().map(i -> checked.get(i).course().id()).distinct().toList());
        Map<UUID, String> certificateNumbers = enrolmentStore.certificateNumbers(
                enrolments.values().stream().map(Enrolment::id).toList());
        Map<UUID, Enrolment> added = new LinkedHashMap<>();
        Map<UUID, Enrolment> completed = new LinkedHashMap<>();
        Map<UUID, Certificate> issued = new LinkedHashMap<>();
        Map<UUID, Provenance> rows = new HashMap<>();
        Map<UUID, FundingProgramme> funded = new HashMap<>();
        Map<UUID, FundingProgramme> fundedBefore = fundings.of(enrolments.values().stream().map(Enrolment::id).toList());
        for (int i : accepted) {
            Checked row = checked.get(i);
            if (persons.conflicts(row.person())) {
                registerImports.queueConflict(persons, row.person(), new IdentityConflict.Source(centreId, from.get(i)));
                results[i] = Saved.refused("citizenId", IdentityConflicts.REFUSAL);
                continue;
            }
            Graduate graduate = row.graduate();
            UUID personId = persons.id(row.person().citizenId().value());
            String key = key(row.course().id(), personId);
            Enrolment current = enrolments.get(key);
            String number = hasCertificate(graduate) ? graduate.certificateNumber().strip() : null;
            Saved refusal = clash(current, graduate, number, certificateNumbers);
            FundingProgramme programme = current == null ? null
                    : Optional.ofNullable(fundedBefore.get(current.id())).orElse(funded.get(current.id()));
            if (refusal == null && programme != null && row.programme() != null
                    && !programme.id().equals(row.programme().id())) {
                refusal = Saved.refused(FundedEnrolments.PROGRAMME_FIELD, "enrolment.programmeDiffers");
            }
            if (refusal != null) {
                results[i] = refusal;
                continue;
            }
            WriteOutcome outcome = WriteOutcome.UNCHANGED;
            if (current == null) {
                current = new Enrolment(RecordIds.next(), row.course().id(), personId,
                        graduate.completedOn() == null ? Enrolment.Status.ENROLLED : Enrolment.Status.COMPLETED,
                        graduate.enrolledOn(), graduate.completedOn(), null);
                added.put(current.id(), current);
                rows.put(current.id(), from.get(i));
                outcome = WriteOutcome.CREATED;
            } else if (graduate.completedOn() != null && current.status() == Enrolment.Status.ENROLLED) {
                current = current.complete(graduate.completedOn());
                (added.containsKey(current.id()) ? added : completed).put(current.id(), current);
                rows.putIfAbsent(current.id(), from.get(i));
                outcome = WriteOutcome.UPDATED;
            }
            enrolments.put(key, current);
            if (row.programme() != null && programme == null) {
                funded.put(current.id(), row.programme());
                outcome = outcome.and(WriteOutcome.UPDATED);
            }
            if (number != null && !certificateNumbers.containsKey(current.id())) {
                Certificate certificate = current.certify(row.course(), number, graduate.issuedOn());
                issued.put(certificate.id(), certificate);
                certificateNumbers.put(current.id(), number);
                rows.put(certificate.id(), from.get(i));
                outcome = outcome.and(WriteOutcome.UPDATED);
            }
            results[i] = new Saved(outcome, null, null);
        }
        registerImports.write(persons, personRows, issued.values().stream()
                .map(c -> new ImportedFact(c.personId(), c.levelCode(), c.occupationCode(), true,
                        c.id().toString(), c.issuedOn(), null, rows.get(c.id())))
                .toList(), null);
        enrolmentStore.insertAll(List.copyOf(added.values()), rows);
        Map<UUID, LocalDate> enrolledOn = new HashMap<>();
        added.values().forEach(e -> enrolledOn.merge(e.personId(), e.enrolledOn(),
                (a, b) -> a.isBefore(b) ? a : b));
        register.enrolled(enrolledOn);
        enrolmentStore.completeAll(List.copyOf(completed.values()), rows);
        enrolmentStore.insertAll(issued.values(), rows);
        fundings.fund(funded);
        // A learner new to the register is of no concern to anyone yet: only those already there are announced.
        Set<UUID> registered = new HashSet<>(persons.existing());
        Set<UUID> learners = Stream.concat(added.values().stream(), completed.values().stream())
                .filter(e -> e.status() == Enrolment.Status.COMPLETED).map(Enrolment::personId)
                .filter(registered::contains).collect(Collectors.toSet());
        if (!learners.isEmpty()) {
            events.publishEvent(new CoursesCompleted(learners));
        }
        return List.of(results);
    }

    /**
     * What a row asks that would contradict the learner's record at this centre (or an earlier row of the
     * file): a completion after a drop-out, another enrolment or completion date, or a second certificate on
     * the same enrolment.
     * One enrolment ends in at most one certificate; a national skill certificate is not issued on a course.
     */
    private static Saved clash(Enrolment current, Graduate graduate, String number, Map<UUID, String> certificateNumbers) {
        if (current == null) {
            return null;
        }
        if (graduate.completedOn() != null && current.status() == Enrolment.Status.DROPPED) {
            return Saved.refused("completedOn", "enrolment.notOpen");
        }
        if (!current.enrolledOn().equals(graduate.enrolledOn())) {
            return Saved.refused("enrolledOn", "enrolment.enrolledOnDiffers");
        }
        if (graduate.completedOn() != null && current.completedOn() != null
                && !current.completedOn().equals(graduate.completedOn())) {
            return Saved.refused("completedOn", "enrolment.completedOnDiffers");
        }
        String issuedNumber = certificateNumbers.get(current.id());
        if (number != null && issuedNumber != null
                && !Certificate.numberKey(issuedNumber).equals(Certificate.numberKey(number))) {
            return Saved.refused("certificateNumber", "certificate.enrolment.alreadyCertified");
        }
        return null;
    }

    /** Refreshes the statistics of the tables a graduates import fills, here and in the register. */
    public void refreshStatistics() {
        enrolmentStore.refreshStatistics();
        registerImports.refreshStatistics();
    }

    /** Rows giving a certificate number the centre already gave someone else (or for another course): one query. */
    private Map<Integer, Saved> conflicts(UUID centreId, List<Checked> rows) {
        List<String> numbers = rows.stream().map(r -> r.graduate().certificateNumber())
                .filter(n -> n != null && !n.isBlank()).map(String::strip).toList();
        Map<String, EnrolmentRepository.Holder> held = numbers.isEmpty() ? Map.of()
                : enrolmentStore.certificateHolders(centreId, numbers);
        Map<UUID, Person> holdersById = held.isEmpty() ? Map.of()
                : register.findAll(held.values().stream().map(EnrolmentRepository.Holder::personId).distinct().toList());
        Map<String, String> holders = new HashMap<>();
        held.forEach((number, holder) -> holders.put(number,
                holdersById.get(holder.personId()).citizenId().value() + "/" + holder.courseId()));
        Map<Integer, Saved> refusals = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Checked row = rows.get(i);
            String learner = row.person().citizenId().value() + "/" + row.course().id();
            String number = hasCertificate(row.graduate()) ? Certificate.numberKey(row.graduate().certificateNumber())
                    : null;
            if (number != null && holders.containsKey(number) && !holders.get(number).equals(learner)) {
                refusals.put(i, Saved.refused("certificateNumber", "certificate.number.taken"));
            }
        }
        return refusals;
    }

    private Map<String, Enrolment> existingEnrolments(java.util.Collection<UUID> personIds, List<UUID> courseIds) {
        Map<String, Enrolment> existing = new HashMap<>();
        enrolmentStore.findEnrolments(personIds, courseIds).forEach(e -> existing.put(key(e.courseId(), e.personId()), e));
        return existing;
    }

    private static boolean hasCertificate(Graduate row) {
        return row.certificateNumber() != null && !row.certificateNumber().isBlank();
    }

    private static String key(UUID courseId, UUID personId) {
        return courseId + "/" + personId;
    }
}
