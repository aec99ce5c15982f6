package vn.tuyenquang.workforce.matching;

import vn.tuyenquang.workforce.system.ProvinceTime;
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
import co.elastic.clients.elasticsearch._types.DistanceUnit;
import co.elastic.clients.elasticsearch._types.GeoLocation;
import co.elastic.clients.elasticsearch._types.SortOrder;
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

    /** The best candidates for the vacancy, best first, at most {@code size}: the first page with no filter. */
    public List<CandidateMatch> forVacancy(CurrentUser user, UUID vacancyId, boolean widenToGroup, int size) {
        return find(user, vacancyId, CandidateQuery.best(widenToGroup, size)).candidates();
    }

    /** The page of the vacancy's candidates the query asks for, with how many were found in all. */
    public CandidatePage find(CurrentUser user, UUID vacancyId, CandidateQuery query) {
        Vacancy vacancy = employers.vacancy(user, vacancyId);
        int minOrdinal = minOrdinal(vacancy, query);
        double[] workplace = Workplaces.of(vacancy, reference);
        try {
            SearchResponse<CandidateDocument> response = client.search(request(vacancy, query), CandidateDocument.class);
            List<Hit<CandidateDocument>> hits = response.hits().hits();
            Set<UUID> findable = Set.copyOf(register.findableNow(hits.stream().map(h -> UUID.fromString(h.id())).toList()));
            List<CandidateMatch> page = hits.stream().filter(h -> findable.contains(UUID.fromString(h.id())))
                    .map(h -> explain(h, vacancy, minOrdinal, workplace)).toList();
            long total = response.hits().total() == null ? page.size() : response.hits().total().value();
            return new CandidatePage(page, total, query.page(), query.size());
        } catch (IOException | ElasticsearchException e) {
            throw new SearchUnavailable(e);
        }
    }

    /**
     * The search sent to Elasticsearch for the vacancy and the query: the page's hits, counted in all. Those hired for
     * the vacancy are no longer its candidates. Filters only narrow: a level below the vacancy's minimum, or a distance
     * where the workplace has no place on the map, is not a filter at all.
     */
    SearchRequest request(Vacancy vacancy, CandidateQuery query) {
        int minOrdinal = minOrdinal(vacancy, query);
        String group = vacancy.occupationCode().substring(0, 3);
        int year = ProvinceTime.today(clock).getYear();
        double[] workplace = Workplaces.of(vacancy, reference);
        String skills = vacancy.skills();
        List<String> hired = placements.hiredFor(vacancy.id()).stream().map(UUID::toString).toList();

        Query occupation = query.widen()
                ? Query.of(q -> q.term(t -> t.field("qualifications.occupationGroup").value(group)))
                : Query.of(q -> q.term(t -> t.field("qualifications.occupationCode").value(vacancy.occupationCode())));
        Query qualified = Query.of(q -> q.nested(n -> n.path("qualifications").query(b -> b.bool(f -> {
            f.filter(occupation)
                    .filter(r -> r.range(g -> g.number(x -> x.field("qualifications.levelOrdinal").gte((double) minOrdinal))));
            if (query.verifiedOnly()) {
                f.filter(t -> t.term(x -> x.field("qualifications.verified").value(true)));
            }
            return f;
        }))));
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
            if (query.communeCode() != null) {
                b.filter(f -> f.term(t -> t.field("communeCode").value(query.communeCode())));
            }
            if (query.withinKm() != null && workplace != null) {
                b.filter(f -> f.geoDistance(g -> g.field("location").distance(query.withinKm() + "km")
                        .location(l -> l.latlon(x -> x.lat(workplace[0]).lon(workplace[1])))));
            }
            if (!hired.isEmpty()) {
                b.mustNot(m -> m.ids(i -> i.values(hired)));
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

        return SearchRequest.of(s -> {
            s.index(CandidateProjection.ALIAS)
                    .from(query.from())
                    .size(query.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .trackScores(true)
                    .query(q -> q.functionScore(fs -> fs.query(bool).functions(functions)
                            .scoreMode(FunctionScoreMode.Sum).boostMode(FunctionBoostMode.Sum)))
                    .highlight(h -> h.preTags("«").postTags("»").fields("skills", f -> f).fields("skillsFolded", f -> f));
            if (query.order() == CandidateOrder.NEAREST && workplace != null) {
                s.sort(o -> o.geoDistance(g -> g.field("location").order(SortOrder.Asc).unit(DistanceUnit.Kilometers)
                        .location(l -> l.latlon(x -> x.lat(workplace[0]).lon(workplace[1])))));
            } else if (query.order() == CandidateOrder.RECENT) {
                s.sort(o -> o.field(f -> f.field("lastTrainedOn").order(SortOrder.Desc).missing("_last")));
            }
            // Equal places keep one order from page to page.
            return s.sort(o -> o.score(x -> x.order(SortOrder.Desc))).sort(o -> o.field(f -> f.field("personId")));
        });
    }

    /** The lowest level a qualification may have: the vacancy's minimum, or the query's when higher. */
    private int minOrdinal(Vacancy vacancy, CandidateQuery query) {
        int vacancyMinimum = reference.qualificationLevel(vacancy.minLevelCode()).orElseThrow().ordinal();
        return Optional.ofNullable(query.minLevelCode()).flatMap(reference::qualificationLevel)
                .map(level -> Math.max(level.ordinal(), vacancyMinimum)).orElse(vacancyMinimum);
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
                matched.level(), matched.verified(), distance, skills, c.lastTrainedOn(), hit.score() == null ? 0 : hit.score());
    }
}
