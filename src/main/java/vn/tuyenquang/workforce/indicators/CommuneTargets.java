package vn.tuyenquang.workforce.indicators;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuyenquang.workforce.accounts.AuditTrail;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;

/**
 * A commune's own targets for the target year, where the department sets them apart from the province's (a commune
 * far behind, or far ahead): recorded with who, when and why, every change audited. The commune's path runs from its
 * own frozen baseline to its own targets; the province's stays the province's.
 */
@Service
public class CommuneTargets {

    /** What the department enters: the two targets in percent, and why this commune differs. */
    public record Entry(String communeCode, BigDecimal trained, BigDecimal certified, String reason) {
    }

    static final String RECORD_TYPE = "commune_target";

    private final CommuneTargetRepository targets;
    private final ReferenceCatalog catalog;
    private final AuditTrail audit;
    private final Clock clock;

    CommuneTargets(CommuneTargetRepository targets, ReferenceCatalog catalog, AuditTrail audit, Clock clock) {
        this.targets = targets;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
    }

    public List<CommuneTarget> all() {
        return targets.all();
    }

    Map<String, CommuneTarget> byCommune() {
        return all().stream().collect(Collectors.toMap(CommuneTarget::communeCode, Function.identity()));
    }

    /** Sets the commune's own targets, or replaces them. */
    @Transactional
    public CommuneTarget set(CurrentUser user, Entry entry) {
        if (catalog.commune(entry.communeCode()).isEmpty()) {
            throw new IndicatorException("indicators.commune.unknown", "communeCode");
        }
        if (entry.certified().compareTo(entry.trained()) > 0) {
            throw new IndicatorException("target.certified.exceeds", "certified");
        }
        Optional<CommuneTarget> previous = targets.find(entry.communeCode());
        CommuneTarget target = new CommuneTarget(entry.communeCode(), entry.trained(), entry.certified(),
                entry.reason().strip(), user.getUsername(), clock.instant());
        targets.save(target);
        previous.ifPresentOrElse(p -> audit.changed(RECORD_TYPE, target.communeCode(), values(p), values(target)),
                () -> audit.created(RECORD_TYPE, target.communeCode(), values(target)));
        return target;
    }

    private static Map<String, Object> values(CommuneTarget t) {
        return Map.of("trained", t.trained().toPlainString(), "certified", t.certified().toPlainString(),
                "reason", t.reason());
    }
}
