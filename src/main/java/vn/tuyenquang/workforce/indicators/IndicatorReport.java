package vn.tuyenquang.workforce.indicators;

import java.time.Instant;

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
 * @param frozen      the scope's figure as frozen for this year, when it was frozen with these settings (shown
 *                    beside the live figure, labelled revised, when they differ)
 * @param baselineFixed whether the baseline year was frozen with these settings, so that the path exists
 * @param leftOut     the communes (and the people of their labour force) the figures leave out: those resting on a
 *                    commune baseline, which counts the labour force only, when the denominator is another
 * @param unmatched   learners aged 15+ known only from training centres' records by the year's end, in no population:
 *                    a completeness figure (they count once a survey covers them)
 * @param ownTarget   the commune's own targets, when the report is of one commune the department set them for (its
 *                    progress and path use them); null otherwise
 * @param countedAt   when the register was counted for these figures (null in a snapshot frozen before it was kept)
 * @param recounting  the register changed since, and a newer count is being made: the next view has it
 */
public record IndicatorReport(int year, IndicatorSettings settings, Progress.Targets targets, String communeCode,
                              Figure headline, Progress progress, List<YearFigure> trend, List<PathPoint> path,
                              List<CommuneFigure> communes, List<Row> byKind, List<Row> bySex,
                              List<Row> byEthnicGroup, List<Row> byAgeBand, Figure frozen, boolean baselineFixed,
                              LeftOut leftOut, long unmatched, CommuneTarget ownTarget, Instant countedAt,
                              boolean recounting) {

    /** One line of a breakdown: the key (a code the page names in the reader's language) and its figure. */
    public record Row(String key, Figure figure) {
    }

    /**
     * A commune's figure. {@code atBaseline} is its figure in the fixed baseline (null when none is fixed);
     * {@code baselineYear} the year of the commune baseline it rests on, or null when it rests on the register;
     * {@code frozen} its figure as frozen for this year, if frozen with these settings; {@code unmatched} its learners
     * not matched to the survey (see {@link IndicatorReport#unmatched}).
     */
    public record CommuneFigure(String code, String kind, Figure figure, Figure atBaseline, Progress progress,
                                Integer baselineYear, Figure frozen, long unmatched) {

        /** Whether the live figure differs from the one frozen for the year: it has been revised since. */
        public boolean revised() {
            return frozen != null && !frozen.equals(figure);
        }
    }

    /** What a total leaves out, in communes and people. */
    public record LeftOut(long communes, long people) {

        public boolean any() {
            return communes > 0;
        }
    }

    public record YearFigure(int year, Figure figure) {
    }

    public record PathPoint(int year, BigDecimal trainedRate, BigDecimal certifiedRate) {
    }

    /** Whether the live figure differs from the one frozen for the year: it has been revised since. */
    public boolean revised() {
        return frozen != null && !frozen.equals(headline);
    }

    /**
     * The same figures, said to be (or not) about to be replaced by a newer count: the label changes, nothing else, so
     * a report is composed and rendered once per count, not again when the register changes after it.
     */
    public IndicatorReport recounting(boolean beingCounted) {
        return beingCounted == recounting ? this : new IndicatorReport(year, settings, targets, communeCode, headline,
                progress, trend, path, communes, byKind, bySex, byEthnicGroup, byAgeBand, frozen, baselineFixed, leftOut,
                unmatched, ownTarget, countedAt, beingCounted);
    }

    /**
     * Hashed on what tells two reports apart in practice (scope, year, settings, count, headline), not on every figure
     * of every commune: a report is the key of the rendered pages and tables, looked up at every view, and hashing its
     * 124 communes' figures each time was a tenth of the dashboard's time. Equal reports still hash alike; telling them
     * apart stays {@code equals}' work, which is quick for the same report (its lists are the same objects).
     */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(year, settings, communeCode, headline, countedAt, recounting);
    }

    /** How many communes rest on a baseline in the year reported (the rest rest on the register). */
    public long communesOnBaseline() {
        return communes.stream().filter(c -> c.baselineYear() != null).count();
    }
}
