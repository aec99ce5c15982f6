package vn.tuyenquang.workforce.indicators;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which communes rest on a baseline in a given year: a commune rests on its latest baseline of that
 * year or before, unless a per-person survey of the same year or later (and not after the year
 * reported) has been imported since; every other commune rests on the register.
 */
final class Coverage {

    private final Map<String, List<CommuneBaseline>> baselines;
    private final Map<String, List<Integer>> surveys;

    Coverage(List<CommuneBaseline> baselines, List<CoverageRepository.Survey> surveys) {
        this.baselines = baselines.stream().collect(Collectors.groupingBy(CommuneBaseline::communeCode));
        this.surveys = surveys.stream().collect(Collectors.groupingBy(CoverageRepository.Survey::communeCode,
                Collectors.mapping(CoverageRepository.Survey::year, Collectors.toList())));
    }

    /** The baseline the commune's figure of {@code year} rests on, if it rests on one. */
    Optional<CommuneBaseline> baselineFor(String communeCode, int year) {
        Optional<CommuneBaseline> latest = baselines.getOrDefault(communeCode, List.of()).stream()
                .filter(b -> b.year() <= year)
                .max(Comparator.comparingInt(CommuneBaseline::year));
        return latest.filter(b -> surveys.getOrDefault(communeCode, List.of()).stream()
                .noneMatch(surveyYear -> surveyYear >= b.year() && surveyYear <= year));
    }

    /**
     * The commune's figure of {@code year}: its baseline where it rests on one (baselines count the resident labour
     * force only, so under settings that count another population the commune has no figure), else the register's.
     */
    Figure figure(String communeCode, int year, Figure register, IndicatorSettings settings) {
        return baselineFor(communeCode, year)
                .map(b -> answers(settings) ? b.figure() : Figure.NONE)
                .orElse(register);
    }

    /**
     * Whether a commune's baseline answers these settings: it counts the resident labour force (employed and
     * unemployed, workers abroad outside it), as the commune's survey did.
     */
    static boolean answers(IndicatorSettings settings) {
        return settings.denominator() == Denominator.LABOUR_FORCE
                && settings.workersAbroad() == WorkersAbroad.OUTSIDE_LABOUR_FORCE;
    }
}
