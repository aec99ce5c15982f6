package vn.tuyenquang.workforce.people;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.tuyenquang.workforce.accounts.AuditTrail;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.system.ProvinceTime;
import vn.tuyenquang.workforce.text.VietnameseText;

/**
 * One identity per citizen ID, never merged silently: a submission whose name (accents and case aside) or birth
 * date differs from the register's is refused with a reason that reveals nothing of the stored record, and waits
 * here for the department, which keeps the stored identity, takes the submitted one, or calls it a typing error.
 * Every step is audited.
 */
@Service
public class IdentityConflicts {

    public static final String REFUSAL = "person.identity.conflict";

    private final IdentityConflictRepository conflicts;
    private final PersonRepository persons;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final IdentityConflictSettings settings;

    IdentityConflicts(IdentityConflictRepository conflicts, PersonRepository persons, AuditTrail audit, Clock clock,
                      ApplicationEventPublisher events, IdentityConflictSettings settings) {
        this.settings = settings;
        this.conflicts = conflicts;
        this.persons = persons;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** Whether a submission names the same person as the record: same name once folded, same birth date. */
    static boolean sameIdentity(String storedName, java.time.LocalDate storedBirthDate, String submittedName,
                                java.time.LocalDate submittedBirthDate) {
        return VietnameseText.fold(storedName).equals(VietnameseText.fold(submittedName))
                && storedBirthDate.equals(submittedBirthDate);
    }

    /**
     * Queues a form's conflicting submission in a transaction of its own, so that it stays queued though the
     * form's request is refused and rolled back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void queueApart(UUID personId, Person submitted, IdentityConflict.Source source) {
        queue(personId, submitted, source);
    }

    /**
     * Queues a conflicting submission in the caller's transaction (an import's chunk), unless its centre has queued a
     * day's worth already: then it is refused all the same, and the department is told once that day. The department's
     * bell hears of a centre's first conflict of the day.
     */
    void queue(UUID personId, Person submitted, IdentityConflict.Source source) {
        boolean centresFirstToday = false;
        if (source.centreId() != null) {
            java.time.LocalDate today = ProvinceTime.today(clock);
            int limit = settings.identityConflictsPerCentrePerDay();
            int queued = conflicts.queuedByCentreSince(source.centreId(),
                    today.atStartOfDay(ProvinceTime.ZONE).toInstant());
            if (queued >= limit) {
                return;
            }
            if (queued == limit - 1) {
                events.publishEvent(new IdentityConflictsOverLimit(source.centreId(), today, limit));
            }
            centresFirstToday = queued == 0;
        }
        UUID id = UUID.randomUUID();
        String by = SecurityContextHolder.getContext().getAuthentication() == null ? "system"
                : SecurityContextHolder.getContext().getAuthentication().getName();
        conflicts.insert(id, personId, submitted, by, source, clock.instant());
        audit.created("identity_conflict", id, Map.of("person", personId, "submittedBy", by));
        if (centresFirstToday) {
            // Once a centre a day in the department's bell (the home page counts them all); the department's own
            // survey uploads report theirs in the import.
            events.publishEvent(new IdentityConflictQueued(id, source.centreId()));
        }
    }

    /** How many conflicts wait for the department's decision. */
    public int waiting(CurrentUser user) {
        checkDepartment(user);
        return conflicts.openCount();
    }

    /** The conflicts waiting for a decision, oldest first (the department's queue). */
    public List<IdentityConflict.Open> open(CurrentUser user) {
        checkDepartment(user);
        List<IdentityConflict> open = conflicts.open();
        Map<UUID, Person> stored = new java.util.HashMap<>();
        persons.findByIds(open.stream().map(IdentityConflict::personId).distinct().toList())
                .forEach(p -> stored.put(p.id(), p));
        return open.stream().map(c -> new IdentityConflict.Open(c, stored.get(c.personId()))).toList();
    }

    /** Records the department's decision; taking the submitted identity corrects the register, audited. */
    @Transactional
    public void resolve(CurrentUser user, UUID conflictId, IdentityConflict.Resolution resolution) {
        checkDepartment(user);
        IdentityConflict conflict = conflicts.findOpen(conflictId)
                .orElseThrow(() -> new InvalidValueException("identityConflict.notFound"));
        if (resolution == IdentityConflict.Resolution.TOOK_SUBMITTED) {
            Person before = persons.findById(conflict.personId()).orElseThrow();
            persons.correctIdentity(conflict.personId(), conflict.submittedName(), conflict.submittedBirthDate(),
                    clock.instant());
            events.publishEvent(new PersonsChanged(java.util.Set.of(conflict.personId())));
            audit.changed(Person.RECORD_TYPE, conflict.personId(),
                    Map.of("fullName", before.fullName(), "birthDate", before.birthDate().toString()),
                    Map.of("fullName", conflict.submittedName(), "birthDate", conflict.submittedBirthDate().toString()));
        }
        conflicts.resolve(conflictId, resolution, user.getUsername(), clock.instant());
        audit.changed("identity_conflict", conflictId, null, Map.of("resolution", resolution.name()));
        events.publishEvent(new IdentityConflictResolved(conflictId, conflict.centreId(), conflict.personId(),
                conflict.submittedName(), resolution));
    }

    private static void checkDepartment(CurrentUser user) {
        if (!user.role().isProvinceWide()) {
            throw new AccessDeniedException("identity conflicts are the department's");
        }
    }
}
