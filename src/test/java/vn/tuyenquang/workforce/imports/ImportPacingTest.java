package vn.tuyenquang.workforce.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.batch.repeat.context.RepeatContextSupport;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * An import's worker rests after a chunk, as long as the chunk took times the rest, and the imports' workers write one
 * chunk at a time, only while people are being served here; with nobody served (a night load, the demo seeded at
 * start) they go straight on, all at once.
 */
class ImportPacingTest {

    static final long CHUNK_MILLIS = 200;

    @Test
    void aWorkerRestsAfterAChunkOnlyWhilePeopleAreServed() throws Exception {
        PeopleServed served = new PeopleServed();
        ImportPacing pacing = new ImportPacing(1.0, served);

        assertThat(restAfterAChunk(pacing)).as("nobody served: no rest").isLessThan(CHUNK_MILLIS / 2);

        served.doFilter(new MockHttpServletRequest("GET", "/indicators"), new MockHttpServletResponse(),
                new MockFilterChain());
        assertThat(restAfterAChunk(pacing)).as("someone served: a rest as long as the chunk")
                .isGreaterThanOrEqualTo(CHUNK_MILLIS);

        assertThat(restAfterAChunk(new ImportPacing(0, served))).as("rest 0: straight on").isLessThan(CHUNK_MILLIS / 2);
    }

    @Test
    void whilePeopleAreServedTheImportsWriteOneChunkAtATimeAndTheLastChunkGivesItsTurnBack() throws Exception {
        PeopleServed served = new PeopleServed();
        ImportPacing pacing = new ImportPacing(0.01, served);

        RepeatContextSupport nightLoad = new RepeatContextSupport(null);
        pacing.before(nightLoad);
        assertThat(startsAChunk(pacing, new RepeatContextSupport(null))).as("nobody served: both write at once")
                .isTrue();
        pacing.close(nightLoad);

        served.doFilter(new MockHttpServletRequest("GET", "/indicators"), new MockHttpServletResponse(),
                new MockFilterChain());
        RepeatContextSupport graduates = new RepeatContextSupport(null);
        RepeatContextSupport survey = new RepeatContextSupport(null);
        pacing.before(graduates);
        CompletableFuture<Void> surveyChunk = CompletableFuture.runAsync(() -> pacing.before(survey));
        Thread.sleep(CHUNK_MILLIS);
        assertThat(surveyChunk).as("someone served: the survey waits for the graduates' chunk").isNotDone();

        // The graduates file's last chunk: Spring Batch calls no after() for it, only close() at the step's end.
        pacing.close(graduates);
        surveyChunk.get(5, TimeUnit.SECONDS);
        pacing.after(survey, RepeatStatus.CONTINUABLE);
        assertThat(startsAChunk(pacing, graduates)).as("the turn goes round").isTrue();
    }

    /** Whether the worker of {@code context} starts a chunk within a second. */
    private static boolean startsAChunk(ImportPacing pacing, RepeatContextSupport context) throws Exception {
        try {
            CompletableFuture.runAsync(() -> pacing.before(context)).get(1, TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException waiting) {
            return false;
        }
    }

    /** How long the worker rests after a chunk of {@link #CHUNK_MILLIS}, in milliseconds. */
    private static long restAfterAChunk(ImportPacing pacing) throws InterruptedException {
        RepeatContextSupport context = new RepeatContextSupport(null);
        pacing.before(context);
        Thread.sleep(CHUNK_MILLIS);
        long start = System.nanoTime();
        pacing.after(context, RepeatStatus.CONTINUABLE);
        return (System.nanoTime() - start) / 1_000_000;
    }
}
