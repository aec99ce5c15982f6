package vn.tuyenquang.workforce.programmes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tuyenquang.workforce.system.Database;

/** The programmes and the enrolments they funded. */
@Repository
class ProgrammeRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ProgrammeRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    List<FundingProgramme> all() {
        return jdbc.sql("select * from funding_programme order by first_year desc, code")
                .query(ProgrammeRepository::programme).list();
    }

    Optional<FundingProgramme> find(UUID id) {
        return jdbc.sql("select * from funding_programme where id = ?").param(id)
                .query(ProgrammeRepository::programme).optional();
    }

    /** The programme whose code is {@code code}, letter case aside. */
    Optional<FundingProgramme> findByCode(String code) {
        return jdbc.sql("select * from funding_programme where upper(code) = upper(?)").param(code)
                .query(ProgrammeRepository::programme).optional();
    }

    void insert(FundingProgramme p) {
        jdbc.sql("""
                        insert into funding_programme (id, code, name, kind, first_year, last_year, created_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(p.id(), p.code(), p.name(), p.kind().name(), p.firstYear(), p.lastYear(),
                        Timestamp.from(p.createdAt()))
                .update();
    }

    void update(FundingProgramme p) {
        jdbc.sql("update funding_programme set code = ?, name = ?, kind = ?, first_year = ?, last_year = ? where id = ?")
                .params(p.code(), p.name(), p.kind().name(), p.firstYear(), p.lastYear(), p.id())
                .update();
    }

    /** Each enrolment's programme, for those that name one; read {@value Database#IN_LIST_MAX} enrolments at a time. */
    Map<UUID, UUID> programmesOf(Collection<UUID> enrolmentIds) {
        Map<UUID, UUID> programmes = new HashMap<>();
        Database.inLists(enrolmentIds, ids -> jdbc.sql(
                        "select enrolment_id, programme_id from enrolment_funding where enrolment_id in (:ids)")
                .param("ids", ids)
                .query((rs, n) -> programmes.put(rs.getObject("enrolment_id", UUID.class),
                        rs.getObject("programme_id", UUID.class)))
                .list());
        return programmes;
    }

    void insertFundings(Map<UUID, UUID> programmeByEnrolment, Timestamp at) {
        batch.batchUpdate("insert into enrolment_funding (enrolment_id, programme_id, recorded_at) values (?, ?, ?)",
                programmeByEnrolment.entrySet().stream()
                        .map(e -> new Object[] {e.getKey(), e.getValue(), at}).toList());
    }

    private static FundingProgramme programme(ResultSet rs, int n) throws SQLException {
        return new FundingProgramme(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                FundingProgramme.Kind.valueOf(rs.getString("kind")), rs.getInt("first_year"),
                rs.getObject("last_year", Integer.class), rs.getTimestamp("created_at").toInstant());
    }
}
