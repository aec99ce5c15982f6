package vn.tuyenquang.workforce.employers;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tuyenquang.workforce.people.Sex;
import vn.tuyenquang.workforce.text.VietnameseText;

@Repository
class EmployerRepository {

    /** Vacancies with their employer's name, for the search index and the searches that check it. */
    private static final String WITH_EMPLOYER =
            "select v.*, e.name as employer_name from vacancy v join employer e on e.id = v.employer_id ";

    private final JdbcClient jdbc;

    EmployerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Employer e) {
        jdbc.sql("""
                        insert into employer (id, tax_code, name, name_folded, industrial_park, commune_code, contact_name,
                                              contact_phone, contact_email, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.id(), e.taxCode().value(), e.name(), VietnameseText.fold(e.name()), e.industrialPark(),
                        e.communeCode(), e.contactName(), e.contactPhone(), e.contactEmail(), Timestamp.from(e.createdAt()))
                .update();
    }

    Optional<Employer> find(UUID id) {
        return jdbc.sql("select * from employer where id = ?").param(id).query(EmployerRepository::employer).optional();
    }

    /** The names of these employers, by id (those that exist), in one read. */
    java.util.Map<UUID, String> names(java.util.Collection<UUID> ids) {
        java.util.Map<UUID, String> names = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, name from employer where id in (:ids)").param("ids", java.util.Set.copyOf(ids))
                    .query(rs -> {
                        names.put(rs.getObject("id", UUID.class), rs.getString("name"));
                    });
        }
        return names;
    }

    boolean taxCodeTaken(TaxCode taxCode) {
        return jdbc.sql("select count(*) from employer where tax_code = ?").param(taxCode.value())
                .query(Long.class).single() > 0;
    }

    /** Employers whose folded name or tax code contains {@code folded} (or every employer), in name order. */
    List<Employer> search(String folded, int limit) {
        String pattern = "%" + folded.replace("%", "").replace("_", "") + "%";
        return jdbc.sql("""
                        select * from employer where name_folded like :pattern or tax_code like :pattern
                        order by name_folded, id limit :limit""")
                .param("pattern", pattern).param("limit", limit)
                .query(EmployerRepository::employer).list();
    }

    void insert(Vacancy v) {
        jdbc.sql("""
                        insert into vacancy (id, employer_id, title, occupation_code, min_level_code, skills, headcount,
                                             pay_min_vnd, pay_max_vnd, commune_code, industrial_park, latitude, longitude,
                                             deadline, status, created_at, updated_at, required_sex, sex_reason)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(v.id(), v.employerId(), v.title(), v.occupationCode(), v.minLevelCode(), v.skills(), v.headcount(),
                        v.payMinVnd(), v.payMaxVnd(), v.communeCode(), v.industrialPark(), v.latitude(), v.longitude(),
                        Date.valueOf(v.deadline()), v.status().name(), Timestamp.from(v.createdAt()),
                        Timestamp.from(v.createdAt()), v.requiredSex() == null ? null : v.requiredSex().name(), v.sexReason())
                .update();
    }

    /** Rewrites the vacancy while it is still a draft; false when it no longer is. */
    boolean updateDraft(Vacancy v, Instant at) {
        return jdbc.sql("""
                        update vacancy set title = ?, occupation_code = ?, min_level_code = ?, skills = ?, headcount = ?,
                                           pay_min_vnd = ?, pay_max_vnd = ?, commune_code = ?, industrial_park = ?,
                                           latitude = ?, longitude = ?, deadline = ?, required_sex = ?, sex_reason = ?,
                                           updated_at = ?
                        where id = ? and status = 'DRAFT'""")
                .params(v.title(), v.occupationCode(), v.minLevelCode(), v.skills(), v.headcount(), v.payMinVnd(),
                        v.payMaxVnd(), v.communeCode(), v.industrialPark(), v.latitude(), v.longitude(),
                        Date.valueOf(v.deadline()), v.requiredSex() == null ? null : v.requiredSex().name(), v.sexReason(),
                        Timestamp.from(at), v.id())
                .update() == 1;
    }

    Optional<Vacancy> findVacancy(UUID id) {
        return jdbc.sql("select * from vacancy where id = ?").param(id).query(EmployerRepository::vacancy).optional();
    }

    List<Vacancy> vacanciesOf(UUID employerId) {
        return jdbc.sql("select * from vacancy where employer_id = ? order by created_at desc").param(employerId)
                .query(EmployerRepository::vacancy).list();
    }

    void addHire(UUID vacancyId, Instant at) {
        jdbc.sql("update vacancy set hired = hired + 1, updated_at = ? where id = ?")
                .params(Timestamp.from(at), vacancyId).update();
    }

    void removeHire(UUID vacancyId, Instant at) {
        jdbc.sql("update vacancy set hired = hired - 1, updated_at = ? where id = ? and hired > 0")
                .params(Timestamp.from(at), vacancyId).update();
    }

    /** Moves the vacancy from {@code from} to {@code to}; whether it was still in {@code from}. */
    boolean moveFrom(UUID vacancyId, Vacancy.Status from, Vacancy.Status to, Instant at) {
        return jdbc.sql("update vacancy set status = ?, updated_at = ? where id = ? and status = ?")
                .params(to.name(), Timestamp.from(at), vacancyId, from.name()).update() == 1;
    }

    void setStatus(UUID vacancyId, Vacancy.Status status, Instant at) {
        jdbc.sql("update vacancy set status = ?, updated_at = ? where id = ?")
                .params(status.name(), Timestamp.from(at), vacancyId).update();
    }

    /** These vacancies as they are now, with their employers' names. */
    List<IndexedVacancy> indexed(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(WITH_EMPLOYER + "where v.id in (:ids)").param("ids", ids).query(EmployerRepository::indexed).list();
    }

    List<IndexedVacancy> changedSince(Instant since, UUID after, int limit) {
        return (after == null
                ? jdbc.sql(WITH_EMPLOYER + "where v.updated_at >= ? order by v.updated_at, v.id limit ?")
                        .params(Timestamp.from(since), limit)
                : jdbc.sql(WITH_EMPLOYER + "where (v.updated_at, v.id) > (?, ?) order by v.updated_at, v.id limit ?")
                        .params(Timestamp.from(since), after, limit))
                .query(EmployerRepository::indexed).list();
    }

    /** These vacancies, with their employers' names. */
    List<VacancySummary> withEmployers(java.util.Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : jdbc.sql(WITH_EMPLOYER + "where v.id in (:ids)").param("ids", ids)
                .query((rs, n) -> new VacancySummary(vacancy(rs, n), rs.getString("employer_name"))).list();
    }

    /** Every vacancy past its draft, with its employer's name and the park it names (its own, else its employer's). */
    List<VacancyReads.Workplace> workplaces() {
        return jdbc.sql("""
                        select v.id, v.employer_id, e.name, coalesce(v.industrial_park, e.industrial_park) as park,
                            v.occupation_code, v.commune_code, v.headcount, v.hired, v.status
                        from vacancy v join employer e on e.id = v.employer_id where v.status <> 'DRAFT'""")
                .query((rs, n) -> new VacancyReads.Workplace(rs.getObject("id", UUID.class),
                        rs.getObject("employer_id", UUID.class), rs.getString("name"), rs.getString("park"),
                        rs.getString("occupation_code"), rs.getString("commune_code"), rs.getInt("headcount"),
                        rs.getInt("hired"), Vacancy.Status.valueOf(rs.getString("status"))))
                .list();
    }

    /** The industrial parks employers and vacancies name, as typed, with how many of each name each. */
    List<VacancyReads.ParkName> parkNames() {
        java.util.Map<String, long[]> counts = new java.util.TreeMap<>();
        jdbc.sql("select industrial_park, count(*) as n from employer where industrial_park is not null group by industrial_park")
                .query((rs, n) -> counts.computeIfAbsent(rs.getString("industrial_park"), k -> new long[2])[0] = rs.getLong("n"))
                .list();
        jdbc.sql("select industrial_park, count(*) as n from vacancy where industrial_park is not null group by industrial_park")
                .query((rs, n) -> counts.computeIfAbsent(rs.getString("industrial_park"), k -> new long[2])[1] = rs.getLong("n"))
                .list();
        return counts.entrySet().stream()
                .map(e -> new VacancyReads.ParkName(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    List<Demand> openDemand() {
        return jdbc.sql("""
                        select occupation_code, commune_code, sum(headcount - hired) as headcount from vacancy
                        where status = 'OPEN' and headcount > hired
                        group by occupation_code, commune_code""")
                .query((rs, n) -> new Demand(rs.getString("occupation_code"), rs.getString("commune_code"),
                        rs.getLong("headcount")))
                .list();
    }

    /** Open vacancies whose deadline has passed. */
    List<Vacancy> overdue(LocalDate today) {
        return jdbc.sql("select * from vacancy where status = 'OPEN' and deadline < ?").param(Date.valueOf(today))
                .query(EmployerRepository::vacancy).list();
    }

    private static Employer employer(ResultSet rs, int row) throws SQLException {
        return new Employer(rs.getObject("id", UUID.class), new TaxCode(rs.getString("tax_code")), rs.getString("name"),
                rs.getString("industrial_park"), rs.getString("commune_code"), rs.getString("contact_name"),
                rs.getString("contact_phone"), rs.getString("contact_email"), rs.getTimestamp("created_at").toInstant());
    }

    private static IndexedVacancy indexed(ResultSet rs, int row) throws SQLException {
        return new IndexedVacancy(vacancy(rs, row), rs.getString("employer_name"),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static Vacancy vacancy(ResultSet rs, int row) throws SQLException {
        return new Vacancy(rs.getObject("id", UUID.class), rs.getObject("employer_id", UUID.class), rs.getString("title"),
                rs.getString("occupation_code"), rs.getString("min_level_code"), rs.getString("skills"),
                rs.getInt("headcount"), rs.getLong("pay_min_vnd"), rs.getLong("pay_max_vnd"), rs.getString("commune_code"),
                rs.getString("industrial_park"), rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"),
                rs.getDate("deadline").toLocalDate(), Vacancy.Status.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("required_sex") == null ? null : Sex.valueOf(rs.getString("required_sex")),
                rs.getString("sex_reason"), rs.getInt("hired"));
    }
}
