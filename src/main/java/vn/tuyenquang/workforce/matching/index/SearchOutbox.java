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

    private final boolean postgres;

    SearchOutbox(JdbcClient jdbc, JdbcTemplate batch, vn.tuyenquang.workforce.system.Database database) {
        this.jdbc = jdbc;
        this.postgres = database.isPostgres();
        this.batch = batch;
    }

    void queue(Kind kind, Collection<UUID> recordIds, Instant at) {
        Timestamp queuedAt = Timestamp.from(at);
        batch.batchUpdate("insert into search_outbox (kind, record_id, queued_at) values (?, ?, ?)",
                recordIds.stream().map(id -> new Object[]{kind.name(), id, queuedAt}).toList());
    }

    /** What a drain does with the rows it claimed: send their records. */
    interface Sender {
        void send(List<Queued> claimed) throws java.io.IOException;
    }

    /**
     * Claims the oldest waiting rows of {@code kind}, at most {@code limit}, skipping those another drain (on another
     * instance) holds; lets {@code sender} send them; marks them sent; all in one transaction, so that rows whose sending
     * fails, or whose instance stops midway, stay waiting. Returns how many rows were claimed.
     */
    @org.springframework.transaction.annotation.Transactional(rollbackFor = java.io.IOException.class)
    int drain(Kind kind, int limit, Sender sender, Instant at) throws java.io.IOException {
        List<Queued> claimed = jdbc.sql("""
                        select id, record_id from search_outbox where kind = ? and sent_at is null
                        order by id fetch first ? rows only for update""" + (postgres ? " skip locked" : ""))
                .params(kind.name(), limit)
                .query((rs, n) -> new Queued(rs.getLong("id"), rs.getObject("record_id", UUID.class))).list();
        if (!claimed.isEmpty()) {
            sender.send(claimed);
            sent(claimed.stream().map(Queued::id).toList(), at);
        }
        return claimed.size();
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
