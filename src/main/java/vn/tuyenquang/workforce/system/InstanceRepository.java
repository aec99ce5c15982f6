package vn.tuyenquang.workforce.system;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The instances' heartbeats. */
@Repository
class InstanceRepository {

    private final JdbcClient jdbc;

    InstanceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void beat(String instanceId, Instant startedAt, Instant at) {
        if (jdbc.sql("update instance_heartbeat set beat_at = ? where instance_id = ?")
                .params(Timestamp.from(at), instanceId).update() == 0) {
            jdbc.sql("insert into instance_heartbeat (instance_id, started_at, beat_at) values (?, ?, ?)")
                    .params(instanceId, Timestamp.from(startedAt), Timestamp.from(at)).update();
        }
    }

    Optional<Instant> lastBeat(String instanceId) {
        return jdbc.sql("select beat_at from instance_heartbeat where instance_id = ?").param(instanceId)
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    /** Forgets the heartbeats older than {@code before}: instances long gone. */
    void forgetBefore(Instant before) {
        jdbc.sql("delete from instance_heartbeat where beat_at < ?").param(Timestamp.from(before)).update();
    }
}
