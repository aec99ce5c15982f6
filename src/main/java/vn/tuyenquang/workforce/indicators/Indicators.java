package vn.tuyenquang.workforce.indicators;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.reference.Commune;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.system.ProvinceTime;

/**
 * Computes the indicator reports. The province's figure of a year is the sum of its communes' figures,
 * each resting on the register or on the commune's baseline ({@link Coverage}); the breakdowns by sex,
 * ethnic group and age band exist for register communes only, since a baseline has no such detail.
 */
@Service
public class Indicators {

    /** The earliest year a report can be asked for. */
    public static final int FIRST_YEAR = 2015;

    private final RegisterCells register;
    private final CoverageRepository coverage;
    private final ReferenceCatalog catalog;
    private final IndicatorsProperties properties;
    private final FrozenReports frozen;
    private final CommuneTargets communeTargets;
    private final Clock clock;
    /**
     * Reports composed from their inputs: every view of a report between two counts of the register (and two changes
     * of its baselines, surveys, targets or frozen figures) is the same report, composed once.
     */
    private final Cache<Inputs, IndicatorReport> composed = Caffeine.newBuilder().maximumSize(64).build();

    /** Everything a report is made of: what was asked, the register's count (by number), and the department's data. */
    private record Inputs(Optional<String> commune, int year, IndicatorSettings settings, long count,
                          Map<String, CommuneTarget> own, List<CommuneBaseline> baselines,
                          List<CoverageRepository.Survey> surveys, Optional<IndicatorReport> fixed,
                          Optional<IndicatorReport> frozenYear) {
    }

    Indicators(RegisterCells register, CoverageRepository coverage, ReferenceCatalog catalog,
               IndicatorsProperties properties, FrozenReports frozen, CommuneTargets communeTargets, Clock clock) {
        this.register = register;
        this.communeTargets = communeTargets;
        this.frozen = frozen;
        this.coverage = coverage;
        this.catalog = catalog;
        this.properties = properties;
        this.clock = clock;
    }

    public IndicatorSettings defaultSettings() {
        return properties.defaults();
    }

    public Progress.Targets targets() {
        return new Progress.Targets(properties.trainedTarget(), properties.certifiedTarget(), properties.targetYear(),
                properties.baselineYear());
    }

    /** The year reports open on: the current one, counted as of its 31 December with the records so far. */
    public int currentYear() {
        return ProvinceTime.today(clock).getYear();
    }

    /**
     * The commune a user's report is limited to: a commune officer's own commune whatever they ask for
     * (asking for another is refused); for province-wide roles the commune asked for, or none.
     */
    public Optional<String> scope(CurrentUser user, Optional<String> asked) {
        if (user.role().isProvinceWide()) {
            asked.ifPresent(code -> catalog.commune(code)
                    .orElseThrow(() -> new IndicatorException("indicators.commune.unknown", "commune")));
            return asked;
        }
        String own = user.communeCode().orElseThrow(() -> new AccessDeniedException("no commune to report on"));
        if (asked.isPresent() && !asked.get().equals(own)) {
            throw new AccessDeniedException("commune outside the user's scope");
        }
        return Optional.of(own);
    }

    /** The report of {@code year} for one commune, or the province when {@code commune} is empty. */
    public IndicatorReport report(Optional<String> commune, int year, IndicatorSettings settings) {
        return report(commune, year, settings, Optional.empty());
    }

    /**
     * The province's report of the baseline year as it is about to be frozen as the baseline: the path starts from
     * these very figures, so its rates are measured against themselves (on the path), not "no path yet".
     */
    IndicatorReport reportStartingThePath(int year, IndicatorSettings settings) {
        IndicatorReport itself = report(Optional.empty(), year, settings);
        return year == targets().baselineYear() ? report(Optional.empty(), year, settings, Optional.of(itself)) : itself;
    }

