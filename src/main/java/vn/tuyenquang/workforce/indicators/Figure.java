package vn.tuyenquang.workforce.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A trained and a certified count over the same population, exact, with what they rest on. Rates are
 * derived, never stored: numerator and denominator are always shown beside them.
 */
public record Figure(long population, long trained, long certified, Source source) {

    public static final Figure NONE = new Figure(0, 0, 0, Source.NONE);

    public Figure plus(Figure other) {
        return new Figure(population + other.population, trained + other.trained, certified + other.certified,
                source.and(other.source));
    }

    /** Trained share in percent, to one decimal; null when there is nobody to count. */
    public BigDecimal trainedRate() {
        return percent(trained);
    }

    /** Certified share in percent, to one decimal; null when there is nobody to count. */
    public BigDecimal certifiedRate() {
        return percent(certified);
    }

    public boolean isEmpty() {
        return population == 0;
    }

    private BigDecimal percent(long count) {
        if (population == 0) {
            return null;
        }
        return BigDecimal.valueOf(count * 100).divide(BigDecimal.valueOf(population), 1, RoundingMode.HALF_UP);
    }
}
