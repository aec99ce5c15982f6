package vn.tuyenquang.workforce.indicators;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/** The frozen reports as stored: each the whole report in JSON, with its settings, who froze it and when. */
@Component
class FrozenReports {

    private final SnapshotRepository snapshots;
    private final ObjectMapper json;

    FrozenReports(SnapshotRepository snapshots, ObjectMapper json) {
        this.snapshots = snapshots;
        this.json = json;
    }

    /** The year's snapshot in force: its final one, else its latest provisional one. */
    Optional<Snapshot> find(int year) {
        return snapshots.find(year).map(stored -> new Snapshot(stored.year(), read(stored.reportJson()),
                stored.frozenBy(), stored.frozenAt(), stored.provisional()));
    }

    List<Integer> years() {
        return snapshots.years();
    }

    void add(IndicatorReport report, String frozenBy, Instant frozenAt, boolean provisional) {
        snapshots.insert(report.year(), write(report.settings()), write(report), frozenBy, frozenAt, provisional);
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
