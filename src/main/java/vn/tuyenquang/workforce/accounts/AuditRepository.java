package vn.tuyenquang.workforce.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit_event table: rows are only ever inserted. */
@Repository
class AuditRepository {

    private static final String INSERT = "insert into audit_event (occurred_at, actor, action, record_type, record_id,"
            + " before_state, after_state) values (?, ?, ?, ?, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    AuditRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** One row: occurred at, actor, action, record type, record id, before and after (JSON). */
    void insert(Object[] row) {
        jdbc.sql(INSERT).params(row).update();
    }

    void insertAll(List<Object[]> rows) {
        batch.batchUpdate(INSERT, rows);
    }

    List<AuditTrail.Event> search(AuditTrail.Query query, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(query, params);
        return jdbc.sql("select * from audit_event" + where + " order by id desc limit " + limit + " offset " + offset)
                .params(params)
                .query((rs, n) -> new AuditTrail.Event(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"), AuditTrail.Action.valueOf(rs.getString("action")),
                        rs.getString("record_type"), rs.getString("record_id"), rs.getString("before_state"),
                        rs.getString("after_state")))
                .list();
    }

    long count(AuditTrail.Query query) {
        List<Object> params = new ArrayList<>();
        return jdbc.sql("select count(*) from audit_event" + where(query, params)).params(params)
                .query(Long.class).single();
    }

    /** The query's filters as SQL, their values added to {@code params}. */
    private static String where(AuditTrail.Query query, List<Object> params) {
        StringBuilder sql = new StringBuilder(" where 1 = 1");
        if (query.actor() != null) {
            sql.append(" and actor = ?");
            params.add(query.actor());
        }
        if (query.recordType() != null) {
            sql.append(" and record_type = ?");
            params.add(query.recordType());
        }
        if (query.recordId() != null) {
            sql.append(" and record_id = ?");
            params.add(query.recordId());
        }
        if (query.from() != null) {
            sql.append(" and occurred_at >= ?");
            params.add(query.from().atOffset(ZoneOffset.UTC));
        }
        if (query.until() != null) {
            sql.append(" and occurred_at < ?");
            params.add(query.until().atOffset(ZoneOffset.UTC));
        }
        return sql.toString();
    }

    List<String> recordTypes() {
        return jdbc.sql("select distinct record_type from audit_event order by record_type").query(String.class).list();
    }
}
