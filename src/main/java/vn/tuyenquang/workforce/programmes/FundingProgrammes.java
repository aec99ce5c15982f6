package vn.tuyenquang.workforce.programmes;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuyenquang.workforce.accounts.AuditTrail;
import vn.tuyenquang.workforce.system.RecordIds;

/**
 * The department's list of funding programmes: read by everyone who records training, entered and corrected by the
 * department (audited). A code is unique whatever its letter case and is kept in capitals.
 */
@Service
public class FundingProgrammes {

    private final ProgrammeRepository programmes;
    private final AuditTrail audit;
    private final Clock clock;

    FundingProgrammes(ProgrammeRepository programmes, AuditTrail audit, Clock clock) {
        this.programmes = programmes;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every programme, the latest first. */
    public List<FundingProgramme> all() {
        return programmes.all();
    }

    /** The programmes running in {@code year}: those an enrolment of that year may name. */
    public List<FundingProgramme> runningIn(int year) {
        return programmes.all().stream().filter(p -> p.runsIn(year)).toList();
    }

    public FundingProgramme programme(UUID id) {
        return programmes.find(id).orElseThrow(() -> new ProgrammeException("programme.notFound", null));
    }

    /** Checks a programme as entered, every mistake at once, writing nothing. */
    public void check(UUID id, ProgrammeForm form) {
        List<ProgrammeException> found = new ArrayList<>();
        if (form.code() != null && programmes.findByCode(form.code().strip())
                .filter(other -> !other.id().equals(id)).isPresent()) {
            found.add(new ProgrammeException("programme.code.taken", "code"));
        }
        if (form.firstYear() != null && form.lastYear() != null && form.lastYear() < form.firstYear()) {
            found.add(new ProgrammeException("programme.lastYear.beforeFirst", "lastYear"));
        }
        ProgrammeException.throwIfAny(found);
    }

    @Transactional
    public FundingProgramme create(ProgrammeForm form) {
        check(null, form);
        FundingProgramme programme = new FundingProgramme(RecordIds.next(), code(form), form.name().strip(),
                form.kind(), form.firstYear(), form.lastYear(), clock.instant());
        programmes.insert(programme);
        audit.created("funding_programme", programme.id(), programme);
        return programme;
    }

    /** Corrects a programme; the enrolments that name it keep naming it. */
    @Transactional
    public FundingProgramme update(UUID id, ProgrammeForm form) {
        FundingProgramme before = programme(id);
        check(id, form);
        FundingProgramme after = new FundingProgramme(id, code(form), form.name().strip(), form.kind(),
                form.firstYear(), form.lastYear(), before.createdAt());
        programmes.update(after);
        audit.changed("funding_programme", id, before, after);
        return after;
    }

    private static String code(ProgrammeForm form) {
        return form.code().strip().toUpperCase(Locale.ROOT);
    }
}
