package vn.tuyenquang.workforce.training;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tuyenquang.workforce.people.Provenance;
import vn.tuyenquang.workforce.system.Database;

/** Enrolments and the certificates issued on them. */
@Repository
class EnrolmentRepository {

    private static final String INSERT_ENROLMENT = "insert into enrolment (id, course_id, person_id, status,"
            + " enrolled_on, completed_on, dropped_on, import_id, import_row) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_CERTIFICATE = """
            insert into certificate (id, centre_id, enrolment_id, person_id, number, level_code, occupation_code,
                                     issued_on, status, revoked_reason, revoked_at, verification_code, import_id,
                                     import_row, number_key)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final boolean postgres;

    EnrolmentRepository(JdbcClient jdbc, JdbcTemplate batch, vn.tuyenquang.workforce.system.Database database) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.postgres = database.isPostgres();
    }

    Optional<Enrolment> findEnrolment(UUID id) {
        return jdbc.sql("select * from enrolment where id = ?").param(id).query(EnrolmentRepository::enrolment).optional();
    }

    Optional<Enrolment> findEnrolment(UUID courseId, UUID personId) {
        return jdbc.sql("select * from enrolment where course_id = ? and person_id = ?").params(courseId, personId)
                .query(EnrolmentRepository::enrolment).optional();
    }

    /** A course's enrolments (a course has tens or hundreds of learners: they are put in order by the caller). */
    /** One enrolment of a person with its course, centre and certificate, for their record. */
    record Learning(String centreName, String courseCode, String courseName, String occupationCode, String levelCode,
                    Enrolment.Status status, LocalDate enrolledOn, LocalDate completedOn, LocalDate droppedOn,
                    String certificateNumber, LocalDate issuedOn, Certificate.Status certificateStatus,
                    String revokedReason) {
    }

    /** Every enrolment of the person, at any centre, oldest first. */
    List<Learning> learningOf(UUID personId) {
        return jdbc.sql("""
                        select tc.name as centre, c.code, c.name as course, c.occupation_code, c.level_code, e.status,
                               e.enrolled_on, e.completed_on, e.dropped_on, cert.number, cert.issued_on,
                               cert.status as certificate_status, cert.revoked_reason
                        from enrolment e
                        join course c on c.id = e.course_id
                        join training_centre tc on tc.id = c.centre_id
                        left join certificate cert on cert.enrolment_id = e.id
                        where e.person_id = ?
                        order by e.enrolled_on, c.code""")
                .param(personId)
                .query((rs, n) -> new Learning(rs.getString("centre"), rs.getString("code"), rs.getString("course"),
                        rs.getString("occupation_code"), rs.getString("level_code"),
                        Enrolment.Status.valueOf(rs.getString("status")), rs.getObject("enrolled_on", LocalDate.class),
                        rs.getObject("completed_on", LocalDate.class), rs.getObject("dropped_on", LocalDate.class),
                        rs.getString("number"), rs.getObject("issued_on", LocalDate.class),
                        rs.getString("certificate_status") == null ? null
                        : Certificate.Status.valueOf(rs.getString("certificate_status")), rs.getString("revoked_reason")))
                .list();
    }

    long countOf(UUID courseId) {
        return jdbc.sql("select count(*) from enrolment where course_id = ?").param(courseId).query(Long.class).single();
    }

    /** A page of the course's enrolments in the order they were made (then by id, as {@link EnrolmentOrder#ENROLLED}). */
    List<Enrolment> pageOf(UUID courseId, long offset, int limit) {
        return jdbc.sql("select * from enrolment where course_id = ? order by enrolled_on, id offset ? rows fetch next ? rows only")
                .params(courseId, offset, limit).query(EnrolmentRepository::enrolment).list();
    }

    List<Enrolment> enrolmentsOf(UUID courseId) {
        return jdbc.sql("select * from enrolment where course_id = ?").param(courseId)
                .query(EnrolmentRepository::enrolment).list();
    }

    /** Which of these persons have an enrolment at the centre. */
    Set<UUID> personsEnrolledAt(UUID centreId, List<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        select distinct e.person_id from enrolment e join course c on c.id = e.course_id
                        where c.centre_id = :centre and e.person_id in (:persons)""")
                .param("centre", centreId).param("persons", personIds).query(UUID.class).list());
    }

    /** The enrolments of any of these persons in any of these courses. */
    List<Enrolment> findEnrolments(Collection<UUID> personIds, Collection<UUID> courseIds) {
        if (personIds.isEmpty() || courseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from enrolment where person_id in (:persons) and course_id in (:courses)")
                .param("persons", personIds).param("courses", courseIds)
                .query(EnrolmentRepository::enrolment).list();
    }

    void insert(Enrolment e) {
        jdbc.sql(INSERT_ENROLMENT).params(row(e, null)).update();
    }

    /** Inserts enrolments an import brings, each naming the row it came from. */
    void insertAll(List<Enrolment> enrolments, java.util.Map<UUID, Provenance> rows) {
        batch.batchUpdate(INSERT_ENROLMENT, enrolments.stream().map(e -> row(e, rows.get(e.id()))).toList());
    }

    /** Completes enrolments that are still open (an import's, naming its row); one already completed or dropped is left as it is. */
    void completeAll(List<Enrolment> completed, java.util.Map<UUID, Provenance> rows) {
        batch.batchUpdate("""
                        update enrolment set status = 'COMPLETED', completed_on = ?, import_id = ?, import_row = ?
                        where id = ? and status = 'ENROLLED'""",
                completed.stream().map(e -> {
                    Provenance from = rows.get(e.id());
                    return new Object[]{Date.valueOf(e.completedOn()), Provenance.importOf(from),
                            Provenance.rowOf(from), e.id()};
                }).toList());
    }

    void update(Enrolment e) {
        jdbc.sql("update enrolment set status = ?, completed_on = ?, dropped_on = ? where id = ?")
                .params(e.status().name(), date(e.completedOn()), date(e.droppedOn()), e.id())
                .update();
    }

    Optional<Certificate> findCertificate(UUID id) {
        return jdbc.sql("select * from certificate where id = ?").param(id).query(EnrolmentRepository::certificate).optional();
    }

    Optional<Certificate> findCertificateByVerificationCode(String code) {
        return jdbc.sql("select * from certificate where verification_code = ?").param(code)
                .query(EnrolmentRepository::certificate).optional();
    }

    Optional<Certificate> findCertificateOfEnrolment(UUID enrolmentId) {
        return jdbc.sql("select * from certificate where enrolment_id = ?").param(enrolmentId)
                .query(EnrolmentRepository::certificate).optional();
    }

    /** The certificates issued on a course's enrolments, by number. */
    List<Certificate> certificatesOfCourse(UUID courseId) {
        return jdbc.sql("""
                        select cert.* from certificate cert join enrolment e on e.id = cert.enrolment_id
                        where e.course_id = ? order by cert.number_key""")
                .param(courseId).query(EnrolmentRepository::certificate).list();
    }

    /** Every revoked certificate and when it was revoked. */
    Map<UUID, Instant> revocations() {
        Map<UUID, Instant> revoked = new HashMap<>();
        jdbc.sql("select id, revoked_at from certificate where status = 'REVOKED'")
                .query(rs -> {
                    revoked.put(rs.getObject("id", UUID.class), rs.getTimestamp("revoked_at").toInstant());
                });
        return revoked;
    }

    boolean certificateNumberTaken(UUID centreId, String number) {
        return jdbc.sql("select count(*) from certificate where centre_id = ? and number_key = ?")
                .params(centreId, Certificate.numberKey(number)).query(Long.class).single() > 0;
    }

    List<Certificate> certificatesOfEnrolments(Collection<UUID> enrolmentIds) {
        if (enrolmentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from certificate where enrolment_id in (:ids)").param("ids", enrolmentIds)
                .query(EnrolmentRepository::certificate).list();
    }

    /** Which of these enrolments already have a certificate. */
    /** The certificate number issued on each of these enrolments that has one. */
    java.util.Map<UUID, String> certificateNumbers(Collection<UUID> enrolmentIds) {
        java.util.Map<UUID, String> numbers = new java.util.HashMap<>();
        if (!enrolmentIds.isEmpty()) {
            jdbc.sql("select enrolment_id, number from certificate where enrolment_id in (:ids)")
                    .param("ids", enrolmentIds)
                    .query((rs, n) -> numbers.put(rs.getObject("enrolment_id", UUID.class), rs.getString("number")))
                    .list();
        }
        return numbers;
    }

    void insert(Certificate c) {
        jdbc.sql(INSERT_CERTIFICATE).params(row(c, null)).update();
    }

    /** Inserts certificates an import brings, each naming the row it came from. */
    void insertAll(Collection<Certificate> certificates, java.util.Map<UUID, Provenance> rows) {
        batch.batchUpdate(INSERT_CERTIFICATE, certificates.stream().map(c -> row(c, rows.get(c.id()))).toList());
    }

    private static Object[] row(Enrolment e, Provenance from) {
        return new Object[]{e.id(), e.courseId(), e.personId(), e.status().name(), Date.valueOf(e.enrolledOn()),
                date(e.completedOn()), date(e.droppedOn()), Provenance.importOf(from),
                Provenance.rowOf(from)};
    }

    private static Object[] row(Certificate c, Provenance from) {
        return new Object[]{c.id(), c.centreId(), c.enrolmentId(), c.personId(), c.number(), c.levelCode(),
                c.occupationCode(), Date.valueOf(c.issuedOn()), c.status().name(), c.revokedReason(),
                c.revokedAt() == null ? null : Timestamp.from(c.revokedAt()), c.verificationCode(),
                Provenance.importOf(from), Provenance.rowOf(from), Certificate.numberKey(c.number())};
    }

    void update(Certificate c) {
        jdbc.sql("update certificate set status = ?, revoked_reason = ?, revoked_at = ? where id = ?")
                .params(c.status().name(), c.revokedReason(), c.revokedAt() == null ? null : Timestamp.from(c.revokedAt()),
                        c.id())
                .update();
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Enrolment enrolment(ResultSet rs, int row) throws SQLException {
        return new Enrolment(rs.getObject("id", UUID.class), rs.getObject("course_id", UUID.class),
                rs.getObject("person_id", UUID.class), Enrolment.Status.valueOf(rs.getString("status")),
                localDate(rs, "enrolled_on"), localDate(rs, "completed_on"), localDate(rs, "dropped_on"));
    }

    private static Certificate certificate(ResultSet rs, int row) throws SQLException {
        Timestamp revokedAt = rs.getTimestamp("revoked_at");
        return new Certificate(rs.getObject("id", UUID.class), rs.getObject("centre_id", UUID.class),
                rs.getObject("enrolment_id", UUID.class), rs.getObject("person_id", UUID.class), rs.getString("number"),
                rs.getString("level_code"), rs.getString("occupation_code"), localDate(rs, "issued_on"),
                Certificate.Status.valueOf(rs.getString("status")), rs.getString("revoked_reason"),
                revokedAt == null ? null : revokedAt.toInstant(), rs.getString("verification_code"));
    }

    /**
     * Certificates whose numbers, issued before numbers were compared regardless of letter case, differ from another of
     * their centre's only in case or spaces: each with its centre and status, pairs together.
     */
    List<Certificates.NumberPair> certificateNumberPairs() {
        return jdbc.sql("""
                        select t.name, p.number, p.number_key, c.status, c.issued_on
                        from certificate_number_pair p
                        join certificate c on c.id = p.certificate_id
                        join training_centre t on t.id = p.centre_id
                        order by t.name, p.number_key, c.issued_on""")
                .query((rs, n) -> new Certificates.NumberPair(rs.getString("name"), rs.getString("number"),
                        rs.getString("number_key"), Certificate.Status.valueOf(rs.getString("status")),
                        rs.getDate("issued_on").toLocalDate()))
                .list();
    }

    /** Where each of these persons was enrolled: the centre's and the course's names, earliest enrolment first. */
    Map<UUID, List<String>> enrolmentsOf(Collection<UUID> personIds) {
        Map<UUID, List<String>> found = new java.util.HashMap<>();
        if (personIds.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                        select e.person_id, t.name as centre, c.name as course from enrolment e
                        join course c on c.id = e.course_id join training_centre t on t.id = c.centre_id
                        where e.person_id in (:ids) order by e.enrolled_on""")
                .param("ids", personIds)
                .query((rs, n) -> found.computeIfAbsent(rs.getObject("person_id", UUID.class), id -> new ArrayList<>())
                        .add(rs.getString("course") + " (" + rs.getString("centre") + ")"))
                .list();
        return found;
    }

    /** The holder and course of a certificate, by its number. */
    record Holder(UUID personId, UUID courseId) {
    }

    /** Who holds these certificate numbers of the centre, by {@link Certificate#numberKey number key}. */
    Map<String, Holder> certificateHolders(UUID centreId, Collection<String> numbers) {
        Map<String, Holder> holders = new java.util.HashMap<>();
        jdbc.sql("""
                        select c.number_key, c.person_id, e.course_id from certificate c join enrolment e on e.id = c.enrolment_id
                        where c.centre_id = :centre and c.number_key in (:numbers)""")
                .param("centre", centreId).param("numbers", numbers.stream().map(Certificate::numberKey).toList())
                .query((rs, n) -> holders.put(rs.getString("number_key"),
                        new Holder(rs.getObject("person_id", UUID.class), rs.getObject("course_id", UUID.class))))
                .list();
        return holders;
    }

    java.util.Map<UUID, List<String>> completedCourseNames(java.util.Collection<UUID> personIds) {
        java.util.Map<UUID, List<String>> names = new java.util.HashMap<>();
        if (personIds.isEmpty()) {
            return names;
        }
        jdbc.sql("""
                        select e.person_id, c.name from enrolment e join course c on c.id = e.course_id
                        where e.status = 'COMPLETED' and e.person_id in (:ids) order by c.name""")
                .param("ids", personIds)
                .query((rs, n) -> names.computeIfAbsent(rs.getObject("person_id", UUID.class), k -> new java.util.ArrayList<>())
                        .add(rs.getString("name")))
                .list();
        return names;
    }

    private static TrainingCentre.Ownership ownership(java.sql.ResultSet rs) throws java.sql.SQLException {
        String ownership = rs.getString("ownership");
        return ownership == null ? null : TrainingCentre.Ownership.valueOf(ownership);
    }

    /** Completions in [from, to], at one centre or (null) at every centre. */
    List<Completion> completions(UUID centreId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select e.person_id, t.id as centre_id, t.name as centre_name, t.ownership, c.id as course_id, c.code, c.name,
                            c.occupation_code, e.completed_on,
                            exists (select 1 from certificate x where x.enrolment_id = e.id and x.status = 'VALID') as certified
                        from enrolment e join course c on c.id = e.course_id join training_centre t on t.id = c.centre_id
                        where e.status = 'COMPLETED' and e.completed_on between :from and :to
                            and (cast(:centre as uuid) is null or t.id = :centre)
                        order by t.name, c.code, e.completed_on""")
                .param("from", java.sql.Date.valueOf(from)).param("to", java.sql.Date.valueOf(to)).param("centre", centreId)
                .query((rs, n) -> new Completion(rs.getObject("person_id", UUID.class), rs.getObject("centre_id", UUID.class),
                        rs.getString("centre_name"), rs.getObject("course_id", UUID.class), rs.getString("code"),
                        rs.getString("name"), rs.getString("occupation_code"), rs.getDate("completed_on").toLocalDate(),
                        rs.getBoolean("certified"), ownership(rs)))
                .list();
    }

    /** Enrolments made in [from, to], at one centre or (null) at every centre. */
    List<EnrolmentProgress> progress(UUID centreId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select e.id, e.person_id, c.centre_id, c.id as course_id, c.occupation_code, e.status,
                            e.enrolled_on, e.completed_on,
                            exists (select 1 from certificate x where x.enrolment_id = e.id and x.status = 'VALID') as certified
                        from enrolment e join course c on c.id = e.course_id
                        where e.enrolled_on between :from and :to and (cast(:centre as uuid) is null or c.centre_id = :centre)
                        order by e.enrolled_on, e.id""")
                .param("from", java.sql.Date.valueOf(from)).param("to", java.sql.Date.valueOf(to)).param("centre", centreId)
                .query((rs, n) -> new EnrolmentProgress(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                        rs.getObject("centre_id", UUID.class), rs.getObject("course_id", UUID.class),
                        rs.getString("occupation_code"), Enrolment.Status.valueOf(rs.getString("status")),
                        rs.getDate("enrolled_on").toLocalDate(),
                        rs.getDate("completed_on") == null ? null : rs.getDate("completed_on").toLocalDate(),
                        rs.getBoolean("certified")))
                .list();
    }

    /** Every completion of these persons, whenever and wherever. */
    List<Completion> completionsOf(Collection<UUID> personIds) {
        List<Completion> found = new java.util.ArrayList<>();
        Database.inLists(personIds, ids -> found.addAll(jdbc.sql("""
                            select e.person_id, t.id as centre_id, t.name as centre_name, t.ownership, c.id as course_id, c.code, c.name,
                                c.occupation_code, e.completed_on,
                                exists (select 1 from certificate x where x.enrolment_id = e.id and x.status = 'VALID') as certified
                            from enrolment e join course c on c.id = e.course_id join training_centre t on t.id = c.centre_id
                            where e.status = 'COMPLETED' and e.person_id in (:ids)""")
                    .param("ids", ids)
                    .query((rs, n) -> new Completion(rs.getObject("person_id", UUID.class),
                            rs.getObject("centre_id", UUID.class), rs.getString("centre_name"),
                            rs.getObject("course_id", UUID.class), rs.getString("code"), rs.getString("name"),
                            rs.getString("occupation_code"), rs.getDate("completed_on").toLocalDate(),
                            rs.getBoolean("certified"), ownership(rs)))
                    .list()));
        return found;
    }

    Set<UUID> centresOf(UUID personId) {
        return new HashSet<>(jdbc.sql("""
                        select distinct c.centre_id from enrolment e join course c on c.id = e.course_id
                        where e.person_id = ?""").param(personId).query(UUID.class).list());
    }

    Map<UUID, Set<String>> centresCompletedAt(Collection<UUID> personIds) {
        Map<UUID, Set<String>> centres = new java.util.HashMap<>();
        jdbc.sql("""
                        select distinct e.person_id, t.name from enrolment e
                        join course c on c.id = e.course_id join training_centre t on t.id = c.centre_id
                        where e.status = 'COMPLETED' and e.person_id in (:ids)""")
                .param("ids", personIds)
                .query((rs, n) -> centres.computeIfAbsent(rs.getObject("person_id", UUID.class), k -> new HashSet<>())
                        .add(rs.getString("name")))
                .list();
        return centres;
    }

    Map<UUID, Long> completedByCourse(UUID centreId) {
        Map<UUID, Long> counts = new java.util.HashMap<>();
        jdbc.sql("""
                        select e.course_id, count(*) as learners from enrolment e join course c on c.id = e.course_id
                        where c.centre_id = ? and e.status = 'COMPLETED' group by e.course_id""")
                .param(centreId)
                .query((rs, n) -> counts.put(rs.getObject("course_id", UUID.class), rs.getLong("learners")))
                .list();
        return counts;
    }

    /** Refreshes PostgreSQL's statistics of enrolment and certificate, which a large import outgrows (other databases are left alone). */
    void refreshStatistics() {
        if (postgres) {
            jdbc.sql("analyze enrolment").update();
            jdbc.sql("analyze certificate").update();
        }
    }
}
