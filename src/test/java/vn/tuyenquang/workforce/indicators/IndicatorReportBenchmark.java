package vn.tuyenquang.workforce.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tuyenquang.workforce.IntegrationTest;
import vn.tuyenquang.workforce.demo.SyntheticProvince;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.text.VietnameseText;

/**
 * The full province report (every commune, phường and xã, sex, ethnic group, age band, the years from the
 * baseline year, the path) on a generated register of 1,100,000 persons, beside the equivalent
 * hand-written GROUPING SETS query in the same run. Prints both; asserts only that they agree. Run with
 * {@code ./mvnw -Pbenchmark verify -Dtest=IndicatorReportBenchmark} ({@code -Dbenchmark.persons=N} for
 * another size).
 */
@Tag("benchmark")
@IntegrationTest
class IndicatorReportBenchmark {

    static final int RUNS = 7;

    @Autowired
    Indicators indicators;

    @Autowired
    ReferenceCatalog reference;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void computesTheProvinceReportOnAGeneratedRegister() throws Exception {
        int persons = Integer.getInteger("benchmark.persons", 1_100_000);
        long loading = System.nanoTime();
        load(persons);
        double loaded = seconds(loading);
        int year = indicators.currentYear();
        IndicatorSettings settings = indicators.defaultSettings();

        IndicatorReport report = indicators.report(Optional.empty(), year, settings);
        Map<String, long[]> raw = groupingSets(year, settings);
        double[] reportTimes = new double[RUNS];
        double[] rawTimes = new double[RUNS];
        double[] servedTimes = new double[RUNS];
        double[] otherSettingTimes = new double[RUNS];
        double[] communeTimes = new double[RUNS];
        IndicatorSettings other = new IndicatorSettings(!settings.shortCourses(), !settings.informalSkills(),
                Denominator.EMPLOYED, NationalSkillCertificates.CERTIFIED);
        String oneCommune = reference.communes().get(0).code();
        for (int i = 0; i < RUNS; i++) {
            // A change of the register (the version moved): the report counts the register again ...
            jdbc.sql("select nextval('register_version')").query(Long.class).single();
            reportTimes[i] = time(() -> indicators.report(Optional.empty(), year, settings));
            // ... and the views after it are served from that count.
            servedTimes[i] = time(() -> indicators.report(Optional.empty(), year, settings));
            // ... and so are other settings and a commune's page: one count answers them all.
            otherSettingTimes[i] = time(() -> indicators.report(Optional.empty(), year, other));
            communeTimes[i] = time(() -> indicators.report(Optional.of(oneCommune), year, other));
            rawTimes[i] = time(() -> groupingSets(year, settings));
        }
        double reportMedian = median(reportTimes);
        double servedMedian = median(servedTimes);
        double rawMedian = median(rawTimes);

        System.out.printf(Locale.ROOT, """

                ==== Indicator report benchmark: %,d persons in the register over %d communes (loaded in %.1f s) ====
                Year %d, years %d-%d, settings %s
                Hand-written GROUPING SETS query (baseline): median %6.0f ms  (min %.0f, max %.0f)
                Application's full province report:          median %6.0f ms  (min %.0f, max %.0f)  (%.2f x the query)
                The same, served from the count already made: median %6.1f ms  (min %.1f, max %.1f)  (%.3f x the query)
                Other settings (%s), same count:  median %6.1f ms  (min %.1f, max %.1f)
                A commune's page, same count:                median %6.1f ms  (min %.1f, max %.1f)
                Headline: %,d of %,d trained (%s %%), %,d certified (%s %%)
                ================================================================================
                %n""", persons, reference.communes().size(), loaded, year, report.trend().get(0).year(), year,
                settings, rawMedian * 1000, min(rawTimes) * 1000, max(rawTimes) * 1000, reportMedian * 1000,
                min(reportTimes) * 1000, max(reportTimes) * 1000, reportMedian / rawMedian, servedMedian * 1000,
                min(servedTimes) * 1000, max(servedTimes) * 1000, servedMedian / rawMedian,
                "short courses " + other.shortCourses() + ", informal " + other.informalSkills() + ", employed, national certified",
                median(otherSettingTimes) * 1000, min(otherSettingTimes) * 1000, max(otherSettingTimes) * 1000,
                median(communeTimes) * 1000, min(communeTimes) * 1000, max(communeTimes) * 1000,
                report.headline().trained(), report.headline().population(), report.headline().trainedRate(),
                report.headline().certified(), report.headline().certifiedRate());

        long[] total = raw.get("total");
        assertThat(report.headline()).isEqualTo(new Figure(total[0], total[1], total[2], Source.REGISTER));
        for (IndicatorReport.CommuneFigure commune : report.communes()) {
            long[] counted = raw.getOrDefault("commune:" + commune.code(), new long[3]);
            assertThat(new long[]{commune.figure().population(), commune.figure().trained(), commune.figure().certified()})
                    .as(commune.code()).containsExactly(counted);
        }
        for (IndicatorReport.Row band : report.byAgeBand()) {
            long[] counted = raw.get("band:" + band.key());
            assertThat(band.figure().population()).as(band.key()).isEqualTo(counted[0]);
        }
    }

