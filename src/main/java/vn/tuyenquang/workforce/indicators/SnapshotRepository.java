package vn.tuyenquang.workforce.indicators;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SnapshotRepository {

    /** A snapshot as stored: its report as JSON. */
    record Stored(int year, String reportJson, String frozenBy, Instant frozenAt) {
    }

    private final JdbcClient jdbc;

    SnapshotRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(int year, String settingsJson, String reportJson, String frozenBy, Instant frozenAt) {
        jdbc.sql("insert into indicator_snapshot (report_year, settings, report, frozen_by, frozen_at) values (?, ?, ?, ?, ?)")
                .params(year, settingsJson, reportJson, frozenBy, Timestamp.from(frozenAt)).update();
    }

    Optional<Stored> find(int year) {
        return jdbc.sql("select * from indicator_snapshot where report_year = ?").param(year)
                .query((rs, n) -> new Stored(rs.getInt("report_year"), rs.getString("report"), rs.getString("frozen_by"),
                        rs.getTimestamp("frozen_at").toInstant()))
                .optional();
    }

    List<Integer> years() {
        return jdbc.sql("select report_year from indicator_snapshot order by report_year desc").query(Integer.class).list();
    }
}
