package vn.tuyenquang.workforce.imports;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.batch.repeat.RepeatContext;
import org.springframework.batch.repeat.RepeatListener;
import org.springframework.batch.repeat.RepeatStatus;

/**
 * Lets imports yield to the people being served while they run, if this instance began to answer someone in the last
 * {@link #READERS_SEEN} seconds: the imports' workers (every file's) write one chunk at a time between them, and after
 * each chunk (once its transaction has committed and its connection is back in the pool) the worker rests {@code rest}
 * times as long as the chunk took ({@link ImportSettings#rest()}). A rest of 1 keeps the imports, all together, busy at
 * most half the time on one core (their writing in PostgreSQL included), and leaves the rest to the dashboard and the
 * candidate search; 0 writes as fast as it can. With nobody served, every worker writes at once and none rests.
 *
 * <p>One chunk at a time is the measured part (load test, 1.1 M persons, 100 people while a 100,000-row file and a
 * survey were imported): with each worker only resting, three workers took about 0.8 of a core in PostgreSQL and
 * as much in the application, and the readers' p95 was 8 times their idle one (docs/ARCHITECTURE.md, "Imports").
 */
final class ImportPacing implements RepeatListener {

    /** How recent a request must be for the import to rest: people reading now. */
    static final Duration READERS_SEEN = Duration.ofSeconds(5);

    private static final String STARTED = ImportPacing.class.getName() + ".started";
    private static final String TAKEN = ImportPacing.class.getName() + ".turn";

    /** The imports' turn to write while people are served: one chunk at a time, first come first served. */
    private final Semaphore turn = new Semaphore(1, true);

    private final double rest;
    private final PeopleServed served;

    ImportPacing(double rest, PeopleServed served) {
        this.rest = rest;
        this.served = served;
    }

    @Override
    public void before(RepeatContext context) {
        if (rest > 0 && served.within(READERS_SEEN)) {
            try {
                turn.acquire();
                context.setAttribute(TAKEN, true);
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
            }
        }
        context.setAttribute(STARTED, System.nanoTime());
    }

    @Override
    public void onError(RepeatContext context, Throwable e) {
        giveBackTurn(context);
    }

    /** The end of the step: Spring Batch calls no {@code after} for its last chunk, nor for one that failed. */
    @Override
    public void close(RepeatContext context) {
        giveBackTurn(context);
    }

    @Override
    public void after(RepeatContext context, RepeatStatus result) {
        giveBackTurn(context);
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

    private void giveBackTurn(RepeatContext context) {
        if (context.removeAttribute(TAKEN) != null) {
            turn.release();
        }
    }
}
