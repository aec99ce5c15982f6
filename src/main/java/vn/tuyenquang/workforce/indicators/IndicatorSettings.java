package vn.tuyenquang.workforce.indicators;

/**
 * What a figure counts, chosen by whoever asks for it (defaults in {@code workforce.indicators.*}) and
 * stated beside every figure.
 *
 * @param shortCourses   whether short courses under 3 months count as trained
 * @param informalSkills whether skills acquired informally (on the job, self-taught) count as trained after at
 *                       least 3 years in the trade
 * @param denominator    the population the rates are a share of
 * @param nationalSkillCertificates how a national skill certificate counts (a report frozen before this setting
 *                       existed counted it as the default does)
 */
public record IndicatorSettings(boolean shortCourses, boolean informalSkills, Denominator denominator,
                                NationalSkillCertificates nationalSkillCertificates) {

    public IndicatorSettings {
        if (nationalSkillCertificates == null) {
            nationalSkillCertificates = NationalSkillCertificates.TRAINED_AFTER_THREE_YEARS;
        }
    }

    /** The settings with the default count of national skill certificates. */
    public IndicatorSettings(boolean shortCourses, boolean informalSkills, Denominator denominator) {
        this(shortCourses, informalSkills, denominator, NationalSkillCertificates.TRAINED_AFTER_THREE_YEARS);
    }
}
