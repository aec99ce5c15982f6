package vn.tuyenquang.workforce.indicators;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;
import vn.tuyenquang.workforce.people.LabourStatus;
import vn.tuyenquang.workforce.people.RegisterCounts;
import vn.tuyenquang.workforce.people.RegisterVersion;
import vn.tuyenquang.workforce.system.BackgroundJobs;

/**
 * The register counted by the register ({@link RegisterCounts}), in the indicators' terms: one cell per commune,
 * sex, ethnic group and age band, with a figure per year. Breakdowns are rolled up from the cells in memory: a few
 * thousand cells instead of one grouping per breakdown over every person.
 *
 * <p>One count answers every setting and every commune: the register counts persons by what they hold
 * ({@link RegisterCounts.Holding}: 13 kinds, by labour status), and a setting adds up the kinds it counts as trained and
 * certified, in memory. Counted once per version of the register ({@link RegisterVersion}), not once per view: years
 * asked again at the same version, with any settings and for any commune, are answered from the count already made.
 * When the register has changed, the first view starts a count of it (off its thread) and waits for it at most
 * {@code workforce.indicators.count-wait} (200 ms), then gets the previous count, labelled with its time, if the count
 * is not made yet; views asked while that count runs get the previous count at once, rather than counting too (so a
 * hundred views of a change make one count, and none waits for a count of the province under load). With no count
 * made yet, a view waits for the first. An instance counts a question once at a time, and rests
 * {@code workforce.indicators.recount-interval} (3 s) after each count: a change while a count runs or within the rest
 * is counted at the first view after them, and views until then get the last count, labelled with its time (imports
 * commit a chunk every second or so; counting after each, several at once, took the cores the readers needed). Where
 * the register keeps no version (H2), or its changes are not heard, every view counts (one commune only, when one is
 * asked for).
 */
@Component
class RegisterCells {

    /**
     * The cells of one question, when they were counted, and whether a newer count of them is running; {@code number}
     * tells this instance's counts apart (the same number, the same count).
     */
    record Counted(List<Cell> cells, long number, Instant countedAt, boolean recounting) {
    }

    /** A question of the report to the register: the years, and one commune or the province. */
    private record Question(List<Integer> years, Optional<String> commune) {
    }

    /** A question at one version of the register. */
    private record AtVersion(Question question, RegisterVersion.Version version) {
    }

    /**
     * Counts kept: a few years asked each (a count of the province answers every commune and every setting). A
     * province's count at 1.1 M persons is about 20 MB (a few thousand cells, 26 kinds a year).
     */
    static final int KEPT = 16;

    /**
     * The counts of one commune × sex × ethnic group × age band, per year (in the order asked), and the learners of the
     * last year not matched to the survey (known only from training centres).
     */
    record Cell(String communeCode, String sex, String ethnicCode, AgeBand band, List<Figure> byYear, long unmatched) {
    }

    private static final List<RegisterCounts.Band> BANDS = Arrays.stream(AgeBand.values())
            .map(band -> new RegisterCounts.Band(band.name(), band.from())).toList();

    /**
     * The register's count of a question and when it was made, with its cells as each choice of settings counts them,
     * rolled up at the first view with those settings (32 choices at most).
     */
    private record Made(List<RegisterCounts.Cell> cells, long number, Instant countedAt, Instant finishedAt,
                        Cache<IndicatorSettings, List<Cell>> rolled) {

        Made(List<RegisterCounts.Cell> cells, long number, Instant countedAt, Instant finishedAt) {
            this(cells, number, countedAt, finishedAt, Caffeine.newBuilder().maximumSize(32).build());
        }

        List<Cell> as(IndicatorSettings settings) {
            return rolled.get(settings, s -> {
                Counting counting = new Counting(s);
                return cells.stream().map(cell -> new Cell(cell.communeCode(), cell.sex(), cell.ethnicCode(),
                        AgeBand.valueOf(cell.band()), cell.byYear().stream().map(counting::figure).toList(),
                        cell.byYear().get(cell.byYear().size() - 1).unmatched())).toList();
            });
        }
    }

    /** A count served: made at this version, or the previous one while this version's is being made. */
    private record Served(Made made, boolean recounting) {
    }

    private final RegisterCounts counts;
    private final RegisterVersion version;
    private final Clock clock;
    /** Each question's count at a version, made or being made: one count however many ask at once. */
    private final Cache<AtVersion, CompletableFuture<Made>> byVersion = Caffeine.newBuilder().maximumSize(KEPT).build();
    /** Each question's latest count, whatever its version: what views get while a newer one is made. */
    private final Cache<Question, Made> latest = Caffeine.newBuilder().maximumSize(KEPT).build();
    private final AtomicLong recounts = new AtomicLong();
    /** The questions being counted now on this instance, whatever the version: never two counts of one at once. */
    private final java.util.Set<Question> counting = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.time.Duration interval;
    /** How long the view that asks for a count waits for it before it is served the previous one. */
    private final java.time.Duration wait;
    /** Where counts are made: off the viewer's thread, so that a view need not wait for the count it asked for. */
    private final Executor counter = BackgroundJobs.pool("register-count", 2);

    RegisterCells(RegisterCounts counts, RegisterVersion version, Clock clock, IndicatorsProperties properties) {
        this.counts = counts;
        this.version = version;
        this.clock = clock;
        this.interval = properties.recountInterval();
        this.wait = properties.countWait();
    }

