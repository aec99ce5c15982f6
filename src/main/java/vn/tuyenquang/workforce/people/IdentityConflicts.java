package vn.tuyenquang.workforce.people;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.tuyenquang.workforce.accounts.AuditTrail;
import vn.tuyenquang.workforce.accounts.CurrentUser;
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

    private final JdbcClient jdbc;
    private final PersonRepository persons;
    private final AuditTrail audit;
    private final Clock clock;

    IdentityConflicts(JdbcClient jdbc, PersonRepository persons, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.audit = audit;
        this.clock = clock;
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

    /** Queues a conflicting submission in the caller's transaction (an import's chunk). */
    void queue(UUID personId, Person submitted, IdentityConflict.Source source) {
        UUID id = UUID.randomUUID();
        String by = SecurityContextHolder.getContext().getAuthentication() == null ? "system"
                : SecurityContextHolder.getContext().getAuthentication().getName();
        jdbc.sql("""
                        insert into identity_conflict (id, person_id, submitted_name, submitted_birth_date, submitted_by,
                                                       centre_id, import_id, import_row, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, personId, submitted.fullName(), Date.valueOf(submitted.birthDate()), by, source.centreId(),
                        source.row() == null ? null : source.row().importId(),
                        source.row() == null ? null : source.row().row(), Timestamp.from(clock.instant()))
                .update();
        audit.created("identity_conflict", id, Map.of("person", personId, "submittedBy", by));
    }

    /** The conflicts waiting for a decision, oldest first (the department's queue). */
    public List<IdentityConflict.Open> open(CurrentUser user) {
        checkDepartment(user);
        List<IdentityConflict> open = jdbc.sql("select * from identity_conflict where resolution is null order by created_at")
                .query((rs, n) -> map(rs)).list();
        Map<UUID, Person> stored = new java.util.HashMap<>();
        persons.findByIds(open.stream().map(IdentityConflict::personId).distinct().toList())
                .forEach(p -> stored.put(p.id(), p));
        return open.stream().map(c -> new IdentityConflict.Open(c, stored.get(c.personId()))).toList();
    }


    /** Records the department's decision; taking the submitted identity corrects the register, audited. */
    @Transactional
    public void resolve(CurrentUser user, UUID conflictId, IdentityConflict.Resolution resolution) {
        checkDepartment(user);
        IdentityConflict conflict = jdbc.sql("select * from identity_conflict where id = ? and resolution is null")
                .param(conflictId).query((rs, n) -> map(rs)).optional()
                .orElseThrow(() -> new InvalidValueException("identityConflict.notFound"));
        if (resolution == IdentityConflict.Resolution.TOOK_SUBMITTED) {
            Person before = persons.findById(conflict.personId()).orElseThrow();
            persons.correctIdentity(conflict.personId(), conflict.submittedName(), conflict.submittedBirthDate(),
                    clock.instant());
            audit.changed(PersonRegister.RECORD_TYPE, conflict.personId(),
                    Map.of("fullName", before.fullName(), "birthDate", before.birthDate().toString()),
                    Map.of("fullName", conflict.submittedName(), "birthDate", conflict.submittedBirthDate().toString()));
        }
        jdbc.sql("update identity_conflict set resolution = ?, resolved_by = ?, resolved_at = ? where id = ?")
                .params(resolution.name(), user.getUsername(), Timestamp.from(clock.instant()), conflictId).update();
        audit.changed("identity_conflict", conflictId, null, Map.of("resolution", resolution.name()));
    }

    private static void checkDepartment(CurrentUser user) {
        if (!user.role().isProvinceWide()) {
            throw new AccessDeniedException("identity conflicts are the department's");
        }
    }

    private static IdentityConflict map(java.sql.ResultSet rs) throws java.sql.SQLException {
        String resolution = rs.getString("resolution");
        return new IdentityConflict(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getString("submitted_name"), rs.getDate("submitted_birth_date").toLocalDate(),
                rs.getString("submitted_by"), rs.getObject("centre_id", UUID.class), rs.getObject("import_id", UUID.class),
                rs.getObject("import_row", Integer.class), rs.getTimestamp("created_at").toInstant(),
                resolution == null ? null : IdentityConflict.Resolution.valueOf(resolution));
    }
}
