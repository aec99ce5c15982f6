package vn.tuyenquang.workforce.indicators;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The province's targets and the default counting settings. The defaults follow Nghị định 97/2016:
 * informal skills with 3 years in the trade count, short courses do not, and rates are shares of the
 * labour force.
 *
 * @param trainedTarget   share of the labour force trained by the target year, in percent (72)
 * @param certifiedTarget share holding a degree or certificate by the target year, in percent (30)
 * @param targetYear      the year the targets are for (2030)
 * @param baselineYear    the year the path to the targets starts from
 * @param recountInterval the rest after each count of the register on an instance (3 s), which never counts twice
 *                        at once: changes during a count or its rest are counted at the first view after them, and
 *                        views until then get the last count, labelled with its time (imports commit a chunk every
 *                        second; counting after each took the cores the readers needed)
 * @param countWait       how long the view that starts a count waits for it (200 ms) before it is served the last
 *                        count, labelled with its time, while the count goes on (a count of the province takes
 *                        seconds under load; the next view after it has the change)
 */
@ConfigurationProperties("workforce.indicators")
public record IndicatorsProperties(@DefaultValue("72") BigDecimal trainedTarget,
                                   @DefaultValue("30") BigDecimal certifiedTarget,
                                   @DefaultValue("2030") int targetYear,
                                   @DefaultValue("2025") int baselineYear,
                                   @DefaultValue("false") boolean shortCourses,
                                   @DefaultValue("true") boolean informalSkills,
                                   @DefaultValue("LABOUR_FORCE") Denominator denominator,
                                   @DefaultValue("TRAINED_AFTER_THREE_YEARS")
                                   NationalSkillCertificates nationalSkillCertificates,
                                   @DefaultValue("OUTSIDE_LABOUR_FORCE") WorkersAbroad workersAbroad,
                                   @DefaultValue("3s") java.time.Duration recountInterval,
                                   @DefaultValue("200ms") java.time.Duration countWait) {

    public IndicatorSettings defaults() {
        return new IndicatorSettings(shortCourses, informalSkills, denominator, nationalSkillCertificates,
                workersAbroad);
    }
}
