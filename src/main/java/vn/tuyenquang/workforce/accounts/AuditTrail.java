package vn.tuyenquang.workforce.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The audit trail: who changed which record when, with the record as it was before and after, and every
 * reveal of a person's contact details. Rows are written in the caller's transaction, so a change and
 * its audit row commit together; nothing in the application updates or deletes them.
 */
@Component
public class AuditTrail {

    /** What happened to a record. */
    public enum Action { CREATE, UPDATE, DELETE, REVEAL }

    /** One audit row as shown to the department. */
    public record Event(long id, Instant occurredAt, String actor, Action action, String recordType, String recordId,
                        String before, String after) {
    }

    /** Filters of the audit page; null means "any". */
    public record Query(String actor, String recordType, String recordId, Instant from, Instant until) {
    }

    static final String SYSTEM_ACTOR = "system";
    private static final String INSERT = "insert into audit_event (occurred_at, actor, action, record_type, record_id,"
            + " before_state, after_state) values (?, ?, ?, ?, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ObjectMapper json;

    AuditTrail(JdbcClient jdbc, JdbcTemplate batch, ObjectMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    public void created(String recordType, Object recordId, Object after) {
        write(Action.CREATE, recordType, recordId, null, after);
    }

    /** Many records created at once (a file import): one audit row each, written in one batch. */
    public void createdAll(String recordType, Map<?, ?> afterById) {
        if (afterById.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now());
        String actor = actor();
        List<Object[]> rows = new ArrayList<>();
        afterById.forEach((id, after) -> rows.add(new Object[]{now, actor, Action.CREATE.name(), recordType,
                String.valueOf(id), null, toJson(after)}));
        batch.batchUpdate(INSERT, rows);
    }

    public void changed(String recordType, Object recordId, Object before, Object after) {
        write(Action.UPDATE, recordType, recordId, before, after);
    }

    public void deleted(String recordType, Object recordId, Object before) {
        write(Action.DELETE, recordType, recordId, before, null);
    }

    /** Someone was shown a person's personal data ({@code what}: "phone", "citizen id", …). */
    public void revealed(String recordType, Object recordId, String what) {
        write(Action.REVEAL, recordType, recordId, null, Map.of("revealed", what));
    }

    /** The newest events first, at most {@code limit}. */
    public List<Event> search(Query query, int limit) {
        StringBuilder sql = new StringBuilder("select * from audit_event where 1 = 1");
        List<Object> params = new ArrayList<>();
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
        sql.append(" order by id desc limit ").append(limit);
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new Event(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"), Action.valueOf(rs.getString("action")), rs.getString("record_type"),
                        rs.getString("record_id"), rs.getString("before_state"), rs.getString("after_state")))
                .list();
    }

    /** Record types that appear in the trail, for the page's filter. */
    public List<String> recordTypes() {
        return jdbc.sql("select distinct record_type from audit_event order by record_type").query(String.class).list();
    }

    private void write(Action action, String recordType, Object recordId, Object before, Object after) {
        jdbc.sql(INSERT)
                .params(Timestamp.from(Instant.now()), actor(), action.name(), recordType, String.valueOf(recordId),
                        toJson(before), toJson(after))
                .update();
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? SYSTEM_ACTOR : authentication.getName();
    }

    private String toJson(Object state) {
        if (state == null) {
            return null;
        }
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit state cannot be written as JSON: " + state.getClass(), e);
        }
    }
}
