package vn.tuyenquang.workforce.people;

import vn.tuyenquang.workforce.system.ProvinceTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuyenquang.workforce.accounts.AuditTrail;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.system.RecordIds;
import vn.tuyenquang.workforce.text.VietnameseText;

/**
 * The labour register as the training centres meet it, one record at a time: one person per citizen ID, however
 * many centres record them; the certificates they issue, which count towards the holder's highest qualification.
 * What a user may see of a record is {@link PersonRecords}'; bulk writes are {@link RegisterImports}'; what read
 * models need is {@link RegisterReads}'.
 */
@Service
public class PersonRegister {

    private final PersonRepository persons;
    private final LabourStatusRepository statuses;
    private final QualificationRepository qualifications;
    private final ReferenceCatalog reference;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final IdentityConflicts conflicts;

    PersonRegister(PersonRepository persons, LabourStatusRepository statuses, QualificationRepository qualifications,
                   ReferenceCatalog reference, AuditTrail audit, Clock clock, ApplicationEventPublisher events,
                   IdentityConflicts conflicts) {
        this.persons = persons;
        this.statuses = statuses;
        this.qualifications = qualifications;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.conflicts = conflicts;
    }

    /**
     * Finds the person with this citizen ID, or adds them. An existing person is never overwritten by
     * another centre's record of them, nor merged with a submission that names someone else.
     *
     * @throws InvalidValueException naming the field at fault
     */
    @Transactional
    public Registration register(NewPerson form) {
        return register(form, IdentityConflict.Source.form(null));
    }

    /**
     * The same, for a submission from {@code source}: a citizen ID already registered with another name or birth
     * date is refused ({@value IdentityConflicts#REFUSAL}, saying nothing of the stored record) and queued for
     * the department.
     */
    @Transactional
    public Registration register(NewPerson form, IdentityConflict.Source source) {
        Person person = validate(form);
        Optional<Person> existing = persons.findByCitizenId(person.citizenId());
        if (existing.isPresent()) {
            Person stored = existing.get();
            if (!IdentityConflicts.sameIdentity(stored.fullName(), stored.birthDate(), person.fullName(),
                    person.birthDate())) {
                conflicts.queueApart(stored.id(), person, source);
                throw new InvalidValueException("citizenId", IdentityConflicts.REFUSAL);
            }
            if (source.centreId() == null) {
                persons.knownFrom(java.util.List.of(stored.id()), ProvinceTime.today(clock));
            }
            return new Registration(stored.id(), false);
        }
        // A centre's learner is known to the register (and in a commune's population) only once a survey covers them.
        persons.insert(person, source.centreId() == null ? ProvinceTime.today(clock) : null);
        audit.created(Person.RECORD_TYPE, person.id(), auditView(person));
        return new Registration(person.id(), true);
    }

    /**
     * The person was hired on {@code on}: employed from that day (dated, so that earlier years keep their figures), unless
     * the register already holds a status recorded later. Audited with the hire it comes from; returns whether the
     * status changed.
     */
    @Transactional
    public boolean recordEmployment(UUID personId, LocalDate on, String because) {
        return recordStatus(personId, LabourStatus.EMPLOYED, on, because);
    }

    /**
     * The person left on {@code on} to work abroad under contract (Law 69/2020/QH14): abroad from that day, dated like
     * every other status, unless the register holds a status recorded later. Audited; returns whether it changed.
     */
    @Transactional
    public boolean recordDeparture(UUID personId, LocalDate on, String because) {
        return recordStatus(personId, LabourStatus.ABROAD, on, because);
    }

    /**
     * The person came back on {@code on} from work abroad: unemployed (back in the province's labour force, looking for
     * work) from that day, until a survey or a hire says otherwise. Audited; returns whether the status changed.
     */
    @Transactional
    public boolean recordReturn(UUID personId, LocalDate on, String because) {
        return recordStatus(personId, LabourStatus.UNEMPLOYED, on, because);
    }

    /** The person registered under this citizen ID; empty when none is (an ID that cannot be one is refused). */
    public Optional<Person> findByCitizenId(String citizenId) {
        return persons.findByCitizenId(CitizenId.of(citizenId));
    }

    private boolean recordStatus(UUID personId, LabourStatus status, LocalDate on, String because) {
        Person before = persons.findById(personId).orElseThrow();
        boolean changed = !statuses.changeStatus(java.util.Map.of(personId, status), on, clock.instant()).isEmpty();
        if (changed) {
            audit.changed(Person.RECORD_TYPE, personId, java.util.Map.of("labourStatus", before.labourStatus().name()),
                    java.util.Map.of("labourStatus", status.name(), "labourStatusSince", on.toString(),
                            "because", because));
            events.publishEvent(new PersonsChanged(java.util.Set.of(personId)));
        }
        return changed;
    }

    /**
     * Takes back an employment recorded from {@code on} (a hire undone on its day): the person gets back the status it
     * replaced, with its date, unless the register has learnt of a newer status since. Audited.
     */
    @Transactional
    public void undoEmployment(UUID personId, LocalDate on, String because) {
        statuses.restorePreviousStatus(personId, LabourStatus.EMPLOYED, on, clock.instant()).ifPresent(restored -> {
            audit.changed(Person.RECORD_TYPE, personId, java.util.Map.of("labourStatus", LabourStatus.EMPLOYED.name()),
                    java.util.Map.of("labourStatus", restored.name(), "because", because));
            events.publishEvent(new PersonsChanged(java.util.Set.of(personId)));
        });
    }

