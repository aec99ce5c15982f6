package vn.tuyenquang.workforce.matching.index;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.bulk.OperationType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * An index kept in step with PostgreSQL through {@link SearchOutbox}: every few seconds the oldest waiting rows of its
 * kind are read, their records sent as they are now in one bulk request, and only then the rows marked sent. While
 * Elasticsearch is down the rows wait, and the index catches up when it returns.
 * <p>
 * Every write carries an external version: the time at which the records were read, in microseconds, never the same
 * twice. A write of what was read later therefore always wins over one of what was read before, whatever order the
 * requests reach Elasticsearch in; whatever changed after a read has a row of its own, sent later.
 */
public abstract class OutboxProjection<T> {

    static final int BATCH = 1000;

    private static final AtomicLong LAST_VERSION = new AtomicLong();

    private final Logger log = LoggerFactory.getLogger(getClass());
    private final String alias;
    private final SearchOutbox.Kind kind;
    private final SearchOutbox outbox;
    private final ElasticsearchClient client;
    private final Clock clock;

    /** Whether the last run failed: the failure is logged once, not every five seconds, and so is the recovery. */
    private boolean failing;

    OutboxProjection(String alias, SearchOutbox.Kind kind, SearchOutbox outbox, ElasticsearchClient client, Clock clock) {
        this.alias = alias;
        this.kind = kind;
        this.outbox = outbox;
        this.client = client;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT10S", fixedDelayString = "PT5S")
    void scheduledSync() {
        try {
            sync();
            if (failing) {
                log.info("The {} index is being updated again.", alias);
                failing = false;
            }
        } catch (IOException | ElasticsearchException | DataAccessException e) {
            if (!failing) {
                log.warn("The {} index could not be updated ({}); it catches up when Elasticsearch answers.", alias,
                        e.getMessage());
                failing = true;
            }
        }
    }

    /**
     * Sends every queued change, batch by batch, each batch claimed in a transaction of its own (two instances
     * draining at once never send the same row); returns how many outbox rows were handled.
     */
    public synchronized int sync() throws IOException {
        int handled = 0;
        while (true) {
            int claimed = outbox.drain(kind, BATCH, queued -> send(alias,
                    queued.stream().map(SearchOutbox.Queued::recordId).distinct().toList()), clock.instant());
            handled += claimed;
            if (claimed < BATCH) {
                return handled;
            }
        }
    }

    /**
     * Sends again every record changed at or after {@code since} to {@code index}, whether or not the alias had it
     * already: how a rebuild catches up with what changed while it copied. Returns how many records.
     */
    int catchUp(String index, Instant since) throws IOException {
        List<UUID> changed = new ArrayList<>(outbox.changedSince(kind, since));
        for (int from = 0; from < changed.size(); from += BATCH) {
            send(index, changed.subList(from, Math.min(changed.size(), from + BATCH)));
        }
        return changed.size();
    }

    /**
     * Sends these records, as they are now, to {@code index} (the alias, or a rebuild's new index), with a version
     * taken before they are read.
     */
    void send(String index, Collection<UUID> recordIds) throws IOException {
        long version = nextVersion();
        write(index, read(recordIds), version);
    }

    /** These records as their owner has them now. */
    abstract List<T> read(Collection<UUID> recordIds);

    /** Writes records read after {@code version} was taken to {@code index}. */
    abstract void write(String index, List<T> records, long version) throws IOException;

    /** A version for what is about to be read: later than every version handed out before, in this process. */
    static long nextVersion() {
        long now = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
        return LAST_VERSION.updateAndGet(last -> Math.max(last + 1, now));
    }

    /**
     * One bulk request to {@code index}; a version conflict (a newer version is there) or deleting a document that is not
     * there is fine. A missing index or alias is not: the rows are not marked sent, and go again once it exists (on a
     * fresh start the outbox may be drained before the aliases are created).
     */
    void bulk(String index, List<BulkOperation> operations) throws IOException {
        if (operations.isEmpty()) {
            return;
        }
        // Through the alias, it must be one: a write before the alias exists fails (and waits in the outbox) rather than
        // create an index of that name, which would keep the alias from ever being created.
        BulkResponse response = client.bulk(b -> b.requireAlias(index.equals(alias)).operations(operations));
        for (BulkResponseItem item : response.items()) {
            if (item.error() != null && !harmless(item)) {
                throw new IOException("Elasticsearch refused " + alias + " document " + item.id() + ": "
                        + item.error().reason());
            }
        }
    }

    private static boolean harmless(BulkResponseItem item) {
        boolean documentGone = item.operationType() == OperationType.Delete && item.status() == 404
                && !"index_not_found_exception".equals(item.error().type());
        return item.status() == 409 || documentGone;
    }
}
