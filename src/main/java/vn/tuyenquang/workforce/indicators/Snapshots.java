package vn.tuyenquang.workforce.indicators;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuyenquang.workforce.accounts.AuditTrail;
import vn.tuyenquang.workforce.accounts.CurrentUser;

/**
 * Freezes a year's province report as reported. A frozen year is stored as the whole report (JSON) and
 * is never recomputed, changed or removed (on PostgreSQL a trigger refuses it too); freezing a year
 * twice is refused.
 */
@Service
public class Snapshots {

    private final Indicators indicators;
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final AuditTrail audit;
    private final Clock clock;

    Snapshots(Indicators indicators, JdbcClient jdbc, ObjectMapper json, AuditTrail audit, Clock clock) {
        this.indicators = indicators;
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Snapshot freeze(CurrentUser user, int year, IndicatorSettings settings) {
        if (find(year).isPresent()) {
            throw new IndicatorException("indicators.snapshot.exists", "year");
        }
        IndicatorReport report = indicators.report(Optional.empty(), year, settings);
        Snapshot snapshot = new Snapshot(year, report, user.getUsername(), clock.instant());
        jdbc.sql("insert into indicator_snapshot (report_year, settings, report, frozen_by, frozen_at) values (?, ?, ?, ?, ?)")
                .params(year, write(settings), write(report), snapshot.frozenBy(), Timestamp.from(snapshot.frozenAt()))
                .update();
        audit.created("indicator_snapshot", year, Map.of("year", year, "settings", settings,
                "trained", report.headline().trained(), "certified", report.headline().certified(),
                "population", report.headline().population()));
        return snapshot;
    }

    /** The frozen snapshot of the year; refused when the year was never frozen. */
    public Snapshot get(int year) {
        return find(year).orElseThrow(() -> new IndicatorException("indicators.snapshot.notFound", "year"));
    }

    public Optional<Snapshot> find(int year) {
        return jdbc.sql("select * from indicator_snapshot where report_year = ?").param(year)
                .query((rs, n) -> new Snapshot(rs.getInt("report_year"), read(rs.getString("report")),
                        rs.getString("frozen_by"), rs.getTimestamp("frozen_at").toInstant()))
                .optional();
    }

    /** The frozen years, newest first. */
    public List<Integer> years() {
        return jdbc.sql("select report_year from indicator_snapshot order by report_year desc").query(Integer.class).list();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the snapshot", e);
        }
    }

    private IndicatorReport read(String report) {
        try {
            return json.readValue(report, IndicatorReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read the snapshot", e);
        }
    }
}
