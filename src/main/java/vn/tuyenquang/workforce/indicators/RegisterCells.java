package vn.tuyenquang.workforce.indicators;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;
import vn.tuyenquang.workforce.people.LabourStatus;
import vn.tuyenquang.workforce.people.RegisterCounts;
import vn.tuyenquang.workforce.people.RegisterVersion;

/**
 * The register counted by the register ({@link RegisterCounts}), in the indicators' terms: one cell per commune,
 * sex, ethnic group and age band, with a figure per year. Breakdowns are rolled up from the cells in memory: a few
 * thousand cells instead of one grouping per breakdown over every person.
 *
 * <p>Counted once per version of the register ({@link RegisterVersion}), not once per view: a question (years,
 * settings, commune) asked again at the same version is answered from the count already made. When the register has
 * changed, the first view counts it again and waits for its count; views asked while that count runs get the previous
 * count, labelled with its time, rather than counting too (so a hundred views of a change make one count). Where the
 * register keeps no version (H2), or its changes are not heard, every view counts.
 */
@Component
class RegisterCells {

    /** The cells of one question, when they were counted, and whether a newer count of them is running. */
    record Counted(List<Cell> cells, Instant countedAt, boolean recounting) {

        Counted whileRecounting() {
            return new Counted(cells, countedAt, true);
        }
    }

    /** A question of the report to the register. */
    private record Question(List<Integer> years, IndicatorSettings settings, Optional<String> commune) {
    }

    /** A question at one version of the register. */
    private record AtVersion(Question question, RegisterVersion.Version version) {
    }

    /** Questions kept: every setting a page offers, for the province and each commune, a few years each. */
    static final int KEPT = 2_000;

    /**
     * The counts of one commune × sex × ethnic group × age band, per year (in the order asked), and the learners of the
     * last year not matched to the survey (known only from training centres).
     */
    record Cell(String communeCode, String sex, String ethnicCode, AgeBand band, List<Figure> byYear, long unmatched) {
    }

    private static final List<RegisterCounts.Band> BANDS = Arrays.stream(AgeBand.values())
            .map(band -> new RegisterCounts.Band(band.name(), band.from())).toList();

    private final RegisterCounts counts;
    private final RegisterVersion version;
    private final Clock clock;
    /** Each question's count at a version, made or being made: one count however many ask at once. */
    private final Cache<AtVersion, CompletableFuture<Counted>> byVersion = Caffeine.newBuilder().maximumSize(KEPT).build();
    /** Each question's latest count, whatever its version: what views get while a newer one is made. */
    private final Cache<Question, Counted> latest = Caffeine.newBuilder().maximumSize(KEPT).build();
    private final AtomicLong recounts = new AtomicLong();

    RegisterCells(RegisterCounts counts, RegisterVersion version, Clock clock) {
        this.counts = counts;
        this.version = version;
        this.clock = clock;
    }

    /**
     * The register counted for {@code years} (ascending), age bands as of the last of them: made now, or at this
     * version of the register already, or, while another view counts this version, the previous count.
     *
     * @param commune one commune only, or every commune
     */
    Counted count(List<Integer> years, IndicatorSettings settings, Optional<String> commune) {
        Question question = new Question(List.copyOf(years), settings, commune);
        Optional<RegisterVersion.Version> now = version.now();
        if (now.isEmpty()) {
            return countNow(question);
        }
        AtVersion asked = new AtVersion(question, now.get());
        CompletableFuture<Counted> mine = new CompletableFuture<>();
        CompletableFuture<Counted> running = byVersion.asMap().putIfAbsent(asked, mine);
        if (running == null) {
            try {
                Counted counted = countNow(question);
                latest.put(question, counted);
                mine.complete(counted);
                return counted;
            } catch (RuntimeException e) {
                byVersion.invalidate(asked);
                mine.completeExceptionally(e);
                throw e;
            }
        }
        Counted previous = latest.getIfPresent(question);
        if (!running.isDone() && previous != null) {
            return previous.whileRecounting();
        }
        return running.join();
    }

    /** How many times this instance has counted the register (for the load test and its figures). */
    long recounts() {
        return recounts.get();
    }

    private Counted countNow(Question question) {
        recounts.incrementAndGet();
        Instant at = clock.instant();
        return new Counted(cells(question.years(), question.settings(), question.commune()), at, false);
    }

    private List<Cell> cells(List<Integer> years, IndicatorSettings settings, Optional<String> commune) {
        List<LabourStatus> statuses = settings.denominator() == Denominator.EMPLOYED
                ? List.of(LabourStatus.EMPLOYED) : List.of(LabourStatus.EMPLOYED, LabourStatus.UNEMPLOYED);
        NationalSkillCertificates national = settings.nationalSkillCertificates();
        RegisterCounts.NationalCertificates trained = switch (national) {
            case NOT_COUNTED -> RegisterCounts.NationalCertificates.NONE;
            case TRAINED_AFTER_THREE_YEARS -> RegisterCounts.NationalCertificates.EXPERIENCED;
            case TRAINED, CERTIFIED -> RegisterCounts.NationalCertificates.ALL;
        };
        return counts.count(new RegisterCounts.Question(years, AgeBand.WORKING_AGE, BANDS, statuses,
                        settings.shortCourses(), settings.informalSkills(), trained,
                        national == NationalSkillCertificates.CERTIFIED, commune)).stream()
                .map(cell -> new Cell(cell.communeCode(), cell.sex(), cell.ethnicCode(), AgeBand.valueOf(cell.band()),
                        cell.byYear().stream().map(c -> new Figure(c.population(), c.trained(), c.certified(),
                                Source.REGISTER)).toList(), cell.byYear().get(years.size() - 1).unmatched()))
                .toList();
    }
}
