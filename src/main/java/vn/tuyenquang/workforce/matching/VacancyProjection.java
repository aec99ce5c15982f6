package vn.tuyenquang.workforce.matching;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import org.springframework.stereotype.Component;
import vn.tuyenquang.workforce.employers.Employers;
import vn.tuyenquang.workforce.employers.Vacancy;
import vn.tuyenquang.workforce.reference.QualificationLevel;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.text.VietnameseText;

/**
 * Keeps the {@code vacancies} index in step with the employers' vacancies through their transactional
 * outbox, as {@link CandidateProjection} does for candidates: every vacancy created or moved queues a row in
 * its own transaction; each run indexes the vacancies as they are now, with the time of their last change
 * as an external version, and only then deletes the rows. Every vacancy is indexed whatever its status;
 * searches ask for open ones.
 */
@Component
class VacancyProjection extends OutboxProjection {

    static final String ALIAS = "vacancies";

    private final Employers employers;
    private final ReferenceCatalog reference;

    VacancyProjection(Employers employers, ReferenceCatalog reference, ElasticsearchClient client) {
        super("vacancies", client);
        this.employers = employers;
        this.reference = reference;
    }

    @Override
    int syncBatch() throws IOException {
        Employers.QueuedForSearch queued = employers.queuedForSearch(BATCH);
        send(ALIAS, queued.vacancies());
        employers.doneForSearch(queued.outboxIds());
        return queued.outboxIds().size();
    }

    /** Sends vacancies as they are to {@code index} (the alias, or a rebuild's new index), with external versions. */
    void send(String index, java.util.List<Employers.IndexedVacancy> vacancies) throws IOException {
        bulk(vacancies.stream().map(v -> {
            VacancyDocument document = document(v);
            long version = ChronoUnit.MICROS.between(Instant.EPOCH, v.updatedAt());
            return BulkOperation.of(b -> b.index(i -> i.index(index).id(document.vacancyId()).version(version)
                    .versionType(VersionType.External).document(document)));
        }).toList());
    }

    VacancyDocument document(Employers.IndexedVacancy indexed) {
        Vacancy v = indexed.vacancy();
        double[] workplace = Workplaces.of(v, reference);
        return new VacancyDocument(v.id().toString(), v.employerId().toString(), indexed.employerName(), v.title(),
                VietnameseText.fold(v.title()), v.occupationCode(), v.occupationCode().substring(0, 3), v.minLevelCode(),
                reference.qualificationLevel(v.minLevelCode()).map(QualificationLevel::ordinal).orElse(null), v.skills(),
                VietnameseText.fold(v.skills()), v.headcount(), v.payMinVnd(), v.payMaxVnd(), v.communeCode(),
                v.industrialPark(), workplace == null ? null : new CandidateDocument.GeoPoint(workplace[0], workplace[1]),
                v.deadline().toString(), v.status().name(), indexed.updatedAt().toString());
    }
}
