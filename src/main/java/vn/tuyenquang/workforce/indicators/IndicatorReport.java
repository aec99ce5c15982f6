package vn.tuyenquang.workforce.indicators;

import java.math.BigDecimal;
import java.util.List;

/**
 * The figures of one year, for the province or one commune, as the dashboard, the exports and a frozen
 * snapshot show them. Every figure carries its numerator, denominator and source; the settings it was
 * computed with travel with it.
 *
 * @param communeCode the commune the report is limited to, or null for the province
 * @param headline    the whole scope's figure in the year reported
 * @param progress    the headline against the path to the targets
 * @param trend       the scope's figure in each year from the baseline year (or the year reported, if
 *                    earlier) to the year reported, with the path's expected rates
 * @param path        the expected rates from the baseline year to the target year
 * @param communes    each commune of the scope: its figure, its baseline-year figure and its progress
 * @param byKind      phường (urban wards) against xã (rural communes)
 * @param bySex       by sex, register communes only
 * @param byEthnicGroup by ethnic group, register communes only
 * @param byAgeBand   by age band, register communes only
 */
public record IndicatorReport(int year, IndicatorSettings settings, Progress.Targets targets, String communeCode,
                              Figure headline, Progress progress, List<YearFigure> trend, List<PathPoint> path,
                              List<CommuneFigure> communes, List<Row> byKind, List<Row> bySex,
                              List<Row> byEthnicGroup, List<Row> byAgeBand) {

    /** One line of a breakdown: the key (a code the page names in the reader's language) and its figure. */
    public record Row(String key, Figure figure) {
    }

    /**
     * A commune's figure. {@code baselineYear} is the year of the baseline it rests on, or null when it
     * rests on the register.
     */
    public record CommuneFigure(String code, String kind, Figure figure, Figure atBaseline, Progress progress,
                                Integer baselineYear) {
    }

    public record YearFigure(int year, Figure figure) {
    }

    public record PathPoint(int year, BigDecimal trainedRate, BigDecimal certifiedRate) {
    }

    /** How many communes rest on a baseline in the year reported (the rest rest on the register). */
    public long communesOnBaseline() {
        return communes.stream().filter(c -> c.baselineYear() != null).count();
    }
}
