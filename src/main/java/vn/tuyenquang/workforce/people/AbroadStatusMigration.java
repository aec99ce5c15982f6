package vn.tuyenquang.workforce.people;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 53 (issue 31): a person's labour status may be {@code ABROAD}, working abroad under contract, in the
 * register ({@code person.labour_status}) and its dated history ({@code labour_status_period.status}). The checks that
 * list the statuses were written inline, so each database named them itself (H2 differently from PostgreSQL): they are
 * found by what they check, dropped, and written again, named, with the new status.
 */
@Component
class AbroadStatusMigration implements JavaMigration {

    static final String STATUSES = "('EMPLOYED', 'UNEMPLOYED', 'OUTSIDE_LABOUR_FORCE', 'ABROAD')";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("53");
    }

    @Override
    public String getDescription() {
        return "labour status abroad";
    }

    @Override
    public Integer getChecksum() {
        return STATUSES.hashCode();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        widen(db, "person", "labour_status");
        widen(db, "labour_status_period", "status");
    }

    private static void widen(Connection db, String table, String column) throws SQLException {
        List<String> checks = new ArrayList<>();
        try (PreparedStatement found = db.prepareStatement("""
                select c.constraint_name from information_schema.table_constraints t
                join information_schema.check_constraints c on c.constraint_name = t.constraint_name
                    and c.constraint_schema = t.constraint_schema
                where upper(t.table_name) = upper(?) and t.constraint_type = 'CHECK'
                    and c.check_clause like '%OUTSIDE_LABOUR_FORCE%'""")) {
            found.setString(1, table);
            try (ResultSet rs = found.executeQuery()) {
                while (rs.next()) {
                    checks.add(rs.getString(1));
                }
            }
        }
        try (Statement alter = db.createStatement()) {
            for (String check : checks) {
                alter.execute("alter table " + table + " drop constraint \"" + check + "\"");
            }
            alter.execute("alter table " + table + " add constraint " + table + "_" + column + "_known check (" + column
                    + " in " + STATUSES + ")");
        }
    }
}
