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
 * @param workersAbroad  whether workers abroad under contract are in the labour force while abroad (a report frozen
 *                       before this setting existed left them out, as the default does)
 */
public record IndicatorSettings(boolean shortCourses, boolean informalSkills, Denominator denominator,
                                NationalSkillCertificates nationalSkillCertificates, WorkersAbroad workersAbroad) {

    public IndicatorSettings {
        if (nationalSkillCertificates == null) {
            nationalSkillCertificates = NationalSkillCertificates.TRAINED_AFTER_THREE_YEARS;
        }
        if (workersAbroad == null) {
            workersAbroad = WorkersAbroad.OUTSIDE_LABOUR_FORCE;
        }
    }

    /** The settings with workers abroad outside the labour force, the default. */
    public IndicatorSettings(boolean shortCourses, boolean informalSkills, Denominator denominator,
                             NationalSkillCertificates nationalSkillCertificates) {
        this(shortCourses, informalSkills, denominator, nationalSkillCertificates, WorkersAbroad.OUTSIDE_LABOUR_FORCE);
    }

    /** The settings with the default count of national skill certificates. */
    public IndicatorSettings(boolean shortCourses, boolean informalSkills, Denominator denominator) {
        this(shortCourses, informalSkills, denominator, NationalSkillCertificates.TRAINED_AFTER_THREE_YEARS);
    }
}
