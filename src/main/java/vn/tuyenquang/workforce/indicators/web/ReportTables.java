package vn.tuyenquang.workforce.indicators.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.tuyenquang.workforce.indicators.Figure;
import vn.tuyenquang.workforce.indicators.IndicatorReport;
import vn.tuyenquang.workforce.indicators.IndicatorSettings;
import vn.tuyenquang.workforce.indicators.Progress;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;

/**
 * A report's tables as the reader sees them, in their language: the page shows exactly these, and the
 * CSV and XLSX exports write exactly these, so what is shown and what is exported cannot drift apart.
 */
@Component
class ReportTables {

    /** The tables a report has, by the id used in export links; {@code comparison} is a snapshot's. */
    enum Kind { communes, kind, sex, ethnic, age, trend, comparison }

    /** One table: a title, its column headings and its lines. */
    record Table(Kind kind, String title, List<String> headers, List<Line> lines) {
    }

    /**
     * One line: its cells (text, whole numbers, percentages; null shows as a dash) as the exports write
     * them, the same cells as the page shows them in the reader's language, the status colour of a
     * commune line, and the commune a line drills down to.
     */
    record Line(List<Object> cells, List<String> shown, Progress.Status status, String communeCode) {

        Line(List<Object> cells, Locale locale, Progress.Status status, String communeCode) {
            this(cells, cells.stream().map(cell -> display(cell, locale)).toList(), status, communeCode);
        }

        /** Whether the cell is a number (aligned right on the page, a number in the workbook). */
        public boolean numeric(int index) {
            return cells.get(index) instanceof Number;
        }
    }

    private final MessageSource messages;
    private final ReferenceCatalog catalog;

    /** A report in a language. */
    private record Asked(IndicatorReport report, Locale locale) {
    }

    private final Cache<Asked, List<Table>> made = Caffeine.newBuilder().maximumSize(64).build();

    ReportTables(MessageSource messages, ReferenceCatalog catalog) {
        this.messages = messages;
        this.catalog = catalog;
    }

    /** A report's tables in a language: made once per report (a report is the same until the register is counted again). */
    List<Table> of(IndicatorReport report, Locale locale) {
        // the tables say nothing of a newer count being made: one making serves the report with that label and without
        return made.get(new Asked(report.recounting(false), locale), asked -> make(report, locale));
    }

    private List<Table> make(IndicatorReport report, Locale locale) {
        List<Table> tables = new ArrayList<>();
        if (report.communeCode() == null) {
            tables.add(communes(report, locale));
            tables.add(breakdown(Kind.kind, report.byKind(), key -> text("indicators.kind." + key, locale), locale));
        }
        tables.add(breakdown(Kind.sex, report.bySex(), key -> text("person.sex." + key, locale), locale));
        tables.add(breakdown(Kind.ethnic, report.byEthnicGroup(), key -> key.isEmpty()
                ? text("indicators.unknown", locale)
                : catalog.ethnicGroup(key).map(g -> g.name()).orElse(key), locale));
        tables.add(breakdown(Kind.age, report.byAgeBand(), key -> text("indicators.age." + key, locale), locale));
        tables.add(trend(report, locale));
        return List.copyOf(tables);
    }

