package vn.tuyenquang.workforce.indicators.web;

import java.util.Optional;

import vn.tuyenquang.workforce.indicators.Denominator;
import vn.tuyenquang.workforce.indicators.IndicatorSettings;
import vn.tuyenquang.workforce.indicators.NationalSkillCertificates;
import vn.tuyenquang.workforce.indicators.WorkersAbroad;

/**
 * What a reader asks of a report, from the query string: the year, one commune or the province, and the
 * counting settings; whatever is left out takes the province's defaults.
 */
record ReportQuery(Integer year, String commune, Boolean shortCourses, Boolean informalSkills, Denominator denominator,
                   NationalSkillCertificates nationalSkillCertificates, WorkersAbroad workersAbroad) {

    IndicatorSettings settings(IndicatorSettings defaults) {
        return new IndicatorSettings(shortCourses == null ? defaults.shortCourses() : shortCourses,
                informalSkills == null ? defaults.informalSkills() : informalSkills,
                denominator == null ? defaults.denominator() : denominator,
                nationalSkillCertificates == null ? defaults.nationalSkillCertificates() : nationalSkillCertificates,
                workersAbroad == null ? defaults.workersAbroad() : workersAbroad);
    }

    int year(int current) {
        return year == null ? current : year;
    }

    Optional<String> communeAsked() {
        return commune == null || commune.isBlank() ? Optional.empty() : Optional.of(commune.strip());
    }
}
