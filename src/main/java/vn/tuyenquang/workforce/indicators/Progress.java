package vn.tuyenquang.workforce.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Where a figure stands on the path to the targets, each rate on its own: the rates the path expects in the year
 * reported, whether the trained rate reaches its expected rate and whether the certified rate reaches its own, and how
 * many more people must be trained and certified each year from now to reach the targets in the target year (the
 * population taken as it is today). A path exists only from a fixed baseline ({@link Baseline}); a year before the
 * baseline year has no status.
 */
public record Progress(Status trainedStatus, Status certifiedStatus, BigDecimal expectedTrainedRate,
                       BigDecimal expectedCertifiedRate, long trainedPerYear, long certifiedPerYear) {

    public enum Status {
        ON_TRACK, BEHIND, NO_DATA,
        /** The department has not fixed the baseline (frozen the baseline year), or fixed it with other settings. */
        NO_BASELINE,
        /** The year reported is before the baseline year: the path starts later. */
        BEFORE_BASELINE
    }

    /**
     * Where {@code now} stands in {@code year} against the path from {@code baseline} (the fixed figure of the
     * baseline year, empty when none is fixed).
     */
    static Progress of(Figure now, java.util.Optional<Figure> baseline, int year, Targets targets) {
        Status none = now.isEmpty() ? Status.NO_DATA
                : year < targets.baselineYear() ? Status.BEFORE_BASELINE
                : baseline.isEmpty() ? Status.NO_BASELINE : null;
        int yearsLeft = Math.max(1, targets.year() - year);
        long trainedPerYear = now.isEmpty() ? 0 : perYear(targets.trained(), now.population(), now.trained(), yearsLeft);
        long certifiedPerYear = now.isEmpty() ? 0
                : perYear(targets.certified(), now.population(), now.certified(), yearsLeft);
        if (none != null) {
            return new Progress(none, none, null, null, trainedPerYear, certifiedPerYear);
        }
        BigDecimal expectedTrained = targets.expected(baseline.get().trainedRate(), targets.trained(), year);
        BigDecimal expectedCertified = targets.expected(baseline.get().certifiedRate(), targets.certified(), year);
        return new Progress(against(now.trainedRate(), expectedTrained), against(now.certifiedRate(), expectedCertified),
                expectedTrained, expectedCertified, trainedPerYear, certifiedPerYear);
    }

    /**
     * The commune's or the province's status as a whole, stated as both rates: on track only when both are, behind
     * when either is; otherwise why there is none.
     */
    public Status overall() {
        if (trainedStatus == certifiedStatus) {
            return trainedStatus;
        }
        return trainedStatus == Status.BEHIND || certifiedStatus == Status.BEHIND ? Status.BEHIND : trainedStatus;
    }

    /** Whether the rates have a path to be measured against. */
    public boolean hasPath() {
        return expectedTrainedRate != null;
    }

    private static Status against(BigDecimal rate, BigDecimal expected) {
        return rate.compareTo(expected) >= 0 ? Status.ON_TRACK : Status.BEHIND;
    }

    private static long perYear(BigDecimal targetPercent, long population, long counted, int yearsLeft) {
        long needed = targetPercent.multiply(BigDecimal.valueOf(population))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).longValue() - counted;
        return needed <= 0 ? 0 : (needed + yearsLeft - 1) / yearsLeft;
    }

    /**
     * The targets and the straight path to them: from the rate in the baseline year to the target in the
     * target year, one equal step a year.
     */
    public record Targets(BigDecimal trained, BigDecimal certified, int year, int baselineYear) {

        /** The same year and baseline year with a commune's own targets; these targets when it has none (null). */
        Targets with(CommuneTarget own) {
            return own == null ? this : new Targets(own.trained(), own.certified(), year, baselineYear);
        }

        /**
         * The rate the path expects in {@code at}, starting from {@code start}, the baseline year's rate.
         * Without a baseline rate, or once the target is reached or its year has come, the target itself.
         */
        BigDecimal expected(BigDecimal start, BigDecimal target, int at) {
            if (start == null || start.compareTo(target) >= 0 || at >= year) {
                return target;
            }
            if (at <= baselineYear) {
                return start;
            }
            BigDecimal step = target.subtract(start).multiply(BigDecimal.valueOf(at - baselineYear))
                    .divide(BigDecimal.valueOf(year - baselineYear), 1, RoundingMode.HALF_UP);
            return start.add(step);
        }
    }
}
