package vn.tuyenquang.workforce.matching;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.GeoLocation;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.query_dsl.FieldValueFactorModifier;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScore;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.springframework.stereotype.Service;
import vn.tuyenquang.workforce.matching.index.CandidateDocument;
import vn.tuyenquang.workforce.matching.index.CandidateProjection;
import vn.tuyenquang.workforce.matching.index.VacancyDocument;
import vn.tuyenquang.workforce.matching.index.VacancyProjection;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.employers.Employers;
import vn.tuyenquang.workforce.placement.Shortlists;
import vn.tuyenquang.workforce.employers.Vacancy;
import vn.tuyenquang.workforce.people.Person;
import vn.tuyenquang.workforce.people.RegisterReads;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.system.SearchUnavailable;
import vn.tuyenquang.workforce.text.VietnameseText;

/**
 * Candidates for a vacancy. Hard filters, which no result ever breaks: available for work, of working age
 * (15 to 64 this year), holding a qualification in the vacancy's occupation (or, when the employer widens
 * the search, its 3-digit group) at or above the minimum level, and of the one sex the vacancy is restricted
 * to only when the employer recorded a lawful reason for it. Ethnic group is not in the index at all, and
 * sex is never ranked on. Ranking: the exact occupation above the group, a centre's
 * certificate above a declaration, nearness to the workplace (Gaussian decay, half the score at 25 km),
 * the vacancy's skills in the candidate's courses (exact words above accent-folded ones), recent training
 * and years in the trade. Consent is checked in the register for every hit, so a withdrawal counts at once.
 */
@Service
public class CandidateSearch {

    private final Employers employers;
    private final RegisterReads register;
    private final ReferenceCatalog reference;
    private final ElasticsearchClient client;
    private final Clock clock;
    private final Shortlists placements;

    CandidateSearch(Employers employers, RegisterReads register, Shortlists placements, ReferenceCatalog reference,
                    ElasticsearchClient client, Clock clock) {
        this.employers = employers;
        this.placements = placements;
        this.register = register;
        this.reference = reference;
        this.client = client;
        this.clock = clock;
    }

    /** The best candidates for the vacancy, best first, at most {@code size}. */
    public List<CandidateMatch> forVacancy(CurrentUser user, UUID vacancyId, boolean widenToGroup, int size) {
        Vacancy vacancy = employers.vacancy(user, vacancyId);
        int minOrdinal = minOrdinal(vacancy);
        double[] workplace = Workplaces.of(vacancy, reference);
        try {
            SearchResponse<CandidateDocument> response = client.search(request(vacancy, widenToGroup, size),
                    CandidateDocument.class);
            List<Hit<CandidateDocument>> hits = response.hits().hits();
            Set<UUID> findable = new java.util.HashSet<>(
                    register.findableNow(hits.stream().map(h -> UUID.fromString(h.id())).toList()));
            // Someone hired for this vacancy is no longer one of its candidates.
            findable.removeAll(placements.hiredFor(vacancyId));
            return hits.stream().filter(h -> findable.contains(UUID.fromString(h.id())))
                    .map(h -> explain(h, vacancy, minOrdinal, workplace)).limit(size).toList();
        } catch (IOException | ElasticsearchException e) {
            throw new SearchUnavailable(e);
        }
    }

