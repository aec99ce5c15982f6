package vn.tuyenquang.workforce.accreditation;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The decisions, never changed but for the mark of the lapse notice. */
@Repository
class AccreditationRepository {

    /** Each centre's latest decision: by decision day, then by when it was recorded. */
    private static final String LATEST = """
            select * from centre_accreditation a where not exists (
                select 1 from centre_accreditation b where b.centre_id = a.centre_id
                and (b.decided_on > a.decided_on or (b.decided_on = a.decided_on and b.recorded_at > a.recorded_at)))""";

    private final JdbcClient jdbc;

    AccreditationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Accreditation a) {
        jdbc.sql("""
                        insert into centre_accreditation (id, centre_id, result, body, decided_on, valid_until, recorded_by,
                            recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(a.id(), a.centreId(), a.result().name(), a.body(), Date.valueOf(a.decidedOn()),
                        a.validUntil() == null ? null : Date.valueOf(a.validUntil()), a.recordedBy(),
                        Timestamp.from(a.recordedAt()))
                .update();
    }

    List<Accreditation> historyOf(UUID centreId) {
        return jdbc.sql("select * from centre_accreditation where centre_id = ? order by decided_on desc, recorded_at desc")
                .param(centreId).query(AccreditationRepository::accreditation).list();
    }

    List<Accreditation> latest() {
        return jdbc.sql(LATEST).query(AccreditationRepository::accreditation).list();
    }

    /** The latest decisions that are accreditations lapsing in [from, to] whose notice has not been sent. */
    List<Accreditation> lapsingUnnoticed(LocalDate from, LocalDate to) {
        return jdbc.sql(LATEST + " and a.result = 'ACCREDITED' and a.valid_until between ? and ? and a.lapse_notified_at is null")
                .params(Date.valueOf(from), Date.valueOf(to)).query(AccreditationRepository::accreditation).list();
    }

    /** Marks the notice sent; false when another instance marked it first. */
    boolean markNotified(UUID id, Instant at) {
        return jdbc.sql("update centre_accreditation set lapse_notified_at = ? where id = ? and lapse_notified_at is null")
                .params(Timestamp.from(at), id).update() == 1;
    }

    private static Accreditation accreditation(ResultSet rs, int n) throws SQLException {
        Date until = rs.getDate("valid_until");
        return new Accreditation(rs.getObject("id", UUID.class), rs.getObject("centre_id", UUID.class),
                Accreditation.Result.valueOf(rs.getString("result")), rs.getString("body"),
                rs.getDate("decided_on").toLocalDate(), until == null ? null : until.toLocalDate(),
                rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }
}
