package vn.tuyenquang.workforce.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tuyenquang.workforce.text.VietnameseText;

/** Training centres and their courses. */
@Repository
class CentreRepository {

    private final JdbcClient jdbc;

    CentreRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TrainingCentre> findCentre(UUID id) {
        return jdbc.sql("select * from training_centre where id = ?").param(id).query(CentreRepository::centre).optional();
    }

    boolean centreCodeTaken(String code) {
        return jdbc.sql("select count(*) from training_centre where code = ?").param(code).query(Long.class).single() > 0;
    }

    /** Centres whose code starts with or whose folded name contains {@code foldedQuery}, in that order. */
    List<TrainingCentre> searchCentres(String foldedQuery, CentreOrder order, int offset, int limit) {
        return jdbc.sql("""
                        select * from training_centre
                        where :q = '' or name_folded like :contains or lower(code) like :prefix
                        order by %s offset :offset rows fetch next :limit rows only""".formatted(order.orderBy))
                .param("q", foldedQuery).param("contains", "%" + foldedQuery + "%").param("prefix", foldedQuery + "%")
                .param("offset", offset).param("limit", limit)
                .query(CentreRepository::centre).list();
    }

    long countCentres(String foldedQuery) {
        return jdbc.sql("""
                        select count(*) from training_centre
                        where :q = '' or name_folded like :contains or lower(code) like :prefix""")
                .param("q", foldedQuery).param("contains", "%" + foldedQuery + "%").param("prefix", foldedQuery + "%")
                .query(Long.class).single();
    }

    void insertCentre(TrainingCentre c) {
        jdbc.sql("""
                        insert into training_centre (id, code, name, name_folded, commune_code, created_at, ownership)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(c.id(), c.code(), c.name(), VietnameseText.fold(c.name()), c.communeCode(),
                        Timestamp.from(c.createdAt()), c.ownership() == null ? null : c.ownership().name())
                .update();
    }

    void setOwnership(UUID centreId, TrainingCentre.Ownership ownership) {
        jdbc.sql("update training_centre set ownership = ? where id = ?")
                .params(ownership == null ? null : ownership.name(), centreId).update();
    }

    Optional<Course> findCourse(UUID id) {
        return jdbc.sql("select * from course where id = ?").param(id).query(CentreRepository::course).optional();
    }

    Optional<Course> findCourseByCode(UUID centreId, String code) {
        return jdbc.sql("select * from course where centre_id = ? and code = ?").params(centreId, code)
                .query(CentreRepository::course).optional();
    }

    /** The names of every centre's courses with the occupation each trains for, each pair once. */
    List<java.util.Map.Entry<String, String>> courseNamesAndOccupations() {
        return jdbc.sql("select distinct name, occupation_code from course order by name, occupation_code")
                .query((rs, n) -> java.util.Map.entry(rs.getString("name"), rs.getString("occupation_code"))).list();
    }

    List<Course> coursesOf(UUID centreId) {
        return jdbc.sql("select * from course where centre_id = ? order by code").param(centreId)
                .query(CentreRepository::course).list();
    }

    void insertCourse(Course c, java.time.Instant at) {
        jdbc.sql("""
                        insert into course (id, centre_id, code, name, occupation_code, level_code, duration_months,
                                            full_time, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.id(), c.centreId(), c.code(), c.name(), c.occupationCode(), c.levelCode(), c.durationMonths(),
                        c.fullTime(), Timestamp.from(at))
                .update();
    }

    private static TrainingCentre centre(ResultSet rs, int row) throws SQLException {
        return new TrainingCentre(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                rs.getString("commune_code"), rs.getTimestamp("created_at").toInstant(),
                rs.getString("ownership") == null ? null : TrainingCentre.Ownership.valueOf(rs.getString("ownership")));
    }

    private static Course course(ResultSet rs, int row) throws SQLException {
        return new Course(rs.getObject("id", UUID.class), rs.getObject("centre_id", UUID.class), rs.getString("code"),
                rs.getString("name"), rs.getString("occupation_code"), rs.getString("level_code"),
                rs.getInt("duration_months"), rs.getBoolean("full_time"));
    }
}