    private IndicatorReport report(Optional<String> commune, int year, IndicatorSettings settings,
                                   Optional<IndicatorReport> startingThePath) {
        if (year < FIRST_YEAR || year > currentYear()) {
            throw new IndicatorException("indicators.year.outOfRange", "year");
        }
        Progress.Targets province = targets();
        Map<String, CommuneTarget> own = communeTargets.byCommune();
        CommuneTarget scopeOwn = commune.map(own::get).orElse(null);
        // A commune with targets of its own is measured against them; the province against the province's.
        Progress.Targets targets = province.with(scopeOwn);
        int first = Math.min(targets.baselineYear(), year);
        List<Integer> years = IntStream.rangeClosed(first, year).boxed().toList();
        int last = years.size() - 1;
        RegisterCells.Counted counted = register.count(years, settings, commune);
        List<CommuneBaseline> baselines = coverage.baselines();
        List<CoverageRepository.Survey> surveys = coverage.surveys();
        // The official baseline the path starts from (later data never moves it), and the year as reported.
        Optional<IndicatorReport> fixed = startingThePath.isPresent() ? startingThePath
                : frozenWith(targets.baselineYear(), settings);
        Optional<IndicatorReport> frozenYear = year == targets.baselineYear() ? fixed : frozenWith(year, settings);
        Inputs inputs = new Inputs(commune, year, settings, counted.number(), own, baselines, surveys, fixed, frozenYear);
        return composed.get(inputs, asked -> {
            List<RegisterCells.Cell> cells = counted.cells();
            Coverage covered = new Coverage(baselines, surveys);
            Map<String, Figure> fixedByCommune = byCommune(fixed);
            Map<String, Figure> frozenByCommune = byCommune(frozenYear);

            Map<String, Figure[]> registerByCommune = new HashMap<>();
            Map<String, Long> unmatchedByCommune = new HashMap<>();
            for (RegisterCells.Cell cell : cells) {
                unmatchedByCommune.merge(cell.communeCode(), cell.unmatched(), Long::sum);
                Figure[] sums = registerByCommune.computeIfAbsent(cell.communeCode(), c -> emptyYears(years.size()));
                for (int i = 0; i < years.size(); i++) {
                    sums[i] = sums[i].plus(cell.byYear().get(i));
                }
            }
            List<Commune> scope = commune.map(code -> catalog.commune(code).stream().toList())
                    .orElse(catalog.communes());
            Figure[] total = emptyYears(years.size());
            List<IndicatorReport.CommuneFigure> communes = new ArrayList<>();
            java.util.Set<String> onRegister = new java.util.HashSet<>();
            long leftOutCommunes = 0;
            long leftOutPeople = 0;
            long unmatched = 0;
            for (Commune c : scope) {
                long communeUnmatched = unmatchedByCommune.getOrDefault(c.code(), 0L);
                unmatched += communeUnmatched;
                Figure[] registered = registerByCommune.getOrDefault(c.code(), emptyYears(years.size()));
                Figure[] figures = new Figure[years.size()];
                for (int i = 0; i < years.size(); i++) {
                    figures[i] = covered.figure(c.code(), years.get(i), registered[i], settings);
                    total[i] = total[i].plus(figures[i]);
                }
                Optional<CommuneBaseline> restsOn = covered.baselineFor(c.code(), year);
                Integer baselineYear = restsOn.map(CommuneBaseline::year).orElse(null);
                if (baselineYear == null) {
                    onRegister.add(c.code());
                } else if (!Coverage.answers(settings)) {
                    leftOutCommunes++;
                    leftOutPeople += restsOn.get().figure().population();
                }
                Optional<Figure> atBaseline = fixed.map(b -> fixedByCommune.getOrDefault(c.code(), Figure.NONE));
                Progress.Targets communeTargets = province.with(own.get(c.code()));
                communes.add(new IndicatorReport.CommuneFigure(c.code(), c.kind().name(), figures[last],
                        atBaseline.orElse(null), Progress.of(figures[last], atBaseline, year, communeTargets),
                        baselineYear,
                        frozenByCommune.get(c.code()), communeUnmatched));
            }

            List<RegisterCells.Cell> registerCells = cells.stream()
                    .filter(c -> onRegister.contains(c.communeCode())).toList();
            List<IndicatorReport.YearFigure> trend = IntStream.range(0, years.size())
                    .mapToObj(i -> new IndicatorReport.YearFigure(years.get(i), total[i])).toList();
            Optional<Figure> scopeBaseline = commune.isEmpty() ? fixed.map(IndicatorReport::headline)
                    : fixed.map(b -> fixedByCommune.getOrDefault(commune.get(), Figure.NONE));
            Figure scopeFrozen = commune.isEmpty() ? frozenYear.map(IndicatorReport::headline).orElse(null)
                    : frozenByCommune.get(commune.get());
            return new IndicatorReport(year, settings, targets, commune.orElse(null), total[last],
                    Progress.of(total[last], scopeBaseline, year, targets), trend,
                    scopeBaseline.map(b -> path(b, targets)).orElse(List.of()), communes,
                    rows(communes, IndicatorReport.CommuneFigure::kind, IndicatorReport.CommuneFigure::figure,
                            Comparator.comparing(IndicatorReport.Row::key).reversed()),
                    rows(registerCells, RegisterCells.Cell::sex, c -> c.byYear().get(last),
                            Comparator.comparing(IndicatorReport.Row::key).reversed()),
                    rows(registerCells, c -> c.ethnicCode() == null ? "" : c.ethnicCode(), c -> c.byYear().get(last),
                            Comparator.comparingLong((IndicatorReport.Row r) -> r.figure().population()).reversed()
                                    .thenComparing(IndicatorReport.Row::key)),
                    rows(registerCells, c -> c.band().name(), c -> c.byYear().get(last),
                            Comparator.comparing(IndicatorReport.Row::key)),
                    scopeFrozen, fixed.isPresent(), new IndicatorReport.LeftOut(leftOutCommunes, leftOutPeople),
                    unmatched, scopeOwn, counted.countedAt(), false);
        }).recounting(counted.recounting());
    }

