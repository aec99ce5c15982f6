package vn.tuyenquang.workforce.matching.index;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The search indexes' transactional outbox: a row per change to a record an index holds, written in the change's
 * own transaction; marked sent once the index has the record, and kept a while after for rebuilds to catch up from.
 */
@Repository
class SearchOutbox {

    /** Which index a row is for. */
    enum Kind {
        CANDIDATE,
        VACANCY
    }

    /** A row waiting: its id and the record it names. */
    record Queued(long id, UUID recordId) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    SearchOutbox(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void queue(Kind kind, Collection<UUID> recordIds, Instant at) {
        Timestamp queuedAt = Timestamp.from(at);
        batch.batchUpdate("insert into search_outbox (kind, record_id, queued_at) values (?, ?, ?)",
                recordIds.stream().map(id -> new Object[]{kind.name(), id, queuedAt}).toList());
    }

    /** The oldest rows not yet sent, at most {@code limit}. */
    List<Queued> waiting(Kind kind, int limit) {
        return jdbc.sql("""
                        select id, record_id from search_outbox where kind = ? and sent_at is null
                        order by id fetch first ? rows only""")
                .params(kind.name(), limit)
                .query((rs, n) -> new Queued(rs.getLong("id"), rs.getObject("record_id", UUID.class))).list();
    }

    void sent(Collection<Long> ids, Instant at) {
        if (!ids.isEmpty()) {
            jdbc.sql("update search_outbox set sent_at = :at where id in (:ids)")
                    .param("at", Timestamp.from(at)).param("ids", ids).update();
        }
    }

    /** The records of this kind changed at or after {@code since}, sent or not: what a rebuild catches up with. */
    Set<UUID> changedSince(Kind kind, Instant since) {
        return Set.copyOf(jdbc.sql("select distinct record_id from search_outbox where kind = ? and queued_at >= ?")
                .params(kind.name(), Timestamp.from(since)).query(UUID.class).list());
    }

    /** Forgets the rows sent before {@code before}; returns how many. */
    int forgetSentBefore(Instant before) {
        return jdbc.sql("delete from search_outbox where sent_at < ?").param(Timestamp.from(before)).update();
    }
}
