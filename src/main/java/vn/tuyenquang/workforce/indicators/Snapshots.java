package vn.tuyenquang.workforce.indicators;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
    private final SnapshotRepository snapshots;
    private final ObjectMapper json;
    private final AuditTrail audit;
    private final Clock clock;

    Snapshots(Indicators indicators, SnapshotRepository snapshots, ObjectMapper json, AuditTrail audit, Clock clock) {
        this.indicators = indicators;
        this.snapshots = snapshots;
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
        snapshots.insert(year, write(settings), write(report), snapshot.frozenBy(), snapshot.frozenAt());
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
        return snapshots.find(year)
                .map(stored -> new Snapshot(stored.year(), read(stored.reportJson()), stored.frozenBy(), stored.frozenAt()));
    }

    /** The frozen years, newest first. */
    public List<Integer> years() {
        return snapshots.years();
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
