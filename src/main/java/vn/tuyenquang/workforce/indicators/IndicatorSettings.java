package vn.tuyenquang.workforce.indicators;

/**
 * What a figure counts, chosen by whoever asks for it (defaults in {@code workforce.indicators.*}) and
 * stated beside every figure.
 *
 * @param shortCourses   whether short courses under 3 months count as trained
 * @param informalSkills whether skills acquired informally (on the job, self-taught, or evidenced by a
 *                       national skill certificate) count as trained after at least 3 years in the trade
 * @param denominator    the population the rates are a share of
 */
public record IndicatorSettings(boolean shortCourses, boolean informalSkills, Denominator denominator) {
}
