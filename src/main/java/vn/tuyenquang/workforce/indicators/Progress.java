package vn.tuyenquang.workforce.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Where a figure stands on the path to the targets: the rates the path expects in the year reported,
 * whether the figure reaches them, and how many more people must be trained and certified each year
 * from now to reach the targets in the target year (the population taken as it is today).
 */
public record Progress(Status status, BigDecimal expectedTrainedRate, BigDecimal expectedCertifiedRate,
                       long trainedPerYear, long certifiedPerYear) {

    public enum Status { ON_TRACK, BEHIND, NO_DATA }

    static Progress of(Figure now, Figure atBaseline, int year, Targets targets) {
        if (now.isEmpty()) {
            return new Progress(Status.NO_DATA, null, null, 0, 0);
        }
        BigDecimal expectedTrained = targets.expected(atBaseline.trainedRate(), targets.trained(), year);
        BigDecimal expectedCertified = targets.expected(atBaseline.certifiedRate(), targets.certified(), year);
        boolean onTrack = now.trainedRate().compareTo(expectedTrained) >= 0
                && now.certifiedRate().compareTo(expectedCertified) >= 0;
        int yearsLeft = Math.max(1, targets.year() - year);
        return new Progress(onTrack ? Status.ON_TRACK : Status.BEHIND, expectedTrained, expectedCertified,
                perYear(targets.trained(), now.population(), now.trained(), yearsLeft),
                perYear(targets.certified(), now.population(), now.certified(), yearsLeft));
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
