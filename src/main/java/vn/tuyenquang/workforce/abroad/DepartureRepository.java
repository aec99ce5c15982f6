package vn.tuyenquang.workforce.abroad;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The departures. */
@Repository
class DepartureRepository {

    private final JdbcClient jdbc;

    DepartureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Departure d) {
        jdbc.sql("""
                        insert into departure (id, person_id, country_code, occupation_code, sent_by, departed_on,
                            contract_months, returned_on, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(d.id(), d.personId(), d.countryCode(), d.occupationCode(), d.sentBy(), Date.valueOf(d.departedOn()),
                        d.contractMonths(), d.returnedOn() == null ? null : Date.valueOf(d.returnedOn()), d.recordedBy(),
                        Timestamp.from(d.recordedAt()))
                .update();
    }

    void setReturn(UUID id, LocalDate on) {
        jdbc.sql("update departure set returned_on = ? where id = ?").params(Date.valueOf(on), id).update();
    }

    Optional<Departure> find(UUID id) {
        return jdbc.sql("select * from departure where id = ?").param(id).query(DepartureRepository::departure).optional();
    }

    Optional<Departure> find(UUID personId, LocalDate departedOn) {
        return jdbc.sql("select * from departure where person_id = ? and departed_on = ?")
                .params(personId, Date.valueOf(departedOn)).query(DepartureRepository::departure).optional();
    }

    /** Departures that left or came back in [from, to], the latest first. */
    List<Departure> between(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select * from departure where departed_on between :from and :to or returned_on between :from and :to
                        order by departed_on desc, id""")
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query(DepartureRepository::departure).list();
    }

    private static Departure departure(ResultSet rs, int n) throws SQLException {
        Date returned = rs.getDate("returned_on");
        return new Departure(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getString("country_code"), rs.getString("occupation_code"), rs.getString("sent_by"),
                rs.getDate("departed_on").toLocalDate(), rs.getInt("contract_months"),
                returned == null ? null : returned.toLocalDate(), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }
}
