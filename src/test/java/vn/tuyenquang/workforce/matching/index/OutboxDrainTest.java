package vn.tuyenquang.workforce.matching.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tuyenquang.workforce.IntegrationTest;

/** Two drains of the search outbox at once, as two instances would run them: no row is sent twice. */
@IntegrationTest
class OutboxDrainTest {

    @Autowired
    SearchOutbox outbox;

    @Test
    void aRowClaimedByOneDrainIsSkippedByAnotherAndSentOnce() throws Exception {
        // VACANCY rows naming no vacancy: sending them writes nothing; only who claims them matters here.
        List<UUID> queued = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        outbox.queue(SearchOutbox.Kind.VACANCY, queued, Instant.now());
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<UUID> sentByFirst = new java.util.concurrent.CopyOnWriteArrayList<>();
        ExecutorService first = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> slow = first.submit(() -> outbox.drain(SearchOutbox.Kind.VACANCY, 1000, rows -> {
                rows.forEach(row -> sentByFirst.add(row.recordId()));
                claimed.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new java.io.IOException(e);
                }
            }, Instant.now()));
            assertThat(claimed.await(30, TimeUnit.SECONDS)).isTrue();

            // While the first drain holds its rows, a second finds none of them.
            List<UUID> sentBySecond = new java.util.ArrayList<>();
            outbox.drain(SearchOutbox.Kind.VACANCY, 1000, rows -> rows.forEach(row -> sentBySecond.add(row.recordId())),
                    Instant.now());
            // ... at once: it did not wait for the first to let go.
            assertThat(slow.isDone()).isFalse();
            release.countDown();
            slow.get(30, TimeUnit.SECONDS);

            assertThat(sentByFirst).containsAll(queued);
            assertThat(sentBySecond).doesNotContainAnyElementsOf(queued);
            assertThat(outbox.waiting(SearchOutbox.Kind.VACANCY, 1000)).extracting(SearchOutbox.Queued::recordId)
                    .doesNotContainAnyElementsOf(queued);
        } finally {
            release.countDown();
            first.shutdownNow();
        }
    }
}
