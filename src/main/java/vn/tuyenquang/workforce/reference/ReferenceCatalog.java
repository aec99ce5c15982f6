package vn.tuyenquang.workforce.reference;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import vn.tuyenquang.workforce.text.VietnameseText;

/**
 * The read-only reference lists: communes, ethnic groups, ISCO-08 occupations and qualification levels.
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

    /** Every ISCO-08 group, ordered by code, at every level. */
    public List<Occupation> occupations() {
        return lists().occupations();
    }

    /**
     * Occupations of one level (1–4; any when null) whose code starts with, or whose English or Vietnamese
     * title contains, {@code query} (accents ignored; all when blank).
     */
    public List<Occupation> searchOccupations(Integer level, String query) {
        return occupations().stream()
                .filter(o -> level == null || o.level() == level)
                .filter(o -> isBlank(query) || o.code().startsWith(query.trim())
                        || VietnameseText.containsFolded(o.titleEn(), query)
                        || o.titleVi().map(title -> VietnameseText.containsFolded(title, query)).orElse(false))
                .toList();
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