    /** Checks a form or import row without saving it; every value at fault is reported at once. */
    public Person validate(NewPerson form) {
        List<InvalidValueException> found = new ArrayList<>();
        CitizenId citizenId = check(found, "citizenId", () -> CitizenId.of(form.citizenId()));
        if (form.birthDate() == null) {
            found.add(new InvalidValueException("birthDate", "NotNull"));
        }
        if (form.sex() == null) {
            found.add(new InvalidValueException("sex", "NotNull"));
        }
        if (citizenId != null && form.birthDate() != null && form.sex() != null) {
            check(found, "citizenId", () -> {
                citizenId.checkAgrees(form.birthDate(), form.sex());
                return citizenId;
            });
        }
        String fullName = VietnameseText.normalize(form.fullName() == null ? "" : form.fullName());
        if (fullName.length() > Person.FULL_NAME_MAX) {
            found.add(new InvalidValueException("fullName", "person.fullName.tooLong"));
        }
        VietnameseText.foreignCharacterInName(fullName).ifPresent(character ->
                found.add(new InvalidValueException("fullName", "person.fullName.character", character)));
        if (form.birthDate() != null && form.birthDate().isAfter(ProvinceTime.today(clock))) {
            found.add(new InvalidValueException("birthDate", "person.birthDate.future"));
        }
        if (form.communeCode() == null || reference.commune(form.communeCode()).isEmpty()) {
            found.add(new InvalidValueException("communeCode", "person.commune.unknown"));
        }
        if (form.labourStatus() == LabourStatus.ABROAD) {
            found.add(new InvalidValueException("labourStatus", "person.labourStatus.abroadByDeparture"));
        }
        String ethnic = form.ethnicCode() == null || form.ethnicCode().isBlank() ? null : form.ethnicCode().strip();
        if (ethnic != null && reference.ethnicGroup(ethnic).isEmpty()) {
            found.add(new InvalidValueException("ethnicCode", "person.ethnic.unknown"));
        }
        Optional<PhoneNumber> phone = form.phone() == null || form.phone().isBlank()
                ? Optional.empty()
                : Optional.ofNullable(check(found, "phone", () -> PhoneNumber.of(form.phone())));
        InvalidValueException.throwIfAnyInvalid(found);
        return new Person(RecordIds.next(), citizenId, fullName, form.birthDate(),
                form.sex(), ethnic, form.communeCode(), phone, form.labourStatus(), false, Optional.empty(), false,
                clock.instant());
    }

    /** The value, or null with its refusal (naming {@code field}) added to {@code found}. */
    private static <T> T check(List<InvalidValueException> found, String field, Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidValueException e) {
            found.add(e.onField(field));
            return null;
        }
    }

    public Optional<Person> find(UUID id) {
        return persons.findById(id);
    }

    public Map<UUID, Person> findAll(List<UUID> ids) {
        return persons.findByIds(ids).stream().collect(Collectors.toMap(Person::id, Function.identity()));
    }

    /** Each of these persons by their masked name ("B. T. Dính"), for pages that may not name them in full. */
    public Map<UUID, String> maskedNames(java.util.Collection<UUID> ids) {
        return persons.findByIds(ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(Person::id, p -> vn.tuyenquang.workforce.text.VietnameseText.maskName(p.fullName())));
    }

    /** A 12-digit query finds by citizen ID; anything else by name, accents ignored. */
    public List<Person> search(String query, int limit) {
        String trimmed = query == null ? "" : query.strip();
        if (trimmed.replace(" ", "").matches("\\d{12}")) {
            try {
                return persons.findByCitizenId(CitizenId.of(trimmed)).stream().toList();
            } catch (InvalidValueException notACitizenId) {
                return List.of();
            }
        }
        return trimmed.isEmpty() ? List.of() : persons.searchByName(VietnameseText.fold(trimmed), limit);
    }

    /** A centre issued {@code certificateId}: it counts towards the holder's highest qualification. */
    @Transactional
    public void recordCertificate(CertificateFact certificate) {
        qualifications.add(List.<Object[]>of(QualificationRepository.row(certificate.personId(),
                certificate.levelCode(), certificate.occupationCode(), QualificationRepository.CERTIFICATE,
                certificate.certificateId().toString(), certificate.issuedOn(), null, null)));
        qualificationsChanged(Set.of(certificate.personId()));
    }

    /**
     * These persons were enrolled by a training centre on these days: from then they are learners the register knows of,
     * counted as "not matched to the survey" while no survey of their commune covers them.
     */
    @Transactional
    public void enrolled(java.util.Map<UUID, LocalDate> enrolledOn) {
        persons.learnersSince(enrolledOn);
    }

    /** A certificate was revoked: it no longer counts. */
    @Transactional
    public void withdrawCertificate(UUID personId, UUID certificateId) {
        qualifications.removeOne(QualificationRepository.CERTIFICATE, certificateId.toString());
        qualificationsChanged(Set.of(personId));
    }

    private void qualificationsChanged(Set<UUID> personIds) {
        qualifications.derive(personIds, clock.instant(), Map.of());
        events.publishEvent(new PersonsChanged(personIds));
    }

    /** What the audit trail keeps of a person: enough to recognise them, with the citizen ID masked. */
    private static Map<String, Object> auditView(Person p) {
        return Map.of("citizenId", p.citizenId().masked(), "fullName", p.fullName(), "birthDate",
                p.birthDate().toString(), "communeCode", p.communeCode());
    }
}
