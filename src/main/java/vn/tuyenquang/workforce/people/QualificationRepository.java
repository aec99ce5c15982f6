package vn.tuyenquang.workforce.people;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tuyenquang.workforce.reference.QualificationLevel;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.system.RecordIds;

/**
 * What persons hold: their qualification facts (certificates issued by the centres, qualifications declared in a
 * survey), and what the facts imply, derived onto the person (highest level, certified, and the days from which each
 * kind of training counts).
 */
@Repository
class QualificationRepository {

    /** The sources of a qualification fact (person_qualification.source). */
    static final String CERTIFICATE = "CERTIFICATE";
    static final String DECLARED = "DECLARED";

    private static final String INSERT_QUALIFICATION = """
            insert into person_qualification (id, person_id, level_code, occupation_code, source, source_ref, acquired_on,
                                              years_in_trade, import_id, import_row)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final java.util.function.Supplier<java.util.Map<String, QualificationLevel>> levels;

    QualificationRepository(JdbcClient jdbc, JdbcTemplate batch, ReferenceCatalog reference) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.levels = reference::qualificationLevelsByCode;
    }

    void add(List<Object[]> rows) {
        batch.batchUpdate(INSERT_QUALIFICATION, rows);
    }

    static Object[] row(UUID personId, String levelCode, String occupationCode, String source,
                                     String sourceRef, LocalDate acquiredOn, Integer yearsInTrade,
                                     Provenance from) {
        return new Object[]{RecordIds.next(), personId, levelCode, occupationCode, source, sourceRef,
                PersonRepository.date(acquiredOn), yearsInTrade,
                Provenance.importOf(from), Provenance.rowOf(from)};
    }

    /** The qualification facts of these persons, by person (none for a person who holds none). */
    java.util.Map<UUID, List<QualificationFact>> factsOf(java.util.Collection<UUID> personIds) {
        java.util.Map<UUID, List<QualificationFact>> facts = new java.util.HashMap<>();
        jdbc.sql("""
                        select person_id, level_code, occupation_code, source, acquired_on, years_in_trade
                        from person_qualification where person_id in (:ids)""")
                .param("ids", personIds)
                .query((rs, n) -> facts.computeIfAbsent(rs.getObject("person_id", UUID.class), k -> new java.util.ArrayList<>())
                        .add(new QualificationFact(rs.getString("level_code"), rs.getString("occupation_code"),
                                CERTIFICATE.equals(rs.getString("source")),
                                rs.getObject("acquired_on", LocalDate.class),
                                rs.getObject("years_in_trade", Integer.class))))
                .list();
        return facts;
    }

    /** The declared qualifications recorded under these names, as they were declared. */
    java.util.Map<String, DeclaredQualification> declarations(java.util.Collection<String> names) {
        java.util.Map<String, DeclaredQualification> found = new java.util.HashMap<>();
        if (names.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                        select person_id, source_ref, level_code, occupation_code, acquired_on, years_in_trade
                        from person_qualification where source = 'DECLARED' and source_ref in (:names)""")
                .param("names", names)
                .query((rs, n) -> found.put(rs.getString("source_ref"), new DeclaredQualification(
                        rs.getObject("person_id", UUID.class), rs.getString("source_ref"), rs.getString("level_code"),
                        rs.getString("occupation_code"),
                        rs.getObject("acquired_on", LocalDate.class),
                        (Integer) rs.getObject("years_in_trade", Integer.class))))
                .list();
        return found;
    }

    /** Removes the facts of these source records, so that a declaration made again replaces the earlier one. */
    void remove(String source, java.util.Collection<String> sourceRefs) {
        if (!sourceRefs.isEmpty()) {
            jdbc.sql("delete from person_qualification where source = :source and source_ref in (:refs)")
                    .param("source", source).param("refs", sourceRefs).update();
        }
    }

    void removeOne(String source, String sourceRef) {
        jdbc.sql("delete from person_qualification where source = ? and source_ref = ?").params(source, sourceRef).update();
    }

    /** The qualification facts of a person: level, occupation, source, date. */
    List<java.util.Map<String, Object>> of(UUID personId) {
        return jdbc.sql("""
                        select level_code, occupation_code, source, acquired_on from person_qualification
                        where person_id = ? order by acquired_on""")
                .param(personId)
                .query((rs, n) -> {
                    java.util.Map<String, Object> fact = new java.util.LinkedHashMap<>();
                    fact.put("level", rs.getString("level_code"));
                    fact.put("occupation", rs.getString("occupation_code"));
                    fact.put("source", rs.getString("source"));
                    fact.put("acquiredOn", java.util.Objects.toString(rs.getObject("acquired_on", LocalDate.class), null));
                    return fact;
                })
                .list();
    }

    /**
     * Derives, for all the persons at once, what their qualification facts imply:
     * the highest level (the fact of the highest level wins; a person with none has none), whether they
     * are certified, and the first dates from which they count as certified, as having a short course,
     * and as having a skill acquired informally with at least 3 years in the trade (the indicators
     * compare these dates with 31 December of the year reported); noting the import (and row) that brought the
     * new facts on each person it names. One UPDATE per person, with values derived by {@link QualificationSummary}
     * from the facts read once for all.
     */
    void derive(java.util.Collection<UUID> personIds, Instant at,
                                     java.util.Map<UUID, Provenance> provenance) {
        if (personIds.isEmpty()) {
            return;
        }
        java.util.Map<UUID, List<QualificationSummary.Fact>> facts = new java.util.HashMap<>();
        jdbc.sql("select person_id, level_code, acquired_on, years_in_trade from person_qualification where person_id in (:ids)")
                .param("ids", personIds)
                .query((rs, n) -> facts.computeIfAbsent(rs.getObject("person_id", UUID.class), k -> new java.util.ArrayList<>())
                        .add(new QualificationSummary.Fact(rs.getString("level_code"),
                                rs.getObject("acquired_on", LocalDate.class),
                                rs.getObject("years_in_trade", Integer.class))))
                .list();
        java.util.Map<String, QualificationLevel> byCode = levels.get();
        Timestamp now = Timestamp.from(at);
        batch.batchUpdate("""
                        update person set highest_level_code = ?, certified = ?, certified_since = ?,
                            short_course_since = ?, informal_since = ?, national_cert_since = ?,
                            national_cert_3y_since = ?, updated_at = ?, import_id = coalesce(?, import_id), import_row = coalesce(?, import_row)
                        where id = ?""",
                personIds.stream().distinct().map(id -> {
                    QualificationSummary q = QualificationSummary.of(facts.getOrDefault(id, List.of()), byCode);
                    Provenance from = provenance.get(id);
                    return new Object[]{q.highestLevelCode(), q.certified(), PersonRepository.date(q.certifiedSince()),
                            PersonRepository.date(q.shortCourseSince()), PersonRepository.date(q.informalSince()),
                            PersonRepository.date(q.nationalCertSince()),
                            PersonRepository.date(q.nationalCertExperiencedSince()), now,
                            Provenance.importOf(from), Provenance.rowOf(from), id};
                }).toList());
    }
}
