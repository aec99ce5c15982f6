package vn.tuyenquang.workforce.digital;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The department's digital groups and the courses marked as teaching digital skills. */
@Repository
class DigitalRepository {

    private final JdbcClient jdbc;

    DigitalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<String> groups() {
        return jdbc.sql("select occupation_code from digital_skill_group order by occupation_code").query(String.class).list();
    }

    boolean addGroup(String code, Instant at) {
        if (groups().contains(code)) {
            return false;
        }
        jdbc.sql("insert into digital_skill_group (occupation_code, added_at) values (?, ?)")
                .params(code, Timestamp.from(at)).update();
        return true;
    }

    boolean removeGroup(String code) {
        return jdbc.sql("delete from digital_skill_group where occupation_code = ?").param(code).update() > 0;
    }

    Map<UUID, DigitalMark> marks() {
        return jdbc.sql("select * from digital_course").query(DigitalRepository::mark).list().stream()
                .collect(Collectors.toMap(DigitalMark::courseId, m -> m));
    }

    Optional<DigitalMark> mark(UUID courseId) {
        return jdbc.sql("select * from digital_course where course_id = ?").param(courseId)
                .query(DigitalRepository::mark).optional();
    }

    void saveMark(DigitalMark mark) {
        if (jdbc.sql("update digital_course set reason = ?, marked_by = ?, marked_at = ? where course_id = ?")
                .params(mark.reason(), mark.markedBy(), Timestamp.from(mark.markedAt()), mark.courseId()).update() == 0) {
            jdbc.sql("insert into digital_course (course_id, reason, marked_by, marked_at) values (?, ?, ?, ?)")
                    .params(mark.courseId(), mark.reason(), mark.markedBy(), Timestamp.from(mark.markedAt())).update();
        }
    }

    boolean deleteMark(UUID courseId) {
        return jdbc.sql("delete from digital_course where course_id = ?").param(courseId).update() > 0;
    }

    private static DigitalMark mark(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new DigitalMark(rs.getObject("course_id", UUID.class), rs.getString("reason"), rs.getString("marked_by"),
                rs.getTimestamp("marked_at").toInstant());
    }
}
