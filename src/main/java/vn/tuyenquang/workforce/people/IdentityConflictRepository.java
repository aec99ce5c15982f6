package vn.tuyenquang.workforce.people;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class IdentityConflictRepository {

    private final JdbcClient jdbc;

    IdentityConflictRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many conflicts the centre queued since {@code since}. */
    int queuedByCentreSince(UUID centreId, Instant since) {
        return jdbc.sql("select count(*) from identity_conflict where centre_id = ? and created_at >= ?")
                .params(centreId, java.sql.Timestamp.from(since)).query(Integer.class).single();
    }

    void insert(UUID id, UUID personId, Person submitted, String by, IdentityConflict.Source source, Instant at) {
        jdbc.sql("""
                        insert into identity_conflict (id, person_id, submitted_name, submitted_birth_date, submitted_by,
                                                       centre_id, import_id, import_row, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, personId, submitted.fullName(), Date.valueOf(submitted.birthDate()), by, source.centreId(),
                        source.row() == null ? null : source.row().importId(),
                        source.row() == null ? null : source.row().row(), Timestamp.from(at))
                .update();
    }

    int openCount() {
        return jdbc.sql("select count(*) from identity_conflict where resolution is null").query(Integer.class).single();
    }

    List<IdentityConflict> open() {
        return jdbc.sql("select * from identity_conflict where resolution is null order by created_at")
                .query(IdentityConflictRepository::map).list();
    }

    Optional<IdentityConflict> findOpen(UUID id) {
        return jdbc.sql("select * from identity_conflict where id = ? and resolution is null")
                .param(id).query(IdentityConflictRepository::map).optional();
    }

    void resolve(UUID id, IdentityConflict.Resolution resolution, String by, Instant at) {
        jdbc.sql("update identity_conflict set resolution = ?, resolved_by = ?, resolved_at = ? where id = ?")
                .params(resolution.name(), by, Timestamp.from(at), id).update();
    }

    private static IdentityConflict map(ResultSet rs, int row) throws SQLException {
        String resolution = rs.getString("resolution");
        return new IdentityConflict(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getString("submitted_name"), rs.getDate("submitted_birth_date").toLocalDate(),
                rs.getString("submitted_by"), rs.getObject("centre_id", UUID.class), rs.getObject("import_id", UUID.class),
                rs.getObject("import_row", Integer.class), rs.getTimestamp("created_at").toInstant(),
                resolution == null ? null : IdentityConflict.Resolution.valueOf(resolution));
    }
}
