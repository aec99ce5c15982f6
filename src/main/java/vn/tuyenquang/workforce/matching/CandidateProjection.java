package vn.tuyenquang.workforce.matching;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import org.springframework.stereotype.Component;
import vn.tuyenquang.workforce.indicators.AgeBand;
import vn.tuyenquang.workforce.people.LabourStatus;
import vn.tuyenquang.workforce.people.Person;
import vn.tuyenquang.workforce.people.PersonRegister;
import vn.tuyenquang.workforce.reference.Commune;
import vn.tuyenquang.workforce.reference.QualificationLevel;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.text.VietnameseText;

/**
 * Keeps the {@code candidates} index in step with the register through its transactional outbox: every
 * change to a person who has ever consented to be found queues a row in the change's own transaction.
 * Every few seconds this reads the oldest rows, sends the persons as the register has them now in one bulk
 * request (a consenting person indexed, anyone else deleted, each with the time of their last change as an
 * external version, so that a stale write can never overwrite a newer one), and only then deletes the rows.
 * While Elasticsearch is down the register works as ever and the rows wait; the index catches up when it
 * returns. A transaction that commits late is simply read on the next run: nothing is skipped.
 */
@Component
class CandidateProjection extends OutboxProjection {

    static final String ALIAS = "candidates";

    private final PersonRegister register;
    private final vn.tuyenquang.workforce.training.TrainingRegistry training;
    private final ReferenceCatalog reference;
    private final Clock clock;

    CandidateProjection(PersonRegister register, vn.tuyenquang.workforce.training.TrainingRegistry training,
                        ReferenceCatalog reference, ElasticsearchClient client, Clock clock) {
        super("candidates", client);
        this.register = register;
        this.training = training;
        this.reference = reference;
        this.clock = clock;
    }

    @Override
    int syncBatch() throws IOException {
        PersonRegister.QueuedForSearch queued = register.queuedForSearch(BATCH);
        send(ALIAS, queued.persons());
        register.doneForSearch(queued.outboxIds());
        return queued.outboxIds().size();
    }

    /**
     * Sends persons as the register has them to {@code index} (the alias, or a rebuild's new index): the
     * consenting ones indexed, the others deleted, all with external versions.
     */
    void send(String index, List<PersonRegister.RegisterEntry> changed) throws IOException {
        if (changed.isEmpty()) {
            return;
        }
        Map<UUID, List<String>> courses = training.completedCourseNames(
                changed.stream().map(e -> e.person().id()).toList());
        List<BulkOperation> operations = new ArrayList<>();
        for (PersonRegister.RegisterEntry entry : changed) {
            String id = entry.person().id().toString();
            long version = ChronoUnit.MICROS.between(Instant.EPOCH, entry.updatedAt());
            if (entry.person().consentToBeFound()) {
                CandidateDocument document = document(entry, courses.getOrDefault(entry.person().id(), List.of()));
                operations.add(BulkOperation.of(b -> b.index(i -> i.index(index).id(id).version(version)
                        .versionType(VersionType.External).document(document))));
            } else {
                operations.add(BulkOperation.of(b -> b.delete(d -> d.index(index).id(id).version(version)
                        .versionType(VersionType.External))));
            }
        }
        bulk(operations);
    }

    CandidateDocument document(PersonRegister.RegisterEntry entry, List<String> courseNames) {
        Person person = entry.person();
        int birthYear = person.birthDate().getYear();
        Optional<Commune> commune = reference.commune(person.communeCode());
        List<CandidateDocument.Qualification> qualifications = entry.qualifications().stream()
                .map(q -> new CandidateDocument.Qualification(q.occupationCode(),
                        q.occupationCode() == null ? null : q.occupationCode().substring(0, 3), q.levelCode(),
                        reference.qualificationLevel(q.levelCode()).map(QualificationLevel::ordinal).orElse(null),
                        q.verified(), q.acquiredOn() == null ? null : q.acquiredOn().toString()))
                .toList();
        String skills = String.join("; ", courseNames);
        return new CandidateDocument(person.id().toString(), VietnameseText.maskName(person.fullName()),
                person.sex().name(), birthYear, AgeBand.of(LocalDate.now(clock).getYear() - birthYear).name(),
                person.communeCode(),
                commune.map(c -> new CandidateDocument.GeoPoint(c.latitude().doubleValue(), c.longitude().doubleValue()))
                        .orElse(null),
                person.labourStatus() != LabourStatus.OUTSIDE_LABOUR_FORCE, person.highestLevelCode().orElse(null),
                person.highestLevelCode().flatMap(reference::qualificationLevel).map(QualificationLevel::ordinal)
                        .orElse(null),
                qualifications, skills.isEmpty() ? null : skills, skills.isEmpty() ? null : VietnameseText.fold(skills),
                entry.qualifications().stream().map(PersonRegister.QualificationFact::yearsInTrade)
                        .filter(java.util.Objects::nonNull).max(Integer::compare).orElse(null),
                entry.qualifications().stream().filter(PersonRegister.QualificationFact::verified)
                        .map(PersonRegister.QualificationFact::acquiredOn).filter(java.util.Objects::nonNull)
                        .max(LocalDate::compareTo).map(LocalDate::toString).orElse(null),
                entry.updatedAt().toString());
    }
}
