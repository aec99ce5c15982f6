package vn.tuyenquang.workforce.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

        private static final ObjectMapper STATES = new ObjectMapper();

        /** The record's state before, as JSON; null when there was none (or it cannot be read). */
        public JsonNode beforeState() {
            return state(before);
        }

        /** The record's state after, as JSON; null when there is none (or it cannot be read). */
        public JsonNode afterState() {
            return state(after);
        }

        private static JsonNode state(String text) {
            try {
                return text == null ? null : STATES.readTree(text);
            } catch (JsonProcessingException unreadable) {
                return null;
            }
        }
    }

    /** Filters of the audit page; null means "any". */
    public record Query(String actor, String recordType, String recordId, Instant from, Instant until) {
    }

    static final String SYSTEM_ACTOR = "system";

    private final AuditRepository events;
    private final ObjectMapper json;

    AuditTrail(AuditRepository events, ObjectMapper json) {
        this.events = events;
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
        events.insertAll(rows);
    }

    public void changed(String recordType, Object recordId, Object before, Object after) {
        write(Action.UPDATE, recordType, recordId, before, after);
    }

    public void deleted(String recordType, Object recordId, Object before) {
        write(Action.DELETE, recordType, recordId, before, null);
    }

    /** Someone was shown a person's personal data ({@code what}: "phone", "export", …), for the reason they gave. */
    public void revealed(String recordType, Object recordId, String what, String reason) {
        Map<String, String> shown = new java.util.LinkedHashMap<>();
        shown.put("revealed", what);
        shown.put("reason", reason);
        write(Action.REVEAL, recordType, recordId, null, shown);
    }

    /** The newest events first, at most {@code limit}. */
    public List<Event> search(Query query, int limit) {
        return events.search(query, 0, limit);
    }

    /** The newest events first, from the {@code offset}-th on, at most {@code limit}. */
    public List<Event> search(Query query, int offset, int limit) {
        return events.search(query, offset, limit);
    }

    /** How many events the query finds. */
    public long count(Query query) {
        return events.count(query);
    }

    /** Record types that appear in the trail, for the page's filter. */
    public List<String> recordTypes() {
        return events.recordTypes();
    }

    private void write(Action action, String recordType, Object recordId, Object before, Object after) {
        events.insert(new Object[]{Timestamp.from(Instant.now()), actor(), action.name(), recordType,
                String.valueOf(recordId), toJson(before), toJson(after)});
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
