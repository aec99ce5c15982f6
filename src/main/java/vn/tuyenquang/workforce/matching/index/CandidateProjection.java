package vn.tuyenquang.workforce.matching.index;

import vn.tuyenquang.workforce.system.ProvinceTime;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import org.springframework.stereotype.Component;
import vn.tuyenquang.workforce.indicators.AgeBand;
import vn.tuyenquang.workforce.people.LabourStatus;
import vn.tuyenquang.workforce.people.Person;
import vn.tuyenquang.workforce.people.QualificationFact;
import vn.tuyenquang.workforce.people.RegisterEntry;
import vn.tuyenquang.workforce.people.RegisterReads;
import vn.tuyenquang.workforce.reference.Commune;
import vn.tuyenquang.workforce.reference.QualificationLevel;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.text.VietnameseText;
import vn.tuyenquang.workforce.training.TrainingReads;

/**
 * Keeps the {@code candidates} index in step with the register: a person who consents to be found is indexed as the
 * register has them now, with the names of the courses they completed; anyone else is deleted. Never their name in
 * full, citizen ID, phone or ethnic group.
 */
@Component
public class CandidateProjection extends OutboxProjection<RegisterEntry> {

    public static final String ALIAS = "candidates";

    private final RegisterReads register;
    private final TrainingReads training;
    private final ReferenceCatalog reference;
    private final Clock clock;

    CandidateProjection(RegisterReads register, TrainingReads training, ReferenceCatalog reference,
                        SearchOutbox outbox, ElasticsearchClient client, Clock clock) {
        super(ALIAS, SearchOutbox.Kind.CANDIDATE, outbox, client, clock);
        this.register = register;
        this.training = training;
        this.reference = reference;
        this.clock = clock;
    }

    @Override
    List<RegisterEntry> read(Collection<UUID> personIds) {
        return register.entries(personIds);
    }

    /**
     * Sends persons as the register has them to {@code index}: the consenting ones indexed, the others deleted, all
     * with {@code version}, taken before they were read.
     */
    @Override
    void write(String index, List<RegisterEntry> changed, long version) throws IOException {
        if (changed.isEmpty()) {
            return;
        }
        Map<UUID, List<String>> courses = training.completedCourseNames(
                changed.stream().map(e -> e.person().id()).toList());
        List<BulkOperation> operations = new ArrayList<>();
        for (RegisterEntry entry : changed) {
            String id = entry.person().id().toString();
            if (entry.person().consentToBeFound()) {
                CandidateDocument document = document(entry, courses.getOrDefault(entry.person().id(), List.of()));
                operations.add(BulkOperation.of(b -> b.index(i -> i.index(index).id(id).version(version)
                        .versionType(VersionType.External).document(document))));
            } else {
                operations.add(BulkOperation.of(b -> b.delete(d -> d.index(index).id(id).version(version)
                        .versionType(VersionType.External))));
            }
        }
        bulk(index, operations);
    }

    public CandidateDocument document(RegisterEntry entry, List<String> courseNames) {
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
                person.sex().name(), birthYear, AgeBand.of(ProvinceTime.today(clock).getYear() - birthYear).name(),
                person.communeCode(),
                commune.map(c -> new CandidateDocument.GeoPoint(c.latitude().doubleValue(), c.longitude().doubleValue()))
                        .orElse(null),
                person.labourStatus().inLabourForce(), person.highestLevelCode().orElse(null),
                person.highestLevelCode().flatMap(reference::qualificationLevel).map(QualificationLevel::ordinal)
                        .orElse(null),
                qualifications, skills.isEmpty() ? null : skills, skills.isEmpty() ? null : VietnameseText.fold(skills),
                entry.qualifications().stream().map(QualificationFact::yearsInTrade)
                        .filter(Objects::nonNull).max(Integer::compare).orElse(null),
                entry.qualifications().stream().filter(QualificationFact::verified)
                        .map(QualificationFact::acquiredOn).filter(Objects::nonNull)
                        .max(LocalDate::compareTo).map(LocalDate::toString).orElse(null),
                entry.updatedAt().toString());
    }
}
