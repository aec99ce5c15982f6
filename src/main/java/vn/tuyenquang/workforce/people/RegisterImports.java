package vn.tuyenquang.workforce.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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

    /** A qualification fact an import brings: a centre's certificate, or a declaration in a survey. */
    public record ImportedFact(UUID personId, String levelCode, String occupationCode, boolean certificate,
                               String sourceRef, LocalDate acquiredOn, Integer yearsInTrade, Provenance from) {
    }

    /** A person already in the register, as an import meets them: their id and identity. */
    public record Registered(UUID id, String fullName, LocalDate birthDate) {
    }

    /**
     * The persons of a chunk by citizen ID: those already in the register and those to add (the first row
     * naming each new citizen ID wins; an existing person is never overwritten by a file).
     */
    public record Resolution(Map<String, Registered> registered, Map<String, Person> added) {

        public UUID id(String citizenId) {
            Registered known = registered.get(citizenId);
            return known != null ? known.id() : added.get(citizenId).id();
        }

        public boolean isNew(String citizenId) {
            return added.containsKey(citizenId);
        }

        /** The ids of the persons already registered. */
        public java.util.Collection<UUID> existing() {
            return registered.values().stream().map(Registered::id).toList();
        }

        /**
         * Whether {@code submitted} names a registered person with another name or birth date (accents and case
         * aside): such a row is not merged but refused, and queued for the department ({@link #queueConflict}).
         */
        public boolean conflicts(Person submitted) {
            Registered known = registered.get(submitted.citizenId().value());
            return known != null && !IdentityConflicts.sameIdentity(known.fullName(), known.birthDate(),
                    submitted.fullName(), submitted.birthDate());
        }
    }

    private final PersonRepository persons;
    private final IdentityConflicts conflicts;
    private final ReferenceCatalog reference;
    private final Clock clock;

    RegisterImports(PersonRepository persons, IdentityConflicts conflicts, ReferenceCatalog reference, Clock clock) {
        this.persons = persons;
        this.conflicts = conflicts;
        this.reference = reference;
        this.clock = clock;
    }

    /** Finds which of these validated persons are already registered; writes nothing. */
    public Resolution resolve(Collection<Person> validated) {
        Map<String, Person> byCitizenId = new LinkedHashMap<>();
        validated.forEach(p -> byCitizenId.putIfAbsent(p.citizenId().value(), p));
        Map<String, Registered> existing = persons.registered(byCitizenId.keySet());
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
     */
    @Transactional
    public void write(Resolution chunk, Map<String, Provenance> rows, List<ImportedFact> facts) {
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
                .sorted(java.util.Comparator.comparing(p -> p.citizenId().value())).toList(), summaries, provenance);
        persons.addQualifications(facts.stream().map(f -> PersonRepository.qualificationRow(f.personId(),
                f.levelCode(), f.occupationCode(), f.certificate() ? PersonRegister.CERTIFICATE : PersonRegister.DECLARED,
                f.sourceRef(), f.acquiredOn(), f.yearsInTrade(), f.from())).toList());
        Set<UUID> added = summaries.keySet();
        Map<UUID, Provenance> gained = new HashMap<>();
        facts.stream().filter(f -> !added.contains(f.personId())).forEach(f -> gained.put(f.personId(), f.from()));
        persons.deriveHighestQualifications(new ArrayList<>(gained.keySet()), clock.instant(), gained);
    }
}
