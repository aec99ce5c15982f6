package vn.tuyenquang.workforce.imports;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.springframework.batch.repeat.RepeatContext;
import org.springframework.batch.repeat.RepeatListener;
import org.springframework.batch.repeat.RepeatStatus;

/**
 * Lets an import yield to the people being served while it runs: after each chunk (once its transaction has committed
 * and its connection is back in the pool), the worker rests {@code rest} times as long as the chunk took
 * ({@link ImportSettings#rest()}), if this instance began to answer someone in the last {@link #READERS_SEEN} seconds.
 * A rest of 1 keeps each worker busy at most half the time, so two workers leave the machine's cores to the dashboard
 * and the candidate search about half the time; 0 writes as fast as it can. With nobody served, no rest.
 */
final class ImportPacing implements RepeatListener {

    /** How recent a request must be for the import to rest: people reading now. */
    static final Duration READERS_SEEN = Duration.ofSeconds(5);

    private static final String STARTED = ImportPacing.class.getName() + ".started";

    private final double rest;
    private final PeopleServed served;

    ImportPacing(double rest, PeopleServed served) {
        this.rest = rest;
        this.served = served;
    }

    @Override
    public void before(RepeatContext context) {
        context.setAttribute(STARTED, System.nanoTime());
    }

    @Override
    public void after(RepeatContext context, RepeatStatus result) {
        Object started = context.getAttribute(STARTED);
        if (rest <= 0 || !(started instanceof Long since) || !result.isContinuable() || !served.within(READERS_SEEN)) {
            return;
        }
        long pause = (long) ((System.nanoTime() - since) * rest);
        try {
            TimeUnit.NANOSECONDS.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
