package vn.tuyenquang.workforce.indicators;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The communes' baselines and per-person surveys: what each commune's figure of a year rests on. */
@Repository
class CoverageRepository {

    /** A per-person survey of a commune, by year. */
    record Survey(String communeCode, int year) {
    }

    private final JdbcClient jdbc;

    CoverageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CommuneBaseline> baselines() {
        return jdbc.sql("select * from commune_baseline order by baseline_year desc, commune_code")
                .query(CoverageRepository::baseline).list();
    }

    Optional<CommuneBaseline> baseline(String communeCode, int year) {
        return jdbc.sql("select * from commune_baseline where commune_code = ? and baseline_year = ?")
                .params(communeCode, year).query(CoverageRepository::baseline).optional();
    }

    /** Adds the baseline, or replaces the commune's baseline of that year. */
    void save(CommuneBaseline b) {
        int updated = jdbc.sql("""
                        update commune_baseline set labour_force = ?, trained = ?, certified = ?, source_note = ?,
                                                    recorded_by = ?, recorded_at = ?
                        where commune_code = ? and baseline_year = ?""")
                .params(b.labourForce(), b.trained(), b.certified(), b.sourceNote(), b.recordedBy(),
                        Timestamp.from(b.recordedAt()), b.communeCode(), b.year())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into commune_baseline (commune_code, baseline_year, labour_force, trained, certified,
                                                          source_note, recorded_by, recorded_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(b.communeCode(), b.year(), b.labourForce(), b.trained(), b.certified(), b.sourceNote(),
                            b.recordedBy(), Timestamp.from(b.recordedAt()))
                    .update();
        }
    }

    private static CommuneBaseline baseline(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new CommuneBaseline(rs.getString("commune_code"), rs.getInt("baseline_year"), rs.getLong("labour_force"),
                rs.getLong("trained"), rs.getLong("certified"), rs.getString("source_note"), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }

    List<Survey> surveys() {
        return jdbc.sql("select commune_code, survey_year from commune_survey")
                .query((rs, n) -> new Survey(rs.getString("commune_code"), rs.getInt("survey_year"))).list();
    }

    /** Records that a per-person survey of the commune for that year is in the register. */
    void recordSurvey(String communeCode, int year, Instant at) {
        int known = jdbc.sql("select count(*) from commune_survey where commune_code = ? and survey_year = ?")
                .params(communeCode, year).query(Integer.class).single();
        if (known == 0) {
            jdbc.sql("insert into commune_survey (commune_code, survey_year, recorded_at) values (?, ?, ?)")
                    .params(communeCode, year, Timestamp.from(at)).update();
        }
    }
}
