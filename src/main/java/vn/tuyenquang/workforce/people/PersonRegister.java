package vn.tuyenquang.workforce.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuyenquang.workforce.accounts.AuditTrail;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.system.RecordIds;
import vn.tuyenquang.workforce.text.VietnameseText;

/**
 * The labour register: one person per citizen ID, however many centres or surveys record them. Keeps
 * each person's highest qualification derived from the facts other modules report.
 */
@Service
public class PersonRegister {

    static final String RECORD_TYPE = "person";
    static final String CERTIFICATE = "CERTIFICATE";
    static final String DECLARED = "DECLARED";

    /** The person a registration resolved to, and whether it created them. */
    public record Registration(UUID personId, boolean created) {
    }

    private final PersonRepository persons;
    private final ReferenceCatalog reference;
    private final AuditTrail audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final IdentityConflicts conflicts;

    PersonRegister(PersonRepository persons, ReferenceCatalog reference, AuditTrail audit, Clock clock,
                   org.springframework.context.ApplicationEventPublisher events, IdentityConflicts conflicts) {
        this.events = events;
        this.conflicts = conflicts;
        this.persons = persons;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
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
            return new Registration(stored.id(), false);
        }
        persons.insert(person);
        audit.created(RECORD_TYPE, person.id(), auditView(person));
        return new Registration(person.id(), true);
    }

    /** Checks a form or import row without saving it. */
    public Person validate(NewPerson form) {
        CitizenId citizenId = parse("citizenId", () -> CitizenId.of(form.citizenId()));
        parse("citizenId", () -> {
            citizenId.checkAgrees(form.birthDate(), form.sex());
            return citizenId;
        });
        String fullName = VietnameseText.normalize(form.fullName() == null ? "" : form.fullName());
        if (fullName.length() > Person.FULL_NAME_MAX) {
            throw new InvalidValueException("fullName", "person.fullName.tooLong");
        }
        if (form.birthDate().isAfter(LocalDate.now(clock))) {
            throw new InvalidValueException("birthDate", "person.birthDate.future");
        }
        if (reference.commune(form.communeCode()).isEmpty()) {
            throw new InvalidValueException("communeCode", "person.commune.unknown");
        }
        String ethnic = form.ethnicCode() == null || form.ethnicCode().isBlank() ? null : form.ethnicCode().strip();
        if (ethnic != null && reference.ethnicGroup(ethnic).isEmpty()) {
            throw new InvalidValueException("ethnicCode", "person.ethnic.unknown");
        }
        Optional<PhoneNumber> phone = form.phone() == null || form.phone().isBlank()
                ? Optional.empty()
                : Optional.of(parse("phone", () -> PhoneNumber.of(form.phone())));
        return new Person(RecordIds.next(), citizenId, fullName, form.birthDate(),
                form.sex(), ethnic, form.communeCode(), phone, form.labourStatus(), false, Optional.empty(), false,
                clock.instant());
    }

    /** A certificate a centre issued, as a fact about its holder's qualification. */
    public record CertificateFact(UUID personId, UUID certificateId, String levelCode, String occupationCode,
                                  LocalDate issuedOn) {
    }

    /** Many certificates at once (a file import); each holder's highest qualification is derived again. */
    @Transactional
    public void recordCertificates(List<CertificateFact> certificates) {
        persons.addQualifications(certificates.stream()
                .map(c -> PersonRepository.qualificationRow(c.personId(), c.levelCode(), c.occupationCode(), CERTIFICATE,
                        c.certificateId().toString(), c.issuedOn(), null, null))
                .toList());
        persons.deriveHighestQualifications(certificates.stream().map(CertificateFact::personId).distinct().toList(),
                clock.instant());
    }

    /**
     * A qualification the person declared (in the commune's labour-supply survey), not issued by a centre
     * here. {@code declaration} names the record it comes from (one per person and survey year, say): a
     * declaration made again under the same name replaces the earlier one. It never replaces a centre's
     * certificate: both stay facts, and the highest of them counts.
     *
     * @param yearsInTrade years worked in the trade, for skills acquired informally; null when not asked
     */
    public record DeclaredQualification(UUID personId, String declaration, String levelCode, String occupationCode,
                                        LocalDate acquiredOn, Integer yearsInTrade) {
    }

    /**
     * Many declarations at once (a survey import). A declaration already recorded as it is now is left
     * alone, so that recording the same survey again changes nothing; the others are recorded (replacing
     * an earlier one of the same name), audited, and their persons' highest qualification derived again.
     */
    @Transactional
    public java.util.Set<UUID> recordDeclarations(List<DeclaredQualification> declarations) {
        return recordDeclarations(declarations, Map.of());
    }

    /**
     * The same for an import: each declaration's record names the import and row it came from ({@code rows}, by
     * person), and the import's own audit event stands for the records. Returns the persons whose declarations changed.
     */
    @Transactional
    public java.util.Set<UUID> recordDeclarations(List<DeclaredQualification> declarations, Map<UUID, Provenance> rows) {
        Map<String, DeclaredQualification> recorded = persons.declarations(
                declarations.stream().map(DeclaredQualification::declaration).toList());
        List<DeclaredQualification> changed = declarations.stream()
                .filter(d -> !d.equals(recorded.get(d.declaration()))).toList();
        if (changed.isEmpty()) {
            return java.util.Set.of();
        }
        persons.removeQualifications(DECLARED, changed.stream().map(DeclaredQualification::declaration).toList());
        persons.addQualifications(changed.stream()
                .map(d -> PersonRepository.qualificationRow(d.personId(), d.levelCode(), d.occupationCode(), DECLARED,
                        d.declaration(), d.acquiredOn(), d.yearsInTrade(), rows.get(d.personId())))
                .toList());
        if (rows.isEmpty()) {
            Map<String, Object> audited = new java.util.LinkedHashMap<>();
            changed.forEach(d -> audited.put(d.declaration(), Map.of("person", d.personId(), "level", d.levelCode(),
                    "acquiredOn", String.valueOf(d.acquiredOn()), "yearsInTrade", String.valueOf(d.yearsInTrade()))));
            audit.createdAll("declared_qualification", audited);
        }
        java.util.Set<UUID> changedPersons = changed.stream().map(DeclaredQualification::personId)
                .collect(java.util.stream.Collectors.toSet());
        persons.deriveHighestQualifications(changedPersons, clock.instant(), rows);
        return changedPersons;
    }

    /** What a labour-supply survey found about a person now: where they live and their labour status. */
    public record SurveyedStatus(UUID personId, String communeCode, LabourStatus labourStatus) {
    }

    /**
     * The survey is the authority on where a person lives and on their labour status: persons whose record
     * says otherwise are updated, each change audited with its before and after. Returns who changed.
     */
    @Transactional
    public java.util.Set<UUID> updateFromSurvey(List<SurveyedStatus> found) {
        return updateFromSurvey(found, Map.of());
    }

    /** The same for an import: each changed record also names the import and row it came from ({@code rows}, by person). */
    @Transactional
    public java.util.Set<UUID> updateFromSurvey(List<SurveyedStatus> found, Map<UUID, Provenance> rows) {
        Map<UUID, Person> current = findAll(found.stream().map(SurveyedStatus::personId).distinct().toList());
        List<SurveyedStatus> changed = found.stream().filter(f -> {
            Person p = current.get(f.personId());
            return p != null && (!p.communeCode().equals(f.communeCode()) || p.labourStatus() != f.labourStatus());
        }).toList();
        persons.updateResidenceAndStatus(changed, clock.instant(), rows);
        for (SurveyedStatus f : changed) {
            Person before = current.get(f.personId());
            audit.changed(RECORD_TYPE, f.personId(),
                    Map.of("communeCode", before.communeCode(), "labourStatus", before.labourStatus().name()),
                    Map.of("communeCode", f.communeCode(), "labourStatus", f.labourStatus().name()));
        }
        return changed.stream().map(SurveyedStatus::personId).collect(java.util.stream.Collectors.toSet());
    }

    /** A qualification fact as recorded: a centre's certificate (verified) or a declaration. */
    public record QualificationFact(String levelCode, String occupationCode, boolean verified, LocalDate acquiredOn,
                                    Integer yearsInTrade) {
    }

    /** A person as last changed, with their qualification facts: what read models (search) are built from. */
    public record RegisterEntry(Person person, List<QualificationFact> qualifications, java.time.Instant updatedAt) {
    }

    /**
     * The persons who have ever given consent to be found (whether they still do or withdrew it), changed at
     * or after {@code since} (after the person {@code after} of that same instant, when given), oldest change
     * first, at most {@code limit}. A person's record changes (updated_at) whenever their consent, status,
     * residence or qualifications change; nobody who never consented needs to reach a search index.
     */
    public List<RegisterEntry> findableChangedSince(java.time.Instant since, UUID after, int limit) {
        return persons.findableChangedSince(since, after, limit);
    }

    /**
     * A batch of the search outbox, oldest first: its row ids, and the persons they name as the register
     * has them now (a person queued twice is read once).
     */
    public record QueuedForSearch(List<Long> outboxIds, List<RegisterEntry> persons) {
    }

    /** The oldest changes waiting for the search projection, at most {@code limit} outbox rows. */
    public QueuedForSearch queuedForSearch(int limit) {
        List<Map.Entry<Long, UUID>> queued = persons.queuedForSearch(limit);
        return new QueuedForSearch(queued.stream().map(Map.Entry::getKey).toList(),
                persons.entries(queued.stream().map(Map.Entry::getValue).distinct().toList()));
    }

    /** The search projection has indexed these outbox rows: they are removed. */
    public void doneForSearch(List<Long> outboxIds) {
        persons.doneForSearch(outboxIds);
    }

    /**
     * Something another module keeps about these persons changed (a course completed, which adds to their
     * skills): whoever of them can be found by employers is marked changed and queued for search.
     */
    @Transactional
    public void changedElsewhere(java.util.Collection<UUID> personIds) {
        persons.touchFindable(personIds, clock.instant());
    }

    /** Of these persons, the ones who consent to be found now: the register's word, whatever an index says. */
    public java.util.Set<UUID> findableNow(java.util.Collection<UUID> ids) {
        return persons.consentingAmong(ids);
    }

    /** How many people of working age, in the labour force, hold a certificate-level qualification in a trade, by commune. */
    public record Supply(String occupationCode, String communeCode, long people) {
    }

    /** The supply of certified workers in these trades, by trade and commune (consent to be found not needed: it is a count). */
    public List<Supply> certifiedSupply(java.util.Collection<String> occupationCodes) {
        LocalDate today = LocalDate.now(clock);
        return occupationCodes.isEmpty() ? List.of()
                : persons.certifiedSupply(occupationCodes, today.minusYears(Person.WORKING_AGE_TO + 1).plusDays(1),
                        today.minusYears(Person.WORKING_AGE_FROM));
    }

    public Optional<Person> find(UUID id) {
        return persons.findById(id);
    }

    /**
     * How much of a person's record a user may see. The department, administrators and the commune officer
     * of the person's commune see all of it; staff whom another module lets open the record (a training centre
     * its learners) see the person's identity alone: name, citizen ID, birth date and sex, which they had to
     * submit themselves to enrol the learner (and which the register checked against its own). The rest of
     * the record (phone, ethnic group, residence, labour status, qualifications from other sources, consent)
     * may have come from elsewhere, and is withheld from them (data minimisation, Decree 13/2023/NĐ-CP).
     */
    public enum Reach {
        WHOLE,
        IDENTITY
    }

    /** The person's record, as far as {@code user} may see it; never a record outside their scope. */
    public Person view(CurrentUser user, UUID id, List<PersonVisibility> grants) {
        Person person = persons.findById(id).orElseThrow(() -> new InvalidValueException("person.notFound"));
        return reach(user, person, grants) == Reach.WHOLE ? person : person.identityOnly();
    }

    /**
     * The whole record, for what only the record's keepers may do (show the phone, record consent, export):
     * refused to anyone who may see the identity alone.
     */
    public Person viewWhole(CurrentUser user, UUID id, List<PersonVisibility> grants) {
        Person person = persons.findById(id).orElseThrow(() -> new InvalidValueException("person.notFound"));
        requireWhole(user, person, grants);
        return person;
    }

    /** How much of {@code person}'s record {@code user} may see (refused when none of it). */
    public Reach reach(CurrentUser user, Person person, List<PersonVisibility> grants) {
        if (user.role().isProvinceWide() || user.communeCode().map(person.communeCode()::equals).orElse(false)) {
            return Reach.WHOLE;
        }
        if (grants.stream().anyMatch(grant -> grant.mayView(user, person.id()))) {
            return Reach.IDENTITY;
        }
        throw new org.springframework.security.access.AccessDeniedException("person outside the user's scope");
    }

    /** The person with their qualification facts, for those who may see the whole record. */
    public RegisterEntry entry(CurrentUser user, UUID id, List<PersonVisibility> grants) {
        RegisterEntry entry = persons.entries(List.of(id)).stream().findFirst()
                .orElseThrow(() -> new InvalidValueException("person.notFound"));
        requireWhole(user, entry.person(), grants);
        return entry;
    }

    private void requireWhole(CurrentUser user, Person person, List<PersonVisibility> grants) {
        if (reach(user, person, grants) != Reach.WHOLE) {
            throw new org.springframework.security.access.AccessDeniedException("the identity alone is in the user's reach");
        }
    }

    /** Records that {@code user} was shown the person's contact details (phone, citizen ID in full). */
    public void revealed(UUID personId, String what) {
        audit.revealed(RECORD_TYPE, personId, what);
    }

    /**
     * Records the person's consent to be found by employers, given or withdrawn (on their request,
     * entered by staff). Withdrawal takes effect at once: matching reads this flag, and every permission an
     * employer had to contact the person ends with it ({@link ConsentWithdrawn}).
     */
    @Transactional
    public void setConsent(UUID personId, boolean consent) {
        Person before = persons.findById(personId).orElseThrow(() -> new InvalidValueException("person.notFound"));
        persons.setConsent(personId, consent, clock.instant());
        audit.changed(RECORD_TYPE, personId, Map.of("consentToBeFound", before.consentToBeFound()),
                Map.of("consentToBeFound", consent));
        if (!consent) {
            events.publishEvent(new ConsentWithdrawn(personId));
        }
    }

    /** Everything the register holds about a person, for a request to see one's own data (Decree 13/2023). */
    public Map<String, Object> export(UUID personId) {
        Person p = persons.findById(personId).orElseThrow(() -> new InvalidValueException("person.notFound"));
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("citizenId", p.citizenId().value());
        data.put("fullName", p.fullName());
        data.put("birthDate", p.birthDate().toString());
        data.put("sex", p.sex().name());
        data.put("ethnicCode", p.ethnicCode());
        data.put("communeCode", p.communeCode());
        data.put("phone", p.phone().map(PhoneNumber::value).orElse(null));
        data.put("labourStatus", p.labourStatus().name());
        data.put("consentToBeFound", p.consentToBeFound());
        data.put("highestLevel", p.highestLevelCode().orElse(null));
        data.put("certified", p.certified());
        data.put("qualifications", persons.qualificationsOf(personId));
        data.put("recordedSince", p.createdAt().toString());
        return data;
    }

    public Map<UUID, Person> findAll(List<UUID> ids) {
        return persons.findByIds(ids).stream().collect(java.util.stream.Collectors.toMap(Person::id, p -> p));
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
    public void recordCertificate(UUID personId, UUID certificateId, String levelCode, String occupationCode,
                                  LocalDate issuedOn) {
        recordCertificates(List.of(new CertificateFact(personId, certificateId, levelCode, occupationCode, issuedOn)));
    }

    /** A certificate was revoked: it no longer counts. */
    @Transactional
    public void withdrawCertificate(UUID personId, UUID certificateId) {
        persons.removeQualification(CERTIFICATE, certificateId.toString());
        persons.deriveHighestQualifications(List.of(personId), clock.instant());
    }

    private static <T> T parse(String field, java.util.function.Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidValueException e) {
            throw e.onField(field);
        }
    }

    /** What the audit trail keeps of a person: enough to recognise them, with the citizen ID masked. */
    private static Map<String, Object> auditView(Person p) {
        return Map.of("citizenId", p.citizenId().masked(), "fullName", p.fullName(), "birthDate",
                p.birthDate().toString(), "communeCode", p.communeCode());
    }
}
