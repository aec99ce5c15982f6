package vn.tuyenquang.workforce.accreditation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuyenquang.workforce.accounts.AuditTrail;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.system.ProvinceTime;
import vn.tuyenquang.workforce.system.RecordIds;
import vn.tuyenquang.workforce.system.Refusal;

/**
 * Centres' accreditation decisions: the department records them (audited; a decision is never changed: a correction
 * is a newer decision), and anyone reads a centre's standing, which is its latest decision: accredited on a day when
 * that decision accredits it and has not lapsed.
 */
@Service
public class Accreditations {

    private final AccreditationRepository repository;
    private final AuditTrail audit;
    private final Clock clock;

    Accreditations(AccreditationRepository repository, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    /** The centre's decisions, the latest first. */
    public List<Accreditation> history(UUID centreId) {
        return repository.historyOf(centreId);
    }

    /** The centre's latest decision, when it accredits the centre today. */
    public Optional<Accreditation> current(UUID centreId) {
        LocalDate today = ProvinceTime.today(clock);
        return history(centreId).stream().findFirst().filter(a -> a.accreditedOn(today));
    }

    /** Every centre accredited today, with its decision. */
    public Map<UUID, Accreditation> currentAll() {
        LocalDate today = ProvinceTime.today(clock);
        return repository.latest().stream().filter(a -> a.accreditedOn(today))
                .collect(Collectors.toMap(Accreditation::centreId, a -> a));
    }

    /** Checks a decision as entered, every mistake at once, writing nothing. */
    public void check(AccreditationForm form) {
        List<Refusal> found = new ArrayList<>();
        LocalDate today = ProvinceTime.today(clock);
        if (form.decidedOn() != null && form.decidedOn().isAfter(today)) {
            found.add(new AccreditationException("accreditation.decidedOn.future", "decidedOn"));
        }
        if (form.result() == Accreditation.Result.ACCREDITED) {
            if (form.validUntil() == null) {
                found.add(new AccreditationException("accreditation.validUntil.required", "validUntil"));
            } else if (form.decidedOn() != null && !form.validUntil().isAfter(form.decidedOn())) {
                found.add(new AccreditationException("accreditation.validUntil.beforeDecision", "validUntil"));
            }
        } else if (form.result() == Accreditation.Result.NOT_ACCREDITED && form.validUntil() != null) {
            found.add(new AccreditationException("accreditation.validUntil.notAccredited", "validUntil"));
        }
        Refusal.throwIfAny(found);
    }

    /** Records a decision on the centre (the department's). */
    @Transactional
    public Accreditation record(CurrentUser user, UUID centreId, AccreditationForm form) {
        if (!user.role().isProvinceWide()) {
            throw new AccessDeniedException("accreditation is recorded by the department");
        }
        check(form);
        Accreditation decision = new Accreditation(RecordIds.next(), centreId, form.result(), form.body().strip(),
                form.decidedOn(), form.result() == Accreditation.Result.ACCREDITED ? form.validUntil() : null,
                user.getUsername(), clock.instant());
        repository.insert(decision);
        audit.created("centre_accreditation", decision.id(), decision);
        return decision;
    }
}
