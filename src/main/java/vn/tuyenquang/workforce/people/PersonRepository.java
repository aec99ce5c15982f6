package vn.tuyenquang.workforce.people;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tuyenquang.workforce.system.Database;
import vn.tuyenquang.workforce.text.VietnameseText;

@Repository
class PersonRepository {

    private static final String INSERT = """
            insert into person (id, citizen_id, full_name, full_name_folded, birth_date, sex, ethnic_code, commune_code,
                                phone, labour_status, consent_to_be_found, created_at, updated_at, highest_level_code,
                                certified, certified_since, short_course_since, informal_since, national_cert_since,
                                national_cert_3y_since, import_id, import_row, register_since)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final boolean postgres;
    private final QualificationRepository qualifications;

    PersonRepository(JdbcClient jdbc, JdbcTemplate batch, vn.tuyenquang.workforce.system.Database database,
                     QualificationRepository qualifications) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.postgres = database.isPostgres();
        this.qualifications = qualifications;
    }

    Optional<Person> findById(UUID id) {
        return jdbc.sql("select * from person where id = ?").param(id).query(PersonRepository::map).optional();
    }

    Optional<Person> findByCitizenId(CitizenId citizenId) {
        return jdbc.sql("select * from person where citizen_id = ?").param(citizenId.value())
                .query(PersonRepository::map).optional();
    }

    /** The persons of these ids, read {@value Database#IN_LIST_MAX} at a time. */
    List<Person> findByIds(List<UUID> ids) {
        List<Person> found = new java.util.ArrayList<>();
        Database.inLists(ids, some -> found.addAll(jdbc.sql("select * from person where id in (:ids)")
                .param("ids", some).query(PersonRepository::map).list()));
        return found;
    }

    /** Of these persons, those who have ever consented to be found (consent_changed_at is set when consent is first given). */
    java.util.Set<UUID> everConsentedAmong(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("select id from person where id in (:ids) and consent_changed_at is not null")
                .param("ids", ids).query(UUID.class).list());
    }

    /** Of these persons, those who consent to be found: ids only, as every search reads it for its hits. */
    java.util.Set<UUID> consentingAmong(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("select id from person where id in (:ids) and consent_to_be_found")
                .param("ids", ids).query(UUID.class).list());
    }

    /** Persons whose folded name contains {@code foldedName}, in name order. */
    List<Person> searchByName(String foldedName, int limit) {
        return jdbc.sql("select * from person where full_name_folded like :name order by full_name_folded, id limit :limit")
                .param("name", "%" + foldedName.replace("%", "").replace("_", "") + "%")
                .param("limit", limit)
                .query(PersonRepository::map).list();
    }

    /** The persons with these citizen IDs who are already in the register: id, name and birth date. */
    java.util.Map<String, RegisteredIdentity> registered(java.util.Collection<String> citizenIds) {
        if (citizenIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<String, RegisteredIdentity> found = new java.util.HashMap<>();
        jdbc.sql("select citizen_id, id, full_name, birth_date from person where citizen_id in (:ids)")
                .param("ids", citizenIds)
                .query((rs, n) -> found.put(rs.getString("citizen_id"), new RegisteredIdentity(
                        rs.getObject("id", UUID.class), rs.getString("full_name"), rs.getDate("birth_date").toLocalDate())))
                .list();
        return found;
    }

    /** The department took a submitted identity: the name and birth date are corrected. */
    void correctIdentity(UUID id, String fullName, java.time.LocalDate birthDate, Instant at) {
        jdbc.sql("update person set full_name = ?, full_name_folded = ?, birth_date = ?, updated_at = ? where id = ?")
                .params(fullName, VietnameseText.fold(fullName), Date.valueOf(birthDate), Timestamp.from(at), id).update();
    }

    /**
     * Inserts persons with what their facts (already known, written next) imply, and where each came from; the
     * register knows them from {@code registerSince}, or null when only a training centre does.
     */
    void insertAll(List<Person> people, java.util.Map<UUID, QualificationSummary> summaries,
                   java.util.Map<UUID, Provenance> provenance, java.time.LocalDate registerSince) {
        batch.batchUpdate(INSERT, people.stream().map(p -> row(p,
                summaries.getOrDefault(p.id(), QualificationSummary.NONE), provenance.get(p.id()), registerSince)).toList());
    }

    void insert(Person p, java.time.LocalDate registerSince) {
        jdbc.sql(INSERT).params(row(p, QualificationSummary.NONE, null, registerSince)).update();
    }

    /** The register knows these persons from {@code on}, unless it knew them earlier. */
    /**
     * These persons were listed by a survey of {@code on}: the newest one that did, unless a newer one did before; one
     * who had left a commune's population before that day is in a population again.
     */
    void surveyed(java.util.Collection<UUID> ids, java.time.LocalDate on) {
        if (!ids.isEmpty()) {
            jdbc.sql("""
                            update person set last_surveyed_on = :on,
                                register_until = case when register_until <= :on then null else register_until end
                            where id in (:ids) and (last_surveyed_on is null or last_surveyed_on < :on)""")
                    .param("on", Date.valueOf(on)).param("ids", ids).update();
        }
    }

    /**
     * The persons of the commune's population whom its survey of {@code on} did not list leave the population from that
     * day, when that survey is the commune's newest; returns how many left.
     */
    int leaveUnlisted(String communeCode, java.time.LocalDate on) {
        return jdbc.sql("""
                        update person set register_until = :on
                        where commune_code = :commune and register_since < :on and register_until is null
                          and (last_surveyed_on is null or last_surveyed_on < :on)
                          and not exists (select 1 from person newer
                                          where newer.commune_code = :commune and newer.last_surveyed_on > :on)""")
                .param("on", Date.valueOf(on)).param("commune", communeCode).update();
    }

    /** Of these persons, those whose record a survey or a status newer than {@code on} wrote. */
    java.util.Set<UUID> recordedAfter(java.util.Collection<UUID> ids, java.time.LocalDate on) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("""
                        select id from person
                        where id in (:ids) and (last_surveyed_on > :on or labour_status_since > :on)""")
                .param("on", Date.valueOf(on)).param("ids", ids).query(UUID.class).list());
    }

    void knownFrom(java.util.Collection<UUID> ids, java.time.LocalDate on) {
        if (!ids.isEmpty()) {
            jdbc.sql("update person set register_since = :on where id in (:ids) and (register_since is null or register_since > :on)")
                    .param("on", Date.valueOf(on)).param("ids", ids).update();
        }
    }

    /**
     * Learners aged 15+ on {@code day} whom a centre had enrolled by then and no survey of their commune had covered
     * (the indicators' "not matched to the survey"), in one commune or all, by commune and name; at most {@code limit}.
     */
    List<Person> unmatchedLearners(Optional<String> commune, java.time.LocalDate day, int workingAge, int limit) {
        return jdbc.sql("select * from person where " + RegisterCounts.unmatchedOn(":day") + """
                         and birth_date <= :adult and (cast(:commune as varchar) is null or commune_code = :commune)
                        order by commune_code, full_name_folded, id
                        limit :limit""")
                .param("day", Date.valueOf(day)).param("adult", Date.valueOf(day.minusYears(workingAge)))
                .param("commune", commune.orElse(null)).param("limit", limit)
                .query(PersonRepository::map).list();
    }

    /** Each person is a learner from the day given, unless the register knew them as one earlier. */
    void learnersSince(java.util.Map<UUID, java.time.LocalDate> enrolledOn) {
        if (!enrolledOn.isEmpty()) {
            batch.batchUpdate("""
                            update person set learner_since = ?
                            where id = ? and (learner_since is null or learner_since > ?)""",
                    enrolledOn.entrySet().stream().map(e -> new Object[]{Date.valueOf(e.getValue()), e.getKey(),
                            Date.valueOf(e.getValue())}).toList());
        }
    }

    private static Object[] row(Person p, QualificationSummary q, Provenance from, java.time.LocalDate registerSince) {
        Timestamp now = Timestamp.from(p.createdAt());
        return new Object[]{p.id(), p.citizenId().value(), p.fullName(), VietnameseText.fold(p.fullName()),
                Date.valueOf(p.birthDate()), p.sex().name(), p.ethnicCode(), p.communeCode(),
                p.phone().map(PhoneNumber::value).orElse(null), p.labourStatus().name(), p.consentToBeFound(), now, now,
                q.highestLevelCode(), q.certified(), date(q.certifiedSince()), date(q.shortCourseSince()),
                date(q.informalSince()), date(q.nationalCertSince()), date(q.nationalCertExperiencedSince()),
                Provenance.importOf(from), Provenance.rowOf(from), date(registerSince)};
    }

    static Date date(java.time.LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    void setConsent(UUID id, boolean consent, Instant at) {
        jdbc.sql("update person set consent_to_be_found = ?, consent_changed_at = ?, updated_at = ? where id = ?")
                .params(consent, Timestamp.from(at), Timestamp.from(at), id).update();
    }

    List<RegisterEntry> findableChangedSince(Instant since, UUID after, int limit) {
        List<java.util.Map.Entry<Person, Instant>> changed = (after == null
                ? jdbc.sql("""
                        select * from person where consent_changed_at is not null and updated_at >= ?
                        order by updated_at, id limit ?""")
                        .params(Timestamp.from(since), limit)
                : jdbc.sql("""
                        select * from person where consent_changed_at is not null and (updated_at, id) > (?, ?)
                        order by updated_at, id limit ?""")
                        .params(Timestamp.from(since), after, limit))
                .query(PersonRepository::withUpdatedAt).list();
        return withQualifications(changed);
    }

    private List<RegisterEntry> withQualifications(List<java.util.Map.Entry<Person, Instant>> changed) {
        if (changed.isEmpty()) {
            return List.of();
        }
        java.util.Map<UUID, List<QualificationFact>> facts = qualifications.factsOf(
                changed.stream().map(e -> e.getKey().id()).toList());
        return changed.stream().map(e -> new RegisterEntry(e.getKey(),
                facts.getOrDefault(e.getKey().id(), List.of()), e.getValue())).toList();
    }

    List<Supply> certifiedSupply(java.util.Collection<String> occupations, java.util.Collection<String> certifiedLevels,
                                 java.time.LocalDate bornFrom, java.time.LocalDate bornTo) {
        return jdbc.sql("""
                        select q.occupation_code, p.commune_code, count(distinct p.id) as people
                        from person_qualification q
                        join person p on p.id = q.person_id
                        where q.level_code in (:levels) and q.occupation_code in (:occupations)
                          and p.labour_status in ('EMPLOYED', 'UNEMPLOYED') and p.birth_date between :from and :to
                        group by q.occupation_code, p.commune_code""")
                .param("occupations", occupations).param("levels", certifiedLevels).param("from", Date.valueOf(bornFrom)).param("to", Date.valueOf(bornTo))
                .query((rs, n) -> new Supply(rs.getString("occupation_code"), rs.getString("commune_code"),
                        rs.getLong("people")))
                .list();
    }

    /** A survey found these persons living elsewhere: the residence is taken as it is, with the row it came from. */
    void moveResidence(List<SurveyedStatus> moved, Instant at, java.util.Map<UUID, Provenance> rows) {
        batch.batchUpdate("""
                        update person set commune_code = ?, updated_at = ?,
                            import_id = coalesce(?, import_id), import_row = coalesce(?, import_row)
                        where id = ?""",
                moved.stream().map(c -> {
                    Provenance from = rows.get(c.personId());
                    return new Object[]{c.communeCode(), Timestamp.from(at), Provenance.importOf(from),
                            Provenance.rowOf(from), c.personId()};
                }).toList());
    }

    /** These persons as read models see them: as they are now, with their qualification facts. */
    List<RegisterEntry> entries(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withQualifications(jdbc.sql("select * from person where id in (:ids)").param("ids", ids)
                .query(PersonRepository::withUpdatedAt).list());
    }

    private static java.util.Map.Entry<Person, Instant> withUpdatedAt(ResultSet rs, int row) throws SQLException {
        return java.util.Map.entry(map(rs, row), rs.getTimestamp("updated_at").toInstant());
    }

    private static Person map(ResultSet rs, int row) throws SQLException {
        String phone = rs.getString("phone");
        return new Person(rs.getObject("id", UUID.class), CitizenId.of(rs.getString("citizen_id")),
                rs.getString("full_name"), rs.getDate("birth_date").toLocalDate(), Sex.valueOf(rs.getString("sex")),
                rs.getString("ethnic_code"), rs.getString("commune_code"),
                Optional.ofNullable(phone).map(PhoneNumber::new), LabourStatus.valueOf(rs.getString("labour_status")),
                rs.getBoolean("consent_to_be_found"), Optional.ofNullable(rs.getString("highest_level_code")),
                rs.getBoolean("certified"), rs.getTimestamp("created_at").toInstant());
    }

    /** Refreshes PostgreSQL's statistics of person and person_qualification, which a large import outgrows (other databases are left alone). */
    void refreshStatistics() {
        if (postgres) {
            jdbc.sql("analyze person").update();
            jdbc.sql("analyze person_qualification").update();
        }
    }
}
