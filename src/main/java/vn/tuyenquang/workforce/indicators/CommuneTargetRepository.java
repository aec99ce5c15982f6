package vn.tuyenquang.workforce.indicators;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The communes' own targets. */
@Repository
class CommuneTargetRepository {

    private final JdbcClient jdbc;

    CommuneTargetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CommuneTarget> all() {
        return jdbc.sql("select * from commune_target order by commune_code").query(CommuneTargetRepository::map).list();
    }

    Optional<CommuneTarget> find(String communeCode) {
        return jdbc.sql("select * from commune_target where commune_code = ?").param(communeCode)
                .query(CommuneTargetRepository::map).optional();
    }

    void save(CommuneTarget t) {
        int updated = jdbc.sql("""
                        update commune_target set trained = ?, certified = ?, reason = ?, set_by = ?, set_at = ?
                        where commune_code = ?""")
                .params(t.trained(), t.certified(), t.reason(), t.setBy(), Timestamp.from(t.setAt()), t.communeCode())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into commune_target (commune_code, trained, certified, reason, set_by, set_at)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(t.communeCode(), t.trained(), t.certified(), t.reason(), t.setBy(), Timestamp.from(t.setAt()))
                    .update();
        }
    }

    void delete(String communeCode) {
        jdbc.sql("delete from commune_target where commune_code = ?").param(communeCode).update();
    }

    private static CommuneTarget map(ResultSet rs, int row) throws SQLException {
        return new CommuneTarget(rs.getString("commune_code"), rs.getBigDecimal("trained"), rs.getBigDecimal("certified"),
                rs.getString("reason"), rs.getString("set_by"), rs.getTimestamp("set_at").toInstant());
    }
}
