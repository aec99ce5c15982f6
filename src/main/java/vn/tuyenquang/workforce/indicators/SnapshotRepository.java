package vn.tuyenquang.workforce.indicators;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The indicator_snapshot table: rows are only ever added. A year has at most one final row and any number of
 * provisional ones before it; the one in force is the final, else the latest provisional.
 */
@Repository
class SnapshotRepository {

    /** A snapshot as stored: its report as JSON. */
    record Stored(int year, String reportJson, String frozenBy, Instant frozenAt, boolean provisional) {
    }

    private final JdbcClient jdbc;

    SnapshotRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(int year, String settingsJson, String reportJson, String frozenBy, Instant frozenAt, boolean provisional) {
        jdbc.sql("""
                        insert into indicator_snapshot (report_year, final_year, settings, report, frozen_by, frozen_at,
                                                        provisional)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(year, provisional ? null : year, settingsJson, reportJson, frozenBy, Timestamp.from(frozenAt),
                        provisional)
                .update();
    }

    Optional<Stored> find(int year) {
        return jdbc.sql("""
                        select * from indicator_snapshot where report_year = ?
                        order by provisional, frozen_at desc, id desc fetch first 1 rows only""")
                .param(year)
                .query((rs, n) -> new Stored(rs.getInt("report_year"), rs.getString("report"), rs.getString("frozen_by"),
                        rs.getTimestamp("frozen_at").toInstant(), rs.getBoolean("provisional")))
                .optional();
    }

    List<Integer> years() {
        return jdbc.sql("select distinct report_year from indicator_snapshot order by report_year desc")
                .query(Integer.class).list();
    }
}