    /**
     * What a person would write by hand for the same figures: one GROUPING SETS query over the register
     * for the year reported, by commune, sex, ethnic group and age band, and the total.
     */
    private Map<String, long[]> groupingSets(int year, IndicatorSettings settings) {
        LocalDate day = LocalDate.of(year, 12, 31);
        String trained = "certified_since <= :day" + (settings.shortCourses() ? " or short_course_since <= :day" : "")
                + (settings.informalSkills() ? " or informal_since <= :day" : "");
        StringBuilder band = new StringBuilder("case");
        AgeBand[] bands = AgeBand.values();
        for (int i = bands.length - 1; i > 0; i--) {
            band.append(" when birth_date <= date '").append(day.minusYears(bands[i].from())).append("' then '")
                    .append(bands[i].name()).append('\'');
        }
        band.append(" else '").append(bands[0].name()).append("' end");
        Map<String, long[]> rows = new HashMap<>();
        jdbc.sql("select grouping(commune_code) gc, grouping(sex) gs, grouping(ethnic_code) ge, grouping(band) gb,"
                        + " commune_code, sex, ethnic_code, band, count(*) p,"
                        + " count(*) filter (where " + trained + ") t, count(*) filter (where certified_since <= :day) c"
                        + " from (select *, " + band + " as band from person"
                        + "       where birth_date <= :adult and register_since <= :day and labour_status in (:statuses)) register"
                        + " group by grouping sets ((commune_code), (sex), (ethnic_code), (band), ())")
                .param("day", Date.valueOf(day))
                .param("adult", Date.valueOf(day.minusYears(AgeBand.WORKING_AGE)))
                .param("statuses", settings.denominator() == Denominator.EMPLOYED
                        ? List.of("EMPLOYED") : List.of("EMPLOYED", "UNEMPLOYED"))
                .query(rs -> {
                    String key = rs.getInt("gc") == 0 ? "commune:" + rs.getString("commune_code")
                            : rs.getInt("gs") == 0 ? "sex:" + rs.getString("sex")
                            : rs.getInt("ge") == 0 ? "ethnic:" + rs.getString("ethnic_code")
                            : rs.getInt("gb") == 0 ? "band:" + rs.getString("band") : "total";
                    rows.put(key, new long[]{rs.getLong("p"), rs.getLong("t"), rs.getLong("c")});
                });
        return rows;
    }

    /** Writes the generated register to a file and copies it into the person table. */
    private void load(int persons) throws Exception {
        Path file = Files.createDirectories(Path.of("target/benchmark")).resolve("register-" + persons + ".csv");
        SyntheticProvince province = new SyntheticProvince(2030, reference.communes());
        String now = java.time.Instant.now().toString();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < persons; i++) {
                SyntheticProvince.Resident r = province.nextResident();
                out.write(String.join(",", UUID.randomUUID().toString(), r.citizenId(), r.fullName(),
                        VietnameseText.fold(r.fullName()), r.birthDate().toString(), r.male() ? "MALE" : "FEMALE",
                        r.ethnicCode(), r.communeCode(), r.labourStatus(), "false", text(r.highestLevel()),
                        String.valueOf(r.certifiedSince() != null), now, now, text(r.certifiedSince()),
                        text(r.shortCourseSince()), text(r.informalSince()), r.birthDate().toString()));
                out.write('\n');
            }
        }
        try (Connection connection = dataSource.getConnection(); Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    copy person (id, citizen_id, full_name, full_name_folded, birth_date, sex, ethnic_code, commune_code,
                                 labour_status, consent_to_be_found, highest_level_code, certified, created_at, updated_at,
                                 certified_since, short_course_since, informal_since, register_since)
                    from stdin with (format csv)""", in);
        }
        jdbc.sql("vacuum analyze person").update();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static double time(Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        return seconds(start);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
