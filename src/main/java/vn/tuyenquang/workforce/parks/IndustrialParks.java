package vn.tuyenquang.workforce.parks;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuyenquang.workforce.accounts.AuditTrail;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.system.Refusal;
import vn.tuyenquang.workforce.text.VietnameseText;

/**
 * The department's list of industrial parks and clusters: added and corrected one by one or from a file
 * ({@link ParksFile}), audited. A code is unique whatever its letter case and is kept in capitals; the list starts
 * empty.
 */
@Service
public class IndustrialParks {

    /** What saving one park did. */
    public enum Saved { CREATED, UPDATED, UNCHANGED }

    private final ParkRepository parks;
    private final ReferenceCatalog reference;
    private final AuditTrail audit;
    private final Clock clock;

    IndustrialParks(ParkRepository parks, ReferenceCatalog reference, AuditTrail audit, Clock clock) {
        this.parks = parks;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
    }

    public List<IndustrialPark> all() {
        return parks.all();
    }

    public IndustrialPark park(String code) {
        return parks.find(code).orElseThrow(() -> new ParkException("park.notFound", null));
    }

    /** Checks a park as entered (a new one when {@code creating}), every mistake at once, writing nothing. */
    public void check(boolean creating, ParkForm form) {
        List<Refusal> found = new ArrayList<>();
        if (creating && form.code() != null && parks.find(form.code().strip()).isPresent()) {
            found.add(new ParkException("park.code.taken", "code"));
        }
        if (form.communeCode() != null && !form.communeCode().isBlank()
                && reference.commune(form.communeCode().strip()).isEmpty()) {
            found.add(new ParkException("park.commune.unknown", "communeCode"));
        }
        Refusal.throwIfAny(found);
    }

    @Transactional
    public IndustrialPark create(ParkForm form) {
        check(true, form);
        Instant now = clock.instant();
        IndustrialPark park = new IndustrialPark(code(form.code()), name(form), form.kind(), form.communeCode().strip(),
                now, now);
        parks.insert(park);
        audit.created("industrial_park", park.code(), park);
        return park;
    }

    /** Corrects a park's name, kind or commune; its code stays. */
    @Transactional
    public IndustrialPark update(String code, ParkForm form) {
        IndustrialPark before = park(code);
        check(false, form);
        IndustrialPark after = new IndustrialPark(before.code(), name(form), form.kind(), form.communeCode().strip(),
                before.createdAt(), clock.instant());
        parks.update(after);
        audit.changed("industrial_park", before.code(), before, after);
        return after;
    }

    /** Adds the park, or corrects the one with its code: what a row of the parks file asks. */
    @Transactional
    public Saved save(ParkForm form) {
        Optional<IndustrialPark> existing = parks.find(form.code().strip());
        if (existing.isEmpty()) {
            create(form);
            return Saved.CREATED;
        }
        IndustrialPark park = existing.get();
        if (park.name().equals(name(form)) && park.kind() == form.kind()
                && park.communeCode().equals(form.communeCode().strip())) {
            check(false, form);
            return Saved.UNCHANGED;
        }
        update(park.code(), form);
        return Saved.UPDATED;
    }

    private static String code(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    private static String name(ParkForm form) {
        return VietnameseText.normalize(form.name());
    }
}