    /**
     * The search sent to Elasticsearch for the vacancy: twice {@code size} hits, so that enough remain once
     * anyone who withdrew consent a moment ago is dropped.
     */
    SearchRequest request(Vacancy vacancy, boolean widenToGroup, int size) {
        int minOrdinal = minOrdinal(vacancy);
        String group = vacancy.occupationCode().substring(0, 3);
        int year = LocalDate.now(clock).getYear();
        double[] workplace = Workplaces.of(vacancy, reference);
        String skills = vacancy.skills();

        Query occupation = widenToGroup
                ? Query.of(q -> q.term(t -> t.field("qualifications.occupationGroup").value(group)))
                : Query.of(q -> q.term(t -> t.field("qualifications.occupationCode").value(vacancy.occupationCode())));
        Query qualified = Query.of(q -> q.nested(n -> n.path("qualifications").query(b -> b.bool(f -> f
                .filter(occupation)
                .filter(r -> r.range(g -> g.number(x -> x.field("qualifications.levelOrdinal").gte((double) minOrdinal))))))));
        Query exact = Query.of(q -> q.nested(n -> n.path("qualifications").boost(3f).query(b -> b.bool(f -> f
                .filter(t -> t.term(x -> x.field("qualifications.occupationCode").value(vacancy.occupationCode())))
                .filter(r -> r.range(g -> g.number(x -> x.field("qualifications.levelOrdinal").gte((double) minOrdinal))))))));
        Query verified = Query.of(q -> q.nested(n -> n.path("qualifications").boost(2f).query(b -> b.bool(f -> f
                .filter(occupation)
                .filter(t -> t.term(x -> x.field("qualifications.verified").value(true)))))));
        Query bool = Query.of(q -> q.bool(b -> {
            b.filter(f -> f.term(t -> t.field("availableForWork").value(true)))
                    .filter(f -> f.range(r -> r.number(n -> n.field("birthYear")
                            .gte((double) (year - Person.WORKING_AGE_TO)).lte((double) (year - Person.WORKING_AGE_FROM)))))
                    .filter(qualified)
                    .should(exact)
                    .should(verified)
                    .should(s -> s.match(m -> m.field("skills").query(skills).boost(2f)))
                    .should(s -> s.match(m -> m.field("skillsFolded").query(VietnameseText.fold(skills))));
            if (vacancy.requiredSex() != null) {
                b.filter(f -> f.term(t -> t.field("sex").value(vacancy.requiredSex().name())));
            }
            return b;
        }));

        List<FunctionScore> functions = new ArrayList<>();
        if (workplace != null) {
            functions.add(FunctionScore.of(f -> f.gauss(g -> g.geo(d -> d.field("location").placement(p -> p
                    .origin(GeoLocation.of(o -> o.latlon(l -> l.lat(workplace[0]).lon(workplace[1])))).scale("25km").decay(0.5)))).weight(2.0)));
        }
        functions.add(FunctionScore.of(f -> f.gauss(g -> g.date(d -> d.field("lastTrainedOn").placement(p -> p
                .origin("now").scale(Time.of(t -> t.time("730d"))).decay(0.5))))));
        functions.add(FunctionScore.of(f -> f.fieldValueFactor(v -> v.field("experienceYears").missing(0.0)
                .modifier(FieldValueFactorModifier.Log2p))));

        return SearchRequest.of(s -> s.index(CandidateProjection.ALIAS)
                .size(size * 2)
                .query(q -> q.functionScore(fs -> fs.query(bool).functions(functions)
                        .scoreMode(FunctionScoreMode.Sum).boostMode(FunctionBoostMode.Sum)))
                .highlight(h -> h.preTags("«").postTags("»").fields("skills", f -> f).fields("skillsFolded", f -> f)));
    }

    private int minOrdinal(Vacancy vacancy) {
        return reference.qualificationLevel(vacancy.minLevelCode()).orElseThrow().ordinal();
    }

    private CandidateMatch explain(Hit<CandidateDocument> hit, Vacancy vacancy, int minOrdinal, double[] workplace) {
        CandidateDocument c = hit.source();
        String group = vacancy.occupationCode().substring(0, 3);
        Comparator<CandidateDocument.Qualification> best = Comparator
                .comparing((CandidateDocument.Qualification q) -> vacancy.occupationCode().equals(q.occupationCode()))
                .thenComparing(CandidateDocument.Qualification::verified)
                .thenComparing(q -> Optional.ofNullable(q.levelOrdinal()).orElse(0));
        CandidateDocument.Qualification matched = c.qualifications().stream()
                .filter(q -> q.occupationGroup() != null && q.occupationGroup().equals(group))
                .filter(q -> q.levelOrdinal() != null && q.levelOrdinal() >= minOrdinal)
                .max(best).orElseThrow();
        Long distance = workplace == null || c.location() == null ? null
                : Math.round(Workplaces.kilometres(workplace[0], workplace[1], c.location().lat(), c.location().lon()));
        List<String> skills = hit.highlight().getOrDefault("skills", hit.highlight().getOrDefault("skillsFolded", List.of()));
        return new CandidateMatch(c.personId(), c.maskedName(), c.ageBand(), c.communeCode(),
                vacancy.occupationCode().equals(matched.occupationCode()) ? "EXACT" : "GROUP", matched.occupationCode(),
                matched.level(), matched.verified(), distance, skills, hit.score() == null ? 0 : hit.score());
    }
}
