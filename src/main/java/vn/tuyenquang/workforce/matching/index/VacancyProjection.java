package vn.tuyenquang.workforce.matching.index;

import java.io.IOException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import org.springframework.stereotype.Component;
import vn.tuyenquang.workforce.employers.IndexedVacancy;
import vn.tuyenquang.workforce.employers.Vacancy;
import vn.tuyenquang.workforce.employers.VacancyReads;
import vn.tuyenquang.workforce.matching.Workplaces;
import vn.tuyenquang.workforce.reference.QualificationLevel;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.text.VietnameseText;

/**
 * Keeps the {@code vacancies} index in step with the employers' vacancies, as {@link CandidateProjection} does for
 * candidates. Every vacancy is indexed whatever its status; searches ask for open ones.
 */
@Component
public class VacancyProjection extends OutboxProjection<IndexedVacancy> {

    public static final String ALIAS = "vacancies";

    private final VacancyReads employers;
    private final ReferenceCatalog reference;

    VacancyProjection(VacancyReads employers, ReferenceCatalog reference, SearchOutbox outbox, ElasticsearchClient client,
                      Clock clock) {
        super(ALIAS, SearchOutbox.Kind.VACANCY, outbox, client, clock);
        this.employers = employers;
        this.reference = reference;
    }

    @Override
    List<IndexedVacancy> read(Collection<UUID> vacancyIds) {
        return employers.indexed(vacancyIds);
    }

    /** Sends vacancies as they are to {@code index}, with {@code version}, taken before they were read. */
    @Override
    void write(String index, List<IndexedVacancy> vacancies, long version) throws IOException {
        bulk(index, vacancies.stream().map(v -> {
            VacancyDocument document = document(v);
            return BulkOperation.of(b -> b.index(i -> i.index(index).id(document.vacancyId()).version(version)
                    .versionType(VersionType.External).document(document)));
        }).toList());
    }

    VacancyDocument document(IndexedVacancy indexed) {
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
