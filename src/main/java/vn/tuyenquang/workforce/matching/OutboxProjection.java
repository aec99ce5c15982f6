package vn.tuyenquang.workforce.matching;

import java.io.IOException;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * An index kept in step with PostgreSQL through a transactional outbox: every few seconds the oldest rows
 * are read, their records sent as they are now in one bulk request with external versions, and only then
 * the rows deleted. While Elasticsearch is down the rows wait, and the index catches up when it returns.
 */
abstract class OutboxProjection {

    static final int BATCH = 1000;

    private final Logger log = LoggerFactory.getLogger(getClass());
    private final String index;
    protected final ElasticsearchClient client;

    /** Whether the last run failed: the failure is logged once, not every five seconds, and so is the recovery. */
    private boolean failing;

    OutboxProjection(String index, ElasticsearchClient client) {
        this.index = index;
        this.client = client;
    }

    @Scheduled(initialDelayString = "PT10S", fixedDelayString = "PT5S")
    void scheduledSync() {
        try {
            sync();
            if (failing) {
                log.info("The {} index is being updated again.", index);
                failing = false;
            }
        } catch (IOException | ElasticsearchException | DataAccessException e) {
            if (!failing) {
                log.warn("The {} index could not be updated ({}); it catches up when Elasticsearch answers.", index,
                        e.getMessage());
                failing = true;
            }
        }
    }

    /** Sends every queued change, batch by batch; returns how many outbox rows were handled. */
    synchronized int sync() throws IOException {
        int handled = 0;
        while (true) {
            int batch = syncBatch();
            handled += batch;
            if (batch < BATCH) {
                return handled;
            }
        }
    }

    /** Sends the changes of the oldest {@link #BATCH} outbox rows, then deletes the rows; returns how many there were. */
    abstract int syncBatch() throws IOException;

    /** One bulk request; a version conflict (a newer version is there) or deleting what is not there is fine. */
    void bulk(List<BulkOperation> operations) throws IOException {
        if (operations.isEmpty()) {
            return;
        }
        BulkResponse response = client.bulk(b -> b.operations(operations));
        for (BulkResponseItem item : response.items()) {
            if (item.error() != null && item.status() != 409 && item.status() != 404) {
                throw new IOException("Elasticsearch refused " + index + " document " + item.id() + ": "
                        + item.error().reason());
            }
        }
    }
}