    Table one(IndicatorReport report, Kind kind, Locale locale) {
        return of(report, locale).stream().filter(t -> t.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no such table in this report: " + kind));
    }

    /** The settings a report was computed with, in one sentence. */
    String settings(IndicatorSettings settings, Locale locale) {
        return text("indicators.settings.sentence", locale,
                text("indicators.denominator." + settings.denominator(), locale),
                text(settings.shortCourses() ? "indicators.counted" : "indicators.notCounted", locale),
                text(settings.informalSkills() ? "indicators.counted" : "indicators.notCounted", locale),
                text("indicators.nationalSkillCertificates." + settings.nationalSkillCertificates(), locale),
                text("indicators.workersAbroad." + settings.workersAbroad(), locale));
    }

    private Table communes(IndicatorReport report, Locale locale) {
        List<String> headers = new ArrayList<>(List.of(text("indicators.col.code", locale), text("indicators.col.commune", locale),
                text("indicators.col.kind", locale)));
        headers.addAll(figureHeaders(locale));
        headers.addAll(List.of(text("indicators.col.expectedTrained", locale), text("indicators.col.expectedCertified", locale),
                text("indicators.col.trainedStatus", locale), text("indicators.col.certifiedStatus", locale),
                text("indicators.col.trainedPerYear", locale),
                text("indicators.col.certifiedPerYear", locale), text("indicators.col.unmatched", locale)));
        List<Line> lines = report.communes().stream().map(c -> {
            List<Object> cells = new ArrayList<>(List.of(c.code(), catalog.commune(c.code()).map(x -> x.name()).orElse(c.code()),
                    text("indicators.kind." + c.kind(), locale)));
            cells.addAll(figureCells(c.figure(), c.baselineYear(), locale));
            Progress p = c.progress();
            cells.add(p.expectedTrainedRate());
            cells.add(p.expectedCertifiedRate());
            cells.add(text("indicators.status." + p.trainedStatus(), locale));
            cells.add(text("indicators.status." + p.certifiedStatus(), locale));
            cells.add(c.figure().isEmpty() ? null : p.trainedPerYear());
            cells.add(c.figure().isEmpty() ? null : p.certifiedPerYear());
            cells.add(c.unmatched());
            return new Line(cells, locale, p.overall(), c.code());
        }).toList();
        return new Table(Kind.communes, text("indicators.table.communes", locale), headers, lines);
    }

    /** A frozen report beside today's, for the province and each commune: as reported, and as computed now. */
    Table comparison(IndicatorReport frozen, IndicatorReport today, Locale locale) {
        List<String> headers = new ArrayList<>(List.of(text("indicators.col.code", locale), text("indicators.col.commune", locale)));
        for (String when : List.of("frozen", "today")) {
            for (String column : List.of("population", "trainedRate", "certifiedRate")) {
                headers.add(text("indicators.col." + column, locale) + " (" + text("indicators.snapshot." + when, locale) + ")");
            }
        }
        List<Line> lines = new ArrayList<>();
        lines.add(comparisonLine("", text("indicators.province", locale), frozen.headline(), today.headline(), locale));
        java.util.Map<String, Figure> now = new java.util.HashMap<>();
        today.communes().forEach(c -> now.put(c.code(), c.figure()));
        for (IndicatorReport.CommuneFigure c : frozen.communes()) {
            lines.add(comparisonLine(c.code(), catalog.commune(c.code()).map(x -> x.name()).orElse(c.code()), c.figure(),
                    now.getOrDefault(c.code(), Figure.NONE), locale));
        }
        return new Table(Kind.comparison, text("indicators.table.comparison", locale), headers, lines);
    }

    private static Line comparisonLine(String code, String name, Figure frozen, Figure today, Locale locale) {
        List<Object> cells = new ArrayList<>(List.of(code, name));
        for (Figure f : List.of(frozen, today)) {
            cells.add(f.population());
            cells.add(f.trainedRate());
            cells.add(f.certifiedRate());
        }
        return new Line(cells, locale, null, code.isEmpty() ? null : code);
    }

    private Table breakdown(Kind kind, List<IndicatorReport.Row> rows, Function<String, String> label, Locale locale) {
        List<String> headers = new ArrayList<>(List.of(text("indicators.col." + kind, locale)));
        headers.addAll(figureHeaders(locale));
        List<Line> lines = rows.stream().map(r -> {
            List<Object> cells = new ArrayList<>(List.of(label.apply(r.key())));
            cells.addAll(figureCells(r.figure(), null, locale));
            return new Line(cells, locale, null, null);
        }).toList();
        return new Table(kind, text("indicators.table." + kind, locale), headers, lines);
    }

    private Table trend(IndicatorReport report, Locale locale) {
        List<String> headers = new ArrayList<>(List.of(text("indicators.col.year", locale)));
        headers.addAll(figureHeaders(locale));
        List<Line> lines = report.trend().stream().map(y -> {
            List<Object> cells = new ArrayList<>(List.of(String.valueOf(y.year())));
            cells.addAll(figureCells(y.figure(), null, locale));
            return new Line(cells, locale, null, null);
        }).toList();
        return new Table(Kind.trend, text("indicators.table.trend", locale), headers, lines);
    }

    private List<String> figureHeaders(Locale locale) {
        return List.of(text("indicators.col.population", locale), text("indicators.col.trained", locale),
                text("indicators.col.trainedRate", locale), text("indicators.col.certified", locale),
                text("indicators.col.certifiedRate", locale), text("indicators.col.source", locale));
    }

    private List<Object> figureCells(Figure f, Integer baselineYear, Locale locale) {
        List<Object> cells = new ArrayList<>();
        cells.add(f.population());
        cells.add(f.trained());
        cells.add(f.trainedRate());
        cells.add(f.certified());
        cells.add(f.certifiedRate());
        cells.add(baselineYear == null ? text("indicators.source." + f.source(), locale)
                : text("indicators.source.baselineOf", locale, baselineYear));
        return cells;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** A cell as the page shows it: numbers in the reader's notation (1.234 and 41,0 in Vietnamese). */
    private static String display(Object cell, Locale locale) {
        if (cell instanceof BigDecimal rate) {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMinimumFractionDigits(1);
            format.setMaximumFractionDigits(1);
            return format.format(rate);
        }
        if (cell instanceof Long count) {
            return NumberFormat.getIntegerInstance(locale).format(count);
        }
        return format(cell);
    }

    /** A cell as the CSV export writes it: plain numbers, percentages with one decimal, a dash for no value. */
    static String format(Object cell) {
        if (cell == null) {
            return "—";
        }
        if (cell instanceof BigDecimal rate) {
            return rate.toPlainString();
        }
        return cell.toString();
    }
}
