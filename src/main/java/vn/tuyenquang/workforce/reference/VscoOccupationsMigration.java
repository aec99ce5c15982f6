package vn.tuyenquang.workforce.reference;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 28: VSCO 2020 (Danh mục nghề nghiệp Việt Nam, Quyết định 34/2020/QĐ-TTg) becomes the occupation
 * list, from {@code reference/occupations-vsco2020.csv} and its job titles from
 * {@code reference/occupation-titles-vsco2020.csv} (provenance in SOURCES.md beside them). Every stored code stays:
 * a code both lists have keeps its rows and gains its Vietnamese title; its ISCO-08 English title stays only where
 * the code means the same in both ({@code isco08_same_code} is {@code yes}; never 3355, which VSCO uses for forest
 * rangers, nor groups 0 and 1). A code only ISCO-08 has stays for the records that use it, is no longer offered,
 * and each one in use is reported in the log for the department to review; nothing is changed silently.
 */
@Component
class VscoOccupationsMigration implements JavaMigration {

    private static final Logger log = LoggerFactory.getLogger(VscoOccupationsMigration.class);
    static final String OCCUPATIONS = "reference/occupations-vsco2020.csv";
    static final String TITLES = "reference/occupation-titles-vsco2020.csv";
    /** The tables that store an occupation code, for the report of ISCO-08-only codes in use. */
    private static final List<String> USES = List.of("course", "certificate", "person_qualification", "vacancy",
            "placement");

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("28");
    }

    @Override
    public String getDescription() {
        return "vsco 2020 occupations";
    }

    @Override
    public Integer getChecksum() {
        return ReferenceListsMigration.checksumOf(List.of(OCCUPATIONS, TITLES));
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        Set<String> stored = new HashSet<>();
        try (Statement sql = db.createStatement(); ResultSet codes = sql.executeQuery("select code from occupation")) {
            while (codes.next()) {
                stored.add(codes.getString(1));
            }
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (var reader = new InputStreamReader(new ClassPathResource(OCCUPATIONS).getInputStream(), StandardCharsets.UTF_8);
             var rows = format.parse(reader);
             PreparedStatement update = db.prepareStatement("""
                     update occupation set title_vi = ?, vsco = true,
                         title_en = case when ? then title_en else null end
                     where code = ?""");
             PreparedStatement insert = db.prepareStatement(
                     "insert into occupation (code, level, title_en, title_vi, vsco) values (?, ?, null, ?, true)")) {
            for (CSVRecord row : rows) {
                String code = row.get("code");
                if (stored.contains(code)) {
                    update.setString(1, row.get("title_vi"));
                    update.setBoolean(2, meansTheSameInIsco(code, row.get("isco08_same_code")));
                    update.setString(3, code);
                    update.addBatch();
                } else {
                    insert.setString(1, code);
                    insert.setInt(2, Integer.parseInt(row.get("level")));
                    insert.setString(3, row.get("title_vi"));
                    insert.addBatch();
                }
            }
            update.executeBatch();
            insert.executeBatch();
        }
        ReferenceListsMigration.insert(db, TITLES, "insert into occupation_title (code, title_vi) values (?, ?)",
                (row, sql) -> {
                    sql.setString(1, row.get("code"));
                    sql.setString(2, row.get("title_vi"));
                });
        reportIscoOnlyCodesInUse(db);
    }

    /** Whether ISCO-08's English title may stand for the code: the same code with the same meaning. */
    static boolean meansTheSameInIsco(String code, String sameCode) {
        return "yes".equals(sameCode) && !code.equals("3355") && !code.startsWith("0") && !code.startsWith("1");
    }

    private static void reportIscoOnlyCodesInUse(Connection db) throws SQLException {
        for (String table : USES) {
            try (Statement sql = db.createStatement(); ResultSet used = sql.executeQuery(
                    "select t.occupation_code, count(*) from " + table + " t join occupation o on o.code = t.occupation_code"
                            + " where not o.vsco group by t.occupation_code order by t.occupation_code")) {
                while (used.next()) {
                    log.warn("Occupation code {} (ISCO-08, not in VSCO 2020) is used by {} rows of {}: kept as it is;"
                            + " the department should review it.", used.getString(1), used.getLong(2), table);
                }
            }
        }
    }
}
