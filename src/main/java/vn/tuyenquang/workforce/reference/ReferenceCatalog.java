package vn.tuyenquang.workforce.reference;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import vn.tuyenquang.workforce.text.VietnameseText;

/**
 * The read-only reference lists: communes, ethnic groups, VSCO 2020 occupations and qualification levels.
 * The lists change only by migration, so they are read once and kept in memory.
 */
@Service
public class ReferenceCatalog {

    private final ReferenceRepository repository;
    private volatile Lists lists;

    ReferenceCatalog(ReferenceRepository repository) {
        this.repository = repository;
    }

    public List<Commune> communes() {
        return lists().communes();
    }

    /** Communes whose code starts with, or whose name contains, {@code query} (accents ignored); all when blank. */
    public List<Commune> searchCommunes(String query) {
        return communes().stream()
                .filter(c -> isBlank(query) || c.code().startsWith(query.trim())
                        || VietnameseText.containsFolded(c.name(), query))
                .toList();
    }

    /** Commune names by code, for showing records that store only the code. */
    public Map<String, String> communeNames() {
        return lists().communeNames();
    }

    public Optional<Commune> commune(String code) {
        return Optional.ofNullable(lists().communesByCode().get(code));
    }

    public List<EthnicGroup> ethnicGroups() {
        return lists().ethnicGroups();
    }

    public Optional<EthnicGroup> ethnicGroup(String code) {
        return ethnicGroups().stream().filter(group -> group.code().equals(code)).findFirst();
    }

    /** Every VSCO 2020 group, ordered by code, at every level: the list offered for new records. */
    public List<Occupation> occupations() {
        return lists().occupations().stream().filter(Occupation::vsco).toList();
    }

    /**
     * VSCO 2020 occupations of one level (1–4; any when null) whose code starts with {@code query}, or whose
     * Vietnamese title, English title or job titles hold it (accents optional), best first: a code, then the words
     * typed with their accents, then whole words without accents, then the start of a word, then anywhere; among
     * equals, a job title people use before a group's title, then the occupation more of whose titles match, then
     * by code. All of them when the query is blank.
     */
    public List<Occupation> searchOccupations(Integer level, String query) {
        List<Occupation> candidates = occupations().stream().filter(o -> level == null || o.level() == level).toList();
        if (isBlank(query)) {
            return candidates;
        }
        String typed = query.strip();
        OccupationMatch match = new OccupationMatch(typed);
        java.util.Map<Occupation, Integer> scores = new java.util.HashMap<>();
        java.util.Map<Occupation, Integer> matches = new java.util.HashMap<>();
        for (Occupation o : candidates) {
            int best = o.code().startsWith(typed) ? 0 : OccupationMatch.NONE * 2;
            int matching = 0;
            for (String title : o.jobTitles()) {
                int score = match.score(title);
                best = Math.min(best, score * 2);
                matching += score < OccupationMatch.NONE ? 1 : 0;
            }
            for (String title : java.util.stream.Stream.concat(o.titleVi().stream(), o.titleEn().stream()).toList()) {
                int score = match.score(title);
                best = Math.min(best, score * 2 + 1);
                matching += score < OccupationMatch.NONE ? 1 : 0;
            }
            if (best < OccupationMatch.NONE * 2) {
                scores.put(o, best);
                matches.put(o, matching);
            }
        }
        return scores.keySet().stream()
                .sorted(java.util.Comparator.comparingInt((Occupation o) -> scores.get(o))
                        .thenComparing(o -> -matches.get(o)).thenComparing(Occupation::code))
                .toList();
    }

    /** Every occupation by code, those only ISCO-08 has included: for showing records that store a code. */
    public Map<String, Occupation> occupationsByCode() {
        return lists().occupationsByCode();
    }

    public Optional<Occupation> occupation(String code) {
        return Optional.ofNullable(lists().occupationsByCode().get(code));
    }

    /** Qualification levels from lowest to highest. */
    public List<QualificationLevel> qualificationLevels() {
        return lists().qualificationLevels();
    }

    public Optional<QualificationLevel> qualificationLevel(String code) {
        return Optional.ofNullable(qualificationLevelsByCode().get(code));
    }

    /** Qualification levels by code, for showing records that store only the code. */
    public Map<String, QualificationLevel> qualificationLevelsByCode() {
        return lists().levelsByCode();
    }

    private static boolean isBlank(String query) {
        return query == null || query.isBlank();
    }

    private Lists lists() {
        Lists loaded = lists;
        if (loaded == null) {
            loaded = load();
            lists = loaded;
        }
        return loaded;
    }

    private record Lists(List<Commune> communes, Map<String, Commune> communesByCode, Map<String, String> communeNames,
                         List<EthnicGroup> ethnicGroups,
                         List<Occupation> occupations, Map<String, Occupation> occupationsByCode,
                         List<QualificationLevel> qualificationLevels, Map<String, QualificationLevel> levelsByCode) {
    }

    private Lists load() {
        List<Commune> communes = repository.communes();
        List<EthnicGroup> ethnicGroups = repository.ethnicGroups();
        List<Occupation> occupations = repository.occupations();
        List<QualificationLevel> levels = repository.qualificationLevels();
        return new Lists(communes, index(communes, Commune::code),
                communes.stream().collect(Collectors.toUnmodifiableMap(Commune::code, Commune::name)), ethnicGroups,
                occupations,
                index(occupations, Occupation::code), levels, index(levels, QualificationLevel::code));
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity()));
    }
}
