package vn.tuyenquang.workforce.placement;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tuyenquang.workforce.system.Database;

@Repository
class ShortlistRepository {

    private final JdbcClient jdbc;

    ShortlistRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ShortlistEntry> find(UUID id) {
        return jdbc.sql("select * from shortlist_entry where id = ?").param(id).query(ShortlistRepository::map).optional();
    }

    Optional<ShortlistEntry> find(UUID vacancyId, UUID personId) {
        return jdbc.sql("select * from shortlist_entry where vacancy_id = ? and person_id = ?").params(vacancyId, personId)
                .query(ShortlistRepository::map).optional();
    }

    List<ShortlistEntry> ofVacancy(UUID vacancyId) {
        return jdbc.sql("select * from shortlist_entry where vacancy_id = ? order by created_at").param(vacancyId)
                .query(ShortlistRepository::map).list();
    }

    /** The entry, or a refusal saying it was not found. */
    ShortlistEntry get(UUID entryId) {
        return find(entryId).orElseThrow(() -> new PlacementException("shortlist.notFound"));
    }

    /** The persons hired for the vacancy through the application. */
    java.util.Set<UUID> hiredFor(UUID vacancyId) {
        return java.util.Set.copyOf(jdbc.sql("select person_id from shortlist_entry where vacancy_id = ? and stage = 'HIRED'")
                .param(vacancyId).query(UUID.class).list());
    }

    List<ShortlistEntry> ofPerson(UUID personId) {
        return jdbc.sql("select * from shortlist_entry where person_id = ? order by created_at desc").param(personId)
                .query(ShortlistRepository::map).list();
    }

    /** The day of each of the person's hires, by the shortlist entry it was recorded on. */
    Map<UUID, java.time.LocalDate> hiredOnByEntry(UUID personId) {
        Map<UUID, java.time.LocalDate> hired = new java.util.HashMap<>();
        jdbc.sql("select shortlist_entry_id, hired_on from placement where person_id = ?").param(personId)
                .query((rs, n) -> hired.put(rs.getObject("shortlist_entry_id", UUID.class), rs.getDate("hired_on").toLocalDate()))
                .list();
        return hired;
    }

    void insert(ShortlistEntry e) {
        jdbc.sql("""
                        insert into shortlist_entry (id, vacancy_id, person_id, stage, contact_agreed_at, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(e.id(), e.vacancyId(), e.personId(), e.stage().name(), null, Timestamp.from(e.createdAt()),
                        Timestamp.from(e.createdAt()))
                .update();
    }

    void update(ShortlistEntry e, Instant at) {
        ContactRequest contact = e.contact();
        jdbc.sql("""
                        update shortlist_entry set stage = ?, contact_agreed_at = ?, contact_requested_at = ?,
                            contact_message = ?, contact_answer = ?, contact_answered_on = ?, contact_phone = ?,
                            contact_office = ?, updated_at = ?
                        where id = ?""")
                .params(e.stage().name(), timestamp(e.contactAgreedAt()), timestamp(contact.requestedAt()),
                        contact.message(), contact.answer() == null ? null : contact.answer().name(),
                        contact.answeredOn() == null ? null : Date.valueOf(contact.answeredOn()), contact.phone(),
                        contact.office(), Timestamp.from(at), e.id())
                .update();
    }

    void insertPlacement(UUID entryId, UUID personId, UUID employerId, String occupationCode, LocalDate hiredOn, Instant at) {
        jdbc.sql("""
                        insert into placement (id, shortlist_entry_id, person_id, employer_id, occupation_code, hired_on, created_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), entryId, personId, employerId, occupationCode, Date.valueOf(hiredOn),
                        Timestamp.from(at))
                .update();
    }

    List<Hire> hiresOf(java.util.Collection<UUID> personIds) {
        List<Hire> hires = new java.util.ArrayList<>();
        Database.inLists(personIds, ids -> hires.addAll(jdbc.sql(
                        "select person_id, hired_on, occupation_code from placement where person_id in (:ids)"
                                + " order by hired_on")
                .param("ids", ids)
                .query((rs, n) -> new Hire(rs.getObject("person_id", UUID.class), rs.getDate("hired_on").toLocalDate(),
                        rs.getString("occupation_code")))
                .list()));
        return hires;
    }

    /** The person hired, once per hire. */
    List<UUID> placedPersons() {
        return jdbc.sql("select person_id from placement").query(UUID.class).list();
    }

    List<Map.Entry<String, Long>> placementsByOccupation() {
        return jdbc.sql("select occupation_code, count(*) as hires from placement group by occupation_code"
                        + " order by hires desc, occupation_code")
                .query((rs, n) -> Map.entry(rs.getString("occupation_code"), rs.getLong("hires"))).list();
    }

    /** Requests waiting for an answer, oldest first. */
    List<ShortlistEntry> contactRequestsPending() {
        return jdbc.sql("select * from shortlist_entry where contact_requested_at is not null and contact_answer is null"
                + " order by contact_requested_at").query(ShortlistRepository::map).list();
    }

    /** Requests answered on or after {@code since}, newest first. */
    List<ShortlistEntry> contactRequestsAnsweredSince(LocalDate since) {
        return jdbc.sql("select * from shortlist_entry where contact_requested_at is not null and contact_answered_on >= ?"
                + " order by contact_answered_on desc, updated_at desc").param(Date.valueOf(since))
                .query(ShortlistRepository::map).list();
    }

    /** The hire recorded for the entry: its day, when it was recorded, and whether it made the person employed. */
    Optional<Placement> placementOf(UUID entryId) {
        return jdbc.sql("select hired_on, created_at, employment_recorded from placement where shortlist_entry_id = ?")
                .param(entryId)
                .query((rs, n) -> new Placement(rs.getDate("hired_on").toLocalDate(), rs.getTimestamp("created_at").toInstant(),
                        rs.getBoolean("employment_recorded")))
                .optional();
    }

    void deletePlacement(UUID entryId) {
        jdbc.sql("delete from placement where shortlist_entry_id = ?").param(entryId).update();
    }

    void employmentRecorded(UUID entryId) {
        jdbc.sql("update placement set employment_recorded = true where shortlist_entry_id = ?").param(entryId).update();
    }

    /** A hire as undoing it needs it. */
    record Placement(LocalDate hiredOn, Instant recordedAt, boolean employmentRecorded) {

        /** Whether it was recorded on {@code day} (in the province): a hire may be undone on the day of its recording. */
        boolean recordedOn(LocalDate day) {
            return vn.tuyenquang.workforce.system.ProvinceTime.dayOf(recordedAt).equals(day);
        }
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static ShortlistEntry map(ResultSet rs, int row) throws SQLException {
        Timestamp agreed = rs.getTimestamp("contact_agreed_at");
        Timestamp requested = rs.getTimestamp("contact_requested_at");
        String answer = rs.getString("contact_answer");
        Date answeredOn = rs.getDate("contact_answered_on");
        return new ShortlistEntry(rs.getObject("id", UUID.class), rs.getObject("vacancy_id", UUID.class),
                rs.getObject("person_id", UUID.class), ShortlistEntry.Stage.valueOf(rs.getString("stage")),
                agreed == null ? null : agreed.toInstant(), rs.getTimestamp("created_at").toInstant(),
                new ContactRequest(rs.getString("contact_message"), requested == null ? null : requested.toInstant(),
                        answer == null ? null : ContactRequest.Answer.valueOf(answer),
                        answeredOn == null ? null : answeredOn.toLocalDate(), rs.getString("contact_phone"),
                        rs.getString("contact_office")));
    }
}
