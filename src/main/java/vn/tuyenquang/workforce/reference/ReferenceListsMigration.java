package vn.tuyenquang.workforce.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.zip.CRC32;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 3: loads the reference lists from the CSV files shipped in {@code reference/} (their
 * provenance is in SOURCES.md beside them). The checksum covers the files, so editing a list after it was
 * loaded fails validation: a correction is a new migration, as for any schema change.
 */
@Component
class ReferenceListsMigration implements JavaMigration {

    private static final String COMMUNES = "reference/tuyen-quang-communes.csv";
    private static final String ETHNIC_GROUPS = "reference/ethnic-groups.csv";
    private static final String OCCUPATION_GROUPS = "reference/occupation-groups-isco08.csv";
    private static final String OCCUPATIONS = "reference/occupations-isco08.csv";
    private static final String QUALIFICATION_LEVELS = "reference/qualification-levels.csv";
    private static final List<String> FILES = List.of(COMMUNES, ETHNIC_GROUPS, OCCUPATION_GROUPS, OCCUPATIONS,
            QUALIFICATION_LEVELS);

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("3");
    }

    @Override
    public String getDescription() {
        return "load reference lists";
    }

    @Override
    public Integer getChecksum() {
        return checksumOf(FILES);
    }

    /** The checksum of the files a migration loads, so that editing one after it ran is caught. */
    static int checksumOf(List<String> files) {
        CRC32 crc = new CRC32();
        for (String file : files) {
            try (InputStream in = new ClassPathResource(file).getInputStream()) {
                crc.update(in.readAllBytes());
            } catch (IOException e) {
                throw new IllegalStateException("Reference list " + file + " is missing", e);
            }
        }
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        insert(db, COMMUNES, "insert into commune (code, name, kind, province_code, latitude, longitude)"
                + " values (?, ?, ?, ?, ?, ?)", (row, sql) -> {
            sql.setString(1, row.get("code"));
            sql.setString(2, row.get("name"));
            sql.setString(3, row.get("type"));
            sql.setString(4, row.get("province_code"));
            sql.setBigDecimal(5, new BigDecimal(row.get("lat")));
            sql.setBigDecimal(6, new BigDecimal(row.get("lon")));
        });
        insert(db, ETHNIC_GROUPS, "insert into ethnic_group (code, name, name_qcvn109) values (?, ?, ?)",
                (row, sql) -> {
                    sql.setString(1, row.get("code"));
                    sql.setString(2, row.get("name"));
                    sql.setString(3, row.get("name_qcvn109"));
                });
        String occupation = "insert into occupation (code, level, title_en, title_vi) values (?, ?, ?, ?)";
        insert(db, OCCUPATION_GROUPS, occupation, (row, sql) -> {
            sql.setString(1, row.get("code"));
            sql.setInt(2, Integer.parseInt(row.get("level")));
            sql.setString(3, row.get("title_en"));
            sql.setString(4, emptyToNull(row.get("title_vi")));
        });
        insert(db, OCCUPATIONS, occupation, (row, sql) -> {
            sql.setString(1, row.get("code"));
            sql.setInt(2, 4);
            sql.setString(3, row.get("title_en"));
            sql.setString(4, emptyToNull(row.get("title_vi")));
        });
        insert(db, QUALIFICATION_LEVELS, "insert into qualification_level (code, ordinal, name_vi, name_en, vqf_level,"
                + " min_duration_months, counts_as_trained, counts_as_certified, notes)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)", (row, sql) -> {
            sql.setString(1, row.get("code"));
            // The file lists levels from lowest to highest.
            sql.setInt(2, (int) row.getRecordNumber());
            sql.setString(3, row.get("name_vi"));
            sql.setString(4, row.get("name_en"));
            sql.setString(5, emptyToNull(row.get("vqf_level")));
            String months = row.get("min_duration_months");
            sql.setObject(6, months.isEmpty() ? null : Integer.valueOf(months), Types.SMALLINT);
            sql.setString(7, countsAsTrained(row.get("counts_as_trained")));
            sql.setBoolean(8, Boolean.parseBoolean(row.get("counts_as_certified")));
            sql.setString(9, row.get("notes"));
        });
    }

    interface RowBinder {
        void bind(CSVRecord row, PreparedStatement sql) throws SQLException;
    }

    static void insert(Connection db, String file, String statement, RowBinder binder)
            throws IOException, SQLException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (var reader = new InputStreamReader(new ClassPathResource(file).getInputStream(), StandardCharsets.UTF_8);
             var rows = format.parse(reader);
             PreparedStatement sql = db.prepareStatement(statement)) {
            for (CSVRecord row : rows) {
                binder.bind(row, sql);
                sql.addBatch();
            }
            sql.executeBatch();
        }
    }

    private static String countsAsTrained(String value) {
        return switch (value) {
            case "true" -> "YES";
            case "false" -> "NO";
            case "conditional" -> "CONDITIONAL";
            default -> throw new IllegalArgumentException("counts_as_trained must be true, false or conditional: " + value);
        };
    }

    private static String emptyToNull(String value) {
        return value.isBlank() ? null : value;
    }
}