    /** The year's report as frozen, if it was frozen with these settings. */
    private Optional<IndicatorReport> frozenWith(int year, IndicatorSettings settings) {
        return frozen.find(year).map(Snapshot::report).filter(r -> r.settings().equals(settings));
    }

    private static Map<String, Figure> byCommune(Optional<IndicatorReport> report) {
        Map<String, Figure> figures = new HashMap<>();
        report.ifPresent(r -> r.communes().forEach(c -> figures.put(c.code(), c.figure())));
        return figures;
    }

    private static List<IndicatorReport.PathPoint> path(Figure atBaseline, Progress.Targets targets) {
        return IntStream.rangeClosed(targets.baselineYear(), targets.year())
                .mapToObj(y -> new IndicatorReport.PathPoint(y,
                        targets.expected(atBaseline.trainedRate(), targets.trained(), y),
                        targets.expected(atBaseline.certifiedRate(), targets.certified(), y)))
                .toList();
    }

    private static <T> List<IndicatorReport.Row> rows(List<T> items, Function<T, String> key, Function<T, Figure> figure,
                                                      Comparator<IndicatorReport.Row> order) {
        Map<String, Figure> sums = new LinkedHashMap<>();
        for (T item : items) {
            sums.merge(key.apply(item), figure.apply(item), Figure::plus);
        }
        return sums.entrySet().stream().map(e -> new IndicatorReport.Row(e.getKey(), e.getValue())).sorted(order).toList();
    }

    private static Figure[] emptyYears(int size) {
        Figure[] figures = new Figure[size];
        java.util.Arrays.fill(figures, Figure.NONE);
        return figures;
    }
}
