package vn.tuyenquang.workforce.orders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The courses' orders (their employers' names are the employers module's: {@link EmployerOrders} adds them). */
@Repository
class OrderRepository {

    private final JdbcClient jdbc;

    OrderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<EmployerOrder> find(UUID courseId) {
        return jdbc.sql("select * from course_order where course_id = ?").param(courseId).query(OrderRepository::order)
                .optional();
    }

    List<EmployerOrder> all() {
        return jdbc.sql("select * from course_order").query(OrderRepository::order).list();
    }

    void save(EmployerOrder o) {
        if (jdbc.sql("""
                        update course_order set employer_id = ?, places = ?, hiring_commitment = ?, recorded_by = ?,
                            recorded_at = ? where course_id = ?""")
                .params(o.employerId(), o.places(), o.hiringCommitment(), o.recordedBy(), Timestamp.from(o.recordedAt()),
                        o.courseId()).update() == 0) {
            jdbc.sql("""
                            insert into course_order (course_id, employer_id, places, hiring_commitment, recorded_by,
                                recorded_at) values (?, ?, ?, ?, ?, ?)""")
                    .params(o.courseId(), o.employerId(), o.places(), o.hiringCommitment(), o.recordedBy(),
                            Timestamp.from(o.recordedAt())).update();
        }
    }

    void delete(UUID courseId) {
        jdbc.sql("delete from course_order where course_id = ?").param(courseId).update();
    }

    private static EmployerOrder order(ResultSet rs, int n) throws SQLException {
        return new EmployerOrder(rs.getObject("course_id", UUID.class), rs.getObject("employer_id", UUID.class),
                null, rs.getInt("places"), rs.getInt("hiring_commitment"),
                rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }
}
