package vn.tuyenquang.workforce.matching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.FieldValueFactorModifier;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScore;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.springframework.stereotype.Service;
import vn.tuyenquang.workforce.matching.index.OccupationNames;
import vn.tuyenquang.workforce.matching.index.OccupationNames.Kind;
import vn.tuyenquang.workforce.matching.index.OccupationNames.OccupationName;
import vn.tuyenquang.workforce.reference.Occupation;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.system.SearchUnavailable;
import vn.tuyenquang.workforce.text.VietnameseText;

/**
 * Occupations for what a person types, on the {@link OccupationNames} index: a code, or the words of any name an
 * occupation goes by, accents optional. Best first:
 * <ol>
 *   <li>a code that starts with what was typed;</li>
 *   <li>names holding every word typed: with its accents as typed (8), whole words without accents (4), the last word
 *       only begun (2), and in the order typed (1); within a tier, a short name before a long one ("kế toán" finds
 *       "Kế toán viên" before "Kế toán (trừ kế toán thuế)"), then an official title before a job title before a course
 *       name before an English title;</li>
 *   <li>when those are fewer than asked for, names holding some of the words, a rare word weighing more than a common
 *       one ("công nhân may" finds the sewing trades, not every "nhân viên").</li>
 * </ol>
 * "Công nhân …" is also looked for as "thợ …", as the classification names trades. Each occupation is listed once, for
 * its best name.
 */
@Service
public class OccupationSuggestions {

    /** An occupation suggested, and the course name it was found by, if it was found by one. */
    public record Suggested(Occupation occupation, String courseName) {

        /** Code and title in {@code locale}; a title only the other language has is marked with that language. */
        public String label(Locale locale) {
            String marker = !occupation.untranslated(locale) ? ""
                    : "vi".equals(locale.getLanguage()) ? " [EN]" : " [VI]";
            String title = occupation.code() + " · " + occupation.title(locale) + marker;
            return courseName == null ? title : title + " (" + courseName + ")";
        }
    }

    private static final Map<Kind, Double> KIND_WEIGHT = Map.of(Kind.TITLE, 0.2, Kind.JOB_TITLE, 0.15,
            Kind.COURSE, 0.1, Kind.TITLE_EN, 0.05);

    private final ElasticsearchClient client;
    private final ReferenceCatalog reference;

    OccupationSuggestions(ElasticsearchClient client, ReferenceCatalog reference) {
        this.client = client;
        this.reference = reference;
    }

    /** Up to {@code size} occupations for what was typed, best first. */
    public List<Suggested> suggest(String typed, int size) {
        String words = VietnameseText.normalize(typed == null ? "" : typed).strip();
        if (words.isEmpty()) {
            return List.of();
        }
        try {
            Map<String, Suggested> found = new LinkedHashMap<>();
            collect(Query.of(q -> q.bool(b -> b.should(asTradesAreNamed(words).stream().map(OccupationSuggestions::everyWord)
                    .toList()))), size, found);
            if (found.size() < size) {
                collect(someWords(words, found.keySet()), size - found.size(), found);
            }
            return List.copyOf(found.values());
        } catch (IOException | ElasticsearchException e) {
            throw new SearchUnavailable(e);
        }
    }

    private void collect(Query query, int size, Map<String, Suggested> found) throws IOException {
        List<Hit<OccupationName>> hits = client.search(s -> s.index(OccupationNames.ALIAS).size(size).query(query)
                .collapse(c -> c.field("code")), OccupationName.class).hits().hits();
        for (Hit<OccupationName> hit : hits) {
            OccupationName name = hit.source();
            reference.occupation(name.code()).ifPresent(o -> found.putIfAbsent(o.code(),
                    new Suggested(o, name.kind() == Kind.COURSE ? name.name() : null)));
        }
    }

    /**
     * What was typed, and the same with "công nhân" (worker) as "thợ": "công nhân may" is what VSCO calls "thợ may",
     * and its titles name the trades "thợ …".
     */
    static List<String> asTradesAreNamed(String words) {
        String[] typed = words.split("\\s+");
        for (int i = 0; i + 1 < typed.length; i++) {
            if (VietnameseText.fold(typed[i]).equals("cong") && VietnameseText.fold(typed[i + 1]).equals("nhan")) {
                List<String> trade = new ArrayList<>(List.of(typed));
                trade.set(i, "thợ");
                trade.remove(i + 1);
                return List.of(words, String.join(" ", trade));
            }
        }
        return List.of(words);
    }

    private static Query everyWord(String words) {
        String folded = VietnameseText.fold(words);
        Query tiers = Query.of(q -> q.bool(b -> b
                .should(s -> s.prefix(p -> p.field("code").value(words).boost(100f)))
                .should(s -> s.constantScore(c -> c.boost(8f).filter(f -> f.match(m -> m.field("name")
                        .query(words.toLowerCase(Locale.ROOT)).operator(Operator.And)))))
                .should(s -> s.constantScore(c -> c.boost(4f).filter(f -> f.match(m -> m.field("nameFolded")
                        .query(folded).operator(Operator.And)))))
                .should(s -> s.constantScore(c -> c.boost(2f).filter(f -> f.matchBoolPrefix(m -> m.field("nameFolded")
                        .query(folded).operator(Operator.And)))))
                .should(s -> s.constantScore(c -> c.boost(1f).filter(f -> f.matchPhrase(m -> m.field("nameFolded")
                        .query(folded)))))
                .minimumShouldMatch("1")));
        List<FunctionScore> preferences = new ArrayList<>();
        KIND_WEIGHT.forEach((kind, weight) -> preferences.add(FunctionScore.of(f -> f.weight(weight)
                .filter(t -> t.term(v -> v.field("kind").value(kind.name()))))));
        preferences.add(FunctionScore.of(f -> f.fieldValueFactor(v -> v.field("words")
                .modifier(FieldValueFactorModifier.Reciprocal).missing(10.0))));
        return Query.of(q -> q.functionScore(fs -> fs.query(tiers).functions(preferences)
                .scoreMode(FunctionScoreMode.Sum).boostMode(FunctionBoostMode.Sum)));
    }

    private static Query someWords(String words, java.util.Collection<String> already) {
        List<FieldValue> excluded = already.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.bool(b -> b
                .should(s -> s.match(m -> m.field("name").query(words.toLowerCase(Locale.ROOT)).boost(2f)))
                .should(s -> s.match(m -> m.field("nameFolded").query(VietnameseText.fold(words))))
                .minimumShouldMatch("1")
                .mustNot(n -> n.terms(t -> t.field("code").terms(v -> v.value(excluded))))));
    }
}
