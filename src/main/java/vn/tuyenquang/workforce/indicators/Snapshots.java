package vn.tuyenquang.workforce.indicators;

import vn.tuyenquang.workforce.system.ProvinceTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuyenquang.workforce.accounts.AuditTrail;
import vn.tuyenquang.workforce.accounts.CurrentUser;

/**
 * Freezes a year's province report as reported, with the settings it was computed with, who froze it and when. A
 * frozen report is stored whole (JSON) and never recomputed, changed or removed (on PostgreSQL a trigger refuses it
 * too). A year is counted as of its 31 December, so it can be frozen as final only once that day has passed; before,
 * only as provisional. A provisional snapshot is superseded by the next one; a final one never.
 */
@Service
public class Snapshots {

    private final Indicators indicators;
    private final FrozenReports frozen;
    private final AuditTrail audit;
    private final Clock clock;

    Snapshots(Indicators indicators, FrozenReports frozen, AuditTrail audit, Clock clock) {
        this.indicators = indicators;
        this.frozen = frozen;
        this.audit = audit;
        this.clock = clock;
    }

    /** What freezing the year would store: the report as it is now, with these settings. */
    public IndicatorReport preview(int year, IndicatorSettings settings) {
        return indicators.report(Optional.empty(), year, settings);
    }

    /** Whether the year can be frozen as final today (its 31 December has passed). */
    public boolean mayBeFinal(int year) {
        return ProvinceTime.today(clock).isAfter(LocalDate.of(year, 12, 31));
    }

    @Transactional
    public Snapshot freeze(CurrentUser user, int year, IndicatorSettings settings, boolean provisional) {
        if (!provisional && !mayBeFinal(year)) {
            throw new IndicatorException("indicators.snapshot.beforeYearEnd", "provisional");
        }
        Optional<Snapshot> current = frozen.find(year);
        if (current.isPresent() && !current.get().provisional()) {
            throw new IndicatorException("indicators.snapshot.exists", "year");
        }
        IndicatorReport report = indicators.reportStartingThePath(year, settings);
        Snapshot snapshot = new Snapshot(year, report, user.getUsername(), clock.instant(), provisional);
        try {
            frozen.add(report, snapshot.frozenBy(), snapshot.frozenAt(), provisional);
        } catch (DuplicateKeyException frozenMeanwhile) {
            // Another request froze the year as final while this one computed the report: the first one stands.
            throw new IndicatorException("indicators.snapshot.exists", "year");
        }
        audit.created("indicator_snapshot", year, Map.of("year", year, "settings", settings, "provisional", provisional,
                "trained", report.headline().trained(), "certified", report.headline().certified(),
                "population", report.headline().population()));
        return snapshot;
    }

    /** The frozen snapshot of the year; refused when the year was never frozen. */
    public Snapshot get(int year) {
        return find(year).orElseThrow(() -> new IndicatorException("indicators.snapshot.notFound", "year"));
    }

    public Optional<Snapshot> find(int year) {
        return frozen.find(year);
    }

    /** The frozen years, newest first. */
    public List<Integer> years() {
        return frozen.years();
    }
}
