package vn.tuyenquang.workforce.matching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.GeoLocation;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScore;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.springframework.stereotype.Service;
import vn.tuyenquang.workforce.employers.VacancySummary;
import vn.tuyenquang.workforce.matching.index.CandidateDocument;
import vn.tuyenquang.workforce.matching.index.CandidateProjection;
import vn.tuyenquang.workforce.matching.index.VacancyDocument;
import vn.tuyenquang.workforce.matching.index.VacancyProjection;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.employers.VacancyReads;
import vn.tuyenquang.workforce.employers.Vacancy;
import vn.tuyenquang.workforce.people.Person;
import vn.tuyenquang.workforce.people.PersonRecords;
import vn.tuyenquang.workforce.people.RegisterEntry;
import vn.tuyenquang.workforce.people.Sex;
import vn.tuyenquang.workforce.reference.QualificationLevel;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.system.SearchUnavailable;
import vn.tuyenquang.workforce.text.VietnameseText;
import vn.tuyenquang.workforce.training.Course;
import vn.tuyenquang.workforce.training.TrainingCentre;
import vn.tuyenquang.workforce.training.TrainingReads;
import vn.tuyenquang.workforce.training.TrainingRegistry;

/**
 * The other direction of matching: the open vacancies that fit a person (their qualifications) or a
 * centre's graduates (the courses it runs). Hard filters: open and not past its deadline, in the same
 * 3-digit occupation group as something held, asking no more than its level; for a person, never a vacancy
 * restricted (with its lawful reason) to the other sex. Ranking: the exact occupation above the group, a
 * certificate above a declaration, nearness (Gaussian decay, half the score at 25 km), the person's
 * courses (or the centre's) in the vacancy's skills, exact words above accent-folded ones. Every hit is
 * checked against PostgreSQL, so a vacancy filled a moment ago is never offered.
 */
@Service
public class VacancySearch {

    /** What a person holds or a centre trains for: an occupation at a level, and what to call it. */
    record Offer(String occupationCode, int levelOrdinal, boolean verified, String label, Long graduates) {
    }

    /** Who the vacancies are sought for: what they offer, from where, with which skills, and their sex if a person. */
    record Seeker(List<Offer> offers, double[] origin, String skills, Sex sex) {
    }

    private final PersonRecords records;
    private final TrainingRegistry training;
    private final TrainingReads reads;
    private final VacancyReads employers;
    private final ReferenceCatalog reference;
    private final ElasticsearchClient client;

    VacancySearch(PersonRecords records, TrainingRegistry training, TrainingReads reads, VacancyReads employers,
                  ReferenceCatalog reference, ElasticsearchClient client) {
        this.records = records;
        this.training = training;
        this.reads = reads;
        this.employers = employers;
        this.reference = reference;
        this.client = client;
    }

    /** The open vacancies found for a person, and the person. */
    public record PersonOpenings(Person person, List<VacancyMatch> openings) {
    }

    /** The open vacancies found for a centre's graduates, and the centre. */
    public record CentreOpenings(TrainingCentre centre, List<VacancyMatch> openings) {
    }

    /** The open vacancies that fit the person, best first, if {@code user} may open the person's record. */
    public PersonOpenings forPerson(CurrentUser user, UUID personId, int size) {
        RegisterEntry entry = records.entry(user, personId);
        List<Offer> offers = entry.qualifications().stream().filter(q -> q.occupationCode() != null)
                .map(q -> new Offer(q.occupationCode(), ordinal(q.levelCode()), q.verified(),
                        reference.qualificationLevel(q.levelCode()).map(QualificationLevel::nameVi).orElse(q.levelCode()),
                        null))
                .toList();
        String skills = String.join("; ", reads.completedCourseNames(List.of(personId))
                .getOrDefault(personId, List.of()));
        return new PersonOpenings(entry.person(), search(new Seeker(offers,
                Workplaces.communeCentre(entry.person().communeCode(), reference), skills, entry.person().sex()), size));
    }

    /** The open vacancies that fit the graduates of the centre's courses, best first, if {@code user} may see the centre. */
    public CentreOpenings forCentre(CurrentUser user, UUID centreId, int size) {
        TrainingCentre centre = training.centre(user, centreId);
        Map<UUID, Long> graduates = reads.completedByCourse(user, centreId);
        List<Course> courses = training.courses(user, centreId);
        List<Offer> offers = courses.stream()
                .map(c -> new Offer(c.occupationCode(), ordinal(c.levelCode()), true, c.name(),
                        graduates.getOrDefault(c.id(), 0L)))
                .toList();
        String skills = String.join("; ", courses.stream().map(Course::name).toList());
        return new CentreOpenings(centre,
                search(new Seeker(offers, Workplaces.communeCentre(centre.communeCode(), reference), skills, null), size));
    }

