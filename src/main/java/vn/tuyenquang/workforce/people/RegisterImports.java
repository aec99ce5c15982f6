package vn.tuyenquang.workforce.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuyenquang.workforce.accounts.AuditTrail;
import vn.tuyenquang.workforce.reference.QualificationLevel;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;

/**
 * The register's bulk writes, for file imports: a chunk of persons and the qualification facts it brings,
 * written in as few statements as the schema allows. A new person is inserted with what their facts imply
 * (one write); a person already there who gains facts is updated once. Each record written names its import
 * and row ({@link Provenance}); the import itself is the audit event, not each record.
 */
@Service
public class RegisterImports {

    private final PersonRepository persons;
    private final LabourStatusRepository statuses;
    private final QualificationRepository qualifications;
    private final IdentityConflicts conflicts;
    private final ReferenceCatalog reference;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    RegisterImports(PersonRepository persons, LabourStatusRepository statuses, QualificationRepository qualifications,
                    IdentityConflicts conflicts, ReferenceCatalog reference, AuditTrail audit, Clock clock,
                    ApplicationEventPublisher events) {
        this.persons = persons;
        this.statuses = statuses;
        this.qualifications = qualifications;
        this.conflicts = conflicts;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** Finds which of these validated persons are already registered; writes nothing. */
    public Resolution resolve(Collection<Person> validated) {
        Map<String, Person> byCitizenId = new LinkedHashMap<>();
        validated.forEach(p -> byCitizenId.putIfAbsent(p.citizenId().value(), p));
        Map<String, RegisteredIdentity> existing = persons.registered(byCitizenId.keySet());
        byCitizenId.keySet().removeAll(existing.keySet());
        return new Resolution(existing, byCitizenId);
    }

    /** Queues, in the chunk's transaction, a row whose identity conflicts with the register's ({@link Resolution#conflicts}). */
    public void queueConflict(Resolution chunk, Person submitted, IdentityConflict.Source source) {
        conflicts.queue(chunk.id(submitted.citizenId().value()), submitted, source);
    }

    /**
     * Writes a resolved chunk: the new persons, each with what its facts imply and the row it came from;
     * the facts; and, once each, the persons already there who gained facts.
     *
     * @param knownFrom the day from which the register knows the new persons (a survey's), or null for a training
     *                  centre's file: its learners are in no commune's population until a survey covers them
     */
    @Transactional
    public void write(Resolution chunk, Map<String, Provenance> rows, List<ImportedFact> facts, LocalDate knownFrom) {
        Map<UUID, List<QualificationSummary.Fact>> factsByPerson = facts.stream().collect(Collectors.groupingBy(
                ImportedFact::personId, Collectors.mapping(f -> new QualificationSummary.Fact(f.levelCode(),
                        f.acquiredOn(), f.yearsInTrade()), Collectors.toList())));
        Map<String, QualificationLevel> levels = reference.qualificationLevelsByCode();
        Map<UUID, QualificationSummary> summaries = new HashMap<>();
        Map<UUID, Provenance> provenance = new HashMap<>();
        for (Person added : chunk.added().values()) {
            summaries.put(added.id(), QualificationSummary.of(factsByPerson.getOrDefault(added.id(), List.of()), levels));
            provenance.put(added.id(), rows.get(added.citizenId().value()));
        }
        // In citizen-ID order, so that two workers adding the same learners lock them in the same order.
        persons.insertAll(chunk.added().values().stream()
                .sorted(java.util.Comparator.comparing(p -> p.citizenId().value())).toList(), summaries, provenance,
                knownFrom);
        if (knownFrom != null) {
            persons.surveyed(summaries.keySet(), knownFrom);
        }
        qualifications.add(facts.stream().map(f -> QualificationRepository.row(f.personId(),
                f.levelCode(), f.occupationCode(), f.certificate() ? QualificationRepository.CERTIFICATE : QualificationRepository.DECLARED,
                f.sourceRef(), f.acquiredOn(), f.yearsInTrade(), f.from())).toList());
        Set<UUID> added = summaries.keySet();
        Map<UUID, Provenance> gained = new HashMap<>();
        facts.stream().filter(f -> !added.contains(f.personId())).forEach(f -> gained.put(f.personId(), f.from()));
        qualifications.derive(gained.keySet(), clock.instant(), gained);
        changed(gained.keySet());
    }

    /**
     * Many declarations at once (a survey import). A declaration already recorded as it is now is left
     * alone, so that recording the same survey again changes nothing; the others are recorded (replacing
     * an earlier one of the same name), audited, and their persons' highest qualification derived again.
     */
    @Transactional
    public Set<UUID> recordDeclarations(List<DeclaredQualification> declarations) {
        return recordDeclarations(declarations, Map.of());
    }

    /**
     * The same for an import: each declaration's record names the import and row it came from ({@code rows}, by
     * person), and the import's own audit event stands for the records. Returns the persons whose declarations changed.
     */
    @Transactional
    public Set<UUID> recordDeclarations(List<DeclaredQualification> declarations, Map<UUID, Provenance> rows) {
        Map<String, DeclaredQualification> recorded = qualifications.declarations(
                declarations.stream().map(DeclaredQualification::declaration).toList());
        List<DeclaredQualification> changed = declarations.stream()
                .filter(d -> !d.equals(recorded.get(d.declaration()))).toList();
        if (changed.isEmpty()) {
            return Set.of();
        }
        qualifications.remove(QualificationRepository.DECLARED,
                changed.stream().map(DeclaredQualification::declaration).toList());
        qualifications.add(changed.stream()
                .map(d -> QualificationRepository.row(d.personId(), d.levelCode(), d.occupationCode(),
                        QualificationRepository.DECLARED, d.declaration(), d.acquiredOn(), d.yearsInTrade(), rows.get(d.personId())))
                .toList());
        if (rows.isEmpty()) {
            Map<String, Object> audited = new LinkedHashMap<>();
            changed.forEach(d -> audited.put(d.declaration(), Map.of("person", d.personId(), "level", d.levelCode(),
                    "acquiredOn", String.valueOf(d.acquiredOn()), "yearsInTrade", String.valueOf(d.yearsInTrade()))));
            audit.createdAll("declared_qualification", audited);
        }
        Set<UUID> changedPersons = changed.stream().map(DeclaredQualification::personId).collect(Collectors.toSet());
        qualifications.derive(changedPersons, clock.instant(), rows);
        changed(changedPersons);
        return changedPersons;
    }

    /**
     * What a survey of {@code surveyedOn} found of persons the register holds. The survey is the authority on where a
     * person lives and on their labour status: persons whose record says otherwise are updated, a new status holding
     * from that day (the one it replaces kept as a period, so earlier years keep their figures), each change audited
     * with its before and after; but what a newer survey (or a later status, a hire) recorded stays as it is: an older
     * survey uploaded again changes nothing. Every person found is known to the register from that day, if not
     * before: a learner known only from a centre joins their commune's population. Returns who changed, and whom a
     * newer record kept as they were.
     *
     * @param rows the import and row each record came from, by person (empty when not imported)
     */
    @Transactional
    public SurveyUpdate updateFromSurvey(List<SurveyedStatus> found, Map<UUID, Provenance> rows, LocalDate surveyedOn) {
        Map<UUID, Person> current = persons.findByIds(found.stream().map(SurveyedStatus::personId).distinct().toList())
                .stream().collect(Collectors.toMap(Person::id, p -> p));
        Set<UUID> newer = persons.recordedAfter(current.keySet(), surveyedOn);
        persons.knownFrom(current.keySet(), surveyedOn);
        persons.surveyed(current.keySet(), surveyedOn);
        List<SurveyedStatus> changed = found.stream().filter(f -> {
            Person p = current.get(f.personId());
            return p != null && !newer.contains(p.id())
                    && (!p.communeCode().equals(f.communeCode()) || p.labourStatus() != f.labourStatus());
        }).toList();
        persons.moveResidence(changed, clock.instant(), rows);
        statuses.changeStatus(changed.stream().collect(Collectors.toMap(SurveyedStatus::personId,
                SurveyedStatus::labourStatus)), surveyedOn, clock.instant());
        for (SurveyedStatus f : changed) {
            Person before = current.get(f.personId());
            audit.changed(Person.RECORD_TYPE, f.personId(),
                    Map.of("communeCode", before.communeCode(), "labourStatus", before.labourStatus().name()),
                    Map.of("communeCode", f.communeCode(), "labourStatus", f.labourStatus().name(),
                            "labourStatusSince", surveyedOn.toString()));
        }
        Set<UUID> changedPersons = changed.stream().map(SurveyedStatus::personId).collect(Collectors.toSet());
        changed(changedPersons);
        return new SurveyUpdate(changedPersons, newer);
    }

    /** What a survey changed: the persons it updated, and those a newer survey or a later status kept as they were. */
    public record SurveyUpdate(Set<UUID> changed, Set<UUID> heldByNewer) {
    }

    /**
     * A commune's newer full survey is the authority on who lives there: once the survey of {@code surveyedOn} has
     * listed everyone it found, the persons of the commune's population it did not list leave that population from
     * its day (a survey that lists them again, here or in another commune, brings them back). Nothing happens when a
     * newer survey of the commune is already recorded. Returns how many left; audited once for the commune.
     */
    @Transactional
    public int leaveUnlisted(String communeCode, LocalDate surveyedOn) {
        int left = persons.leaveUnlisted(communeCode, surveyedOn);
        if (left > 0) {
            audit.changed("commune_population", communeCode, null,
                    Map.of("notListedBySurvey", left, "surveyedOn", surveyedOn.toString()));
        }
        return left;
    }

    /** Refreshes the statistics of the register's tables, which a large import outgrows. */
    public void refreshStatistics() {
        persons.refreshStatistics();
    }

    private void changed(Set<UUID> personIds) {
        if (!personIds.isEmpty()) {
            events.publishEvent(new PersonsChanged(personIds));
        }
    }
}