    /**
     * The register counted for {@code years} (ascending), age bands as of the last of them, as {@code settings} count
     * it: made now, or at this version of the register already, or, while another view counts this version, the
     * previous count. Where the register keeps versions, the province is counted once for every commune and setting.
     *
     * @param commune one commune only, or every commune
     */
    Counted count(List<Integer> years, IndicatorSettings settings, Optional<String> commune) {
        Optional<RegisterVersion.Version> now = version.now();
        Served served = now.isEmpty() ? new Served(countNow(new Question(List.copyOf(years), commune)), false)
                : countAt(new AtVersion(new Question(List.copyOf(years), Optional.empty()), now.get()));
        List<Cell> cells = served.made().as(settings);
        if (commune.isPresent()) {
            cells = cells.stream().filter(cell -> commune.get().equals(cell.communeCode())).toList();
        }
        return new Counted(cells, served.made().number(), served.made().countedAt(), served.recounting());
    }

    /** How many times this instance has counted the register (for the load test and its figures). */
    long recounts() {
        return recounts.get();
    }

    private Served countAt(AtVersion asked) {
        Made last = latest.getIfPresent(asked.question());
        if (last != null && !byVersion.asMap().containsKey(asked)
                && (counting.contains(asked.question()) || clock.instant().isBefore(last.finishedAt().plus(interval)))) {
            // A count of an earlier version is running, or one finished less than the interval ago: this change is
            // counted at the first view after them (while changes keep coming, one count at a time, a rest between).
            return new Served(last, true);
        }
        CompletableFuture<Made> mine = new CompletableFuture<>();
        CompletableFuture<Made> running = byVersion.asMap().putIfAbsent(asked, mine);
        if (running == null) {
            counting.add(asked.question());
            counter.execute(() -> {
                try {
                    Made made = countNow(asked.question());
                    latest.put(asked.question(), made);
                    mine.complete(made);
                } catch (RuntimeException e) {
                    byVersion.invalidate(asked);
                    mine.completeExceptionally(e);
                } finally {
                    counting.remove(asked.question());
                }
            });
            if (last != null) {
                // The view that asked for the count waits a moment for it, then has the previous figures, labelled.
                return awaited(mine, wait).map(made -> new Served(made, false)).orElse(new Served(last, true));
            }
            running = mine;
        }
        if (!running.isDone() && last != null) {
            return new Served(last, true);
        }
        return new Served(awaited(running, null).orElseThrow(), false);
    }

    /** The count once made, or nothing when it takes longer than {@code atMost} (null: as long as it takes). */
    private static Optional<Made> awaited(CompletableFuture<Made> count, java.time.Duration atMost) {
        try {
            return Optional.of(atMost == null ? count.get() : count.get(atMost.toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException stillCounting) {
            return Optional.empty();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the register was counted", e);
        }
    }

    private Made countNow(Question question) {
        long number = recounts.incrementAndGet();
        Instant at = clock.instant();
        List<RegisterCounts.Cell> cells = counts.count(new RegisterCounts.Question(question.years(), AgeBand.WORKING_AGE,
                BANDS, question.commune()));
        return new Made(cells, number, at, clock.instant());
    }

    /** Which kinds of persons a figure counts under one choice of settings, and the figure of a count. */
    private static final class Counting {

        private final List<LabourStatus> statuses;
        private final boolean[] trained = new boolean[RegisterCounts.Holding.ALL.size()];
        private final boolean[] certified = new boolean[RegisterCounts.Holding.ALL.size()];

        Counting(IndicatorSettings settings) {
            statuses = new ArrayList<>(List.of(LabourStatus.EMPLOYED));
            if (settings.denominator() == Denominator.LABOUR_FORCE) {
                statuses.add(LabourStatus.UNEMPLOYED);
            }
            if (settings.workersAbroad() == WorkersAbroad.IN_LABOUR_FORCE) {
                statuses.add(LabourStatus.ABROAD);
            }
            NationalSkillCertificates national = settings.nationalSkillCertificates();
            for (RegisterCounts.Holding holding : RegisterCounts.Holding.ALL) {
                boolean anyNational = holding.national() != RegisterCounts.NationalCertificate.NONE;
                boolean isCertified = holding.certified() || national == NationalSkillCertificates.CERTIFIED && anyNational;
                boolean nationalTrained = switch (national) {
                    case NOT_COUNTED -> false;
                    case TRAINED_AFTER_THREE_YEARS ->
                            holding.national() == RegisterCounts.NationalCertificate.HELD_THREE_YEARS;
                    case TRAINED, CERTIFIED -> anyNational;
                };
                certified[holding.index()] = isCertified;
                trained[holding.index()] = isCertified || nationalTrained
                        || settings.shortCourses() && holding.shortCourse()
                        || settings.informalSkills() && holding.informal();
            }
        }

        Figure figure(RegisterCounts.Count count) {
            long population = 0;
            long trainedCount = 0;
            long certifiedCount = 0;
            for (LabourStatus status : statuses) {
                for (RegisterCounts.Holding holding : RegisterCounts.Holding.ALL) {
                    long persons = count.persons(status, holding);
                    population += persons;
                    trainedCount += trained[holding.index()] ? persons : 0;
                    certifiedCount += certified[holding.index()] ? persons : 0;
                }
            }
            return new Figure(population, trainedCount, certifiedCount, Source.REGISTER);
        }
    }
}
