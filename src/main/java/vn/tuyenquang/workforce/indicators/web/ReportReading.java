package vn.tuyenquang.workforce.indicators.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.indicators.IndicatorReport;
import vn.tuyenquang.workforce.indicators.IndicatorSettings;
import vn.tuyenquang.workforce.indicators.Indicators;

/**
 * A report as one request reads it, the same for the dashboard, its print and its downloads: the reader's scope (a
 * commune officer's own commune), the year and settings asked or the defaults, and the tables in the reader's language.
 */
@Component
class ReportReading {

    /** A report as read for one request: what was asked, and the tables the reader sees. */
    record Reading(int year, Optional<String> commune, IndicatorSettings settings, IndicatorReport report,
                   List<ReportTables.Table> tables, String settingsText) {

        /** The name of a file of this reading: "ty-le-qua-dao-tao-2026[-commune]-what.extension". */
        String fileName(String what, String extension) {
            return "ty-le-qua-dao-tao-" + year + commune.map(c -> "-" + c).orElse("") + "-" + what + "." + extension;
        }
    }

    private final Indicators indicators;
    private final ReportTables tables;

    ReportReading(Indicators indicators, ReportTables tables) {
        this.indicators = indicators;
        this.tables = tables;
    }

    Reading read(ReportQuery query, CurrentUser user, Locale locale) {
        Optional<String> commune = indicators.scope(user, query.communeAsked());
        int year = query.year(indicators.currentYear());
        IndicatorSettings settings = query.settings(indicators.defaultSettings());
        IndicatorReport report = indicators.report(commune, year, settings);
        return new Reading(year, commune, settings, report, tables.of(report, locale), tables.settings(settings, locale));
    }
}
