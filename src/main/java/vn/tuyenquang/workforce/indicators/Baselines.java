package vn.tuyenquang.workforce.indicators;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuyenquang.workforce.accounts.AuditTrail;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;

/**
 * The communes' baselines, entered by the department where no per-person survey exists yet, and the
 * surveys that replace them.
 */
@Service
public class Baselines {

    /** What the department enters: a commune's labour force aged 15+ in a year, and how many are trained and certified. */
    public record Entry(String communeCode, int year, long labourForce, long trained, long certified, String sourceNote) {
    }

    private final CoverageRepository coverage;
    private final ReferenceCatalog catalog;
    private final AuditTrail audit;
    private final Clock clock;

    Baselines(CoverageRepository coverage, ReferenceCatalog catalog, AuditTrail audit, Clock clock) {
        this.coverage = coverage;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
    }

    public List<CommuneBaseline> all() {
        return coverage.baselines();
    }

    /** Adds the baseline, or replaces the commune's baseline of that year. */
    @Transactional
    public CommuneBaseline record(CurrentUser user, Entry entry) {
        if (catalog.commune(entry.communeCode()).isEmpty()) {
            throw new IndicatorException("indicators.commune.unknown", "communeCode");
        }
        if (entry.trained() > entry.labourForce()) {
            throw new IndicatorException("baseline.trained.exceeds", "trained");
        }
        if (entry.certified() > entry.trained()) {
            throw new IndicatorException("baseline.certified.exceeds", "certified");
        }
        CommuneBaseline previous = coverage.baseline(entry.communeCode(), entry.year()).orElse(null);
        CommuneBaseline baseline = new CommuneBaseline(entry.communeCode(), entry.year(), entry.labourForce(),
                entry.trained(), entry.certified(), entry.sourceNote().strip(), user.getUsername(), clock.instant());
        coverage.save(baseline);
        String id = entry.communeCode() + "/" + entry.year();
        if (previous == null) {
            audit.created("commune_baseline", id, figures(baseline));
        } else {
            audit.changed("commune_baseline", id, figures(previous), figures(baseline));
        }
        return baseline;
    }

    /**
     * A per-person labour-supply survey of {@code year} now covers these communes: from that year on they
     * rest on the register instead of their baselines.
     */
    @Transactional
    public void surveyed(java.util.Collection<String> communeCodes, int year) {
        communeCodes.forEach(code -> coverage.recordSurvey(code, year, clock.instant()));
    }

    private static Map<String, Object> figures(CommuneBaseline b) {
        return Map.of("labourForce", b.labourForce(), "trained", b.trained(), "certified", b.certified(),
                "sourceNote", b.sourceNote());
    }
}