    private List<VacancyMatch> search(Seeker seeker, int size) {
        if (seeker.offers().isEmpty()) {
            return List.of();
        }
        try {
            SearchResponse<VacancyDocument> response = client.search(s -> s.index(VacancyProjection.ALIAS)
                            .size(size * 2)
                            .query(query(seeker))
                            .highlight(h -> h.preTags("«").postTags("»").fields("skills", f -> f)
                                    .fields("skillsFolded", f -> f)),
                    VacancyDocument.class);
            List<Hit<VacancyDocument>> hits = response.hits().hits();
            Map<UUID, VacancySummary> open = employers.openNow(hits.stream().map(h -> UUID.fromString(h.id())).toList());
            return hits.stream()
                    .filter(h -> open.containsKey(UUID.fromString(h.id())))
                    .map(h -> explain(h, open.get(UUID.fromString(h.id())), seeker))
                    .filter(m -> seeker.sex() == null || m.vacancy().requiredSex() == null
                            || m.vacancy().requiredSex() == seeker.sex())
                    .limit(size).toList();
        } catch (IOException | ElasticsearchException e) {
            throw new SearchUnavailable(e);
        }
    }

    private Query query(Seeker seeker) {
        List<Query> fits = new ArrayList<>();
        List<Query> exact = new ArrayList<>();
        List<Query> verified = new ArrayList<>();
        for (Offer offer : seeker.offers()) {
            Query level = Query.of(q -> q.range(r -> r.number(n -> n.field("minLevelOrdinal").lte((double) offer.levelOrdinal()))));
            Query group = Query.of(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("occupationGroup")
                    .value(offer.occupationCode().substring(0, 3)))).filter(level)));
            fits.add(group);
            exact.add(Query.of(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("occupationCode")
                    .value(offer.occupationCode()))).filter(level))));
            if (offer.verified()) {
                verified.add(group);
            }
        }
        Query bool = Query.of(q -> q.bool(b -> {
            b.filter(f -> f.term(t -> t.field("status").value(Vacancy.Status.OPEN.name())))
                    .filter(f -> f.range(r -> r.date(d -> d.field("deadline").gte("now/d"))))
                    .filter(f -> f.bool(any -> any.should(fits).minimumShouldMatch("1")))
                    .should(s -> s.constantScore(c -> c.filter(f -> f.bool(any -> any.should(exact))).boost(3f)));
            if (!verified.isEmpty()) {
                b.should(s -> s.constantScore(c -> c.filter(f -> f.bool(any -> any.should(verified))).boost(2f)));
            }
            if (!seeker.skills().isBlank()) {
                b.should(s -> s.match(m -> m.field("skills").query(seeker.skills()).boost(2f)))
                        .should(s -> s.match(m -> m.field("skillsFolded").query(VietnameseText.fold(seeker.skills()))));
            }
            return b;
        }));
        if (seeker.origin() == null) {
            return bool;
        }
        double[] origin = seeker.origin();
        FunctionScore near = FunctionScore.of(f -> f.gauss(g -> g.geo(d -> d.field("location").placement(p -> p
                .origin(GeoLocation.of(o -> o.latlon(l -> l.lat(origin[0]).lon(origin[1])))).scale("25km").decay(0.5))))
                .weight(2.0));
        return Query.of(q -> q.functionScore(fs -> fs.query(bool).functions(near)
                .scoreMode(FunctionScoreMode.Sum).boostMode(FunctionBoostMode.Sum)));
    }

    private VacancyMatch explain(Hit<VacancyDocument> hit, VacancySummary summary, Seeker seeker) {
        Vacancy vacancy = summary.vacancy();
        int minOrdinal = ordinal(vacancy.minLevelCode());
        String group = vacancy.occupationCode().substring(0, 3);
        Offer matched = seeker.offers().stream()
                .filter(o -> o.occupationCode().startsWith(group) && o.levelOrdinal() >= minOrdinal)
                .max(Comparator.comparing((Offer o) -> o.occupationCode().equals(vacancy.occupationCode()))
                        .thenComparing(Offer::verified).thenComparing(Offer::levelOrdinal))
                .orElseThrow();
        double[] workplace = Workplaces.of(vacancy, reference);
        Long distance = workplace == null || seeker.origin() == null ? null
                : Math.round(Workplaces.kilometres(seeker.origin()[0], seeker.origin()[1], workplace[0], workplace[1]));
        List<String> skills = hit.highlight().getOrDefault("skills", hit.highlight().getOrDefault("skillsFolded", List.of()));
        return new VacancyMatch(vacancy, summary.employerName(),
                matched.occupationCode().equals(vacancy.occupationCode()) ? "EXACT" : "GROUP", matched.occupationCode(),
                matched.label(),
                matched.verified(), matched.graduates(), distance, skills, hit.score() == null ? 0 : hit.score());
    }

    private int ordinal(String levelCode) {
        return reference.qualificationLevel(levelCode).map(QualificationLevel::ordinal).orElse(0);
    }
}
