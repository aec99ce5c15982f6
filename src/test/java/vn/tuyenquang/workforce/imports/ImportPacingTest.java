package vn.tuyenquang.workforce.imports;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.batch.repeat.context.RepeatContextSupport;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * An import's worker rests after a chunk, as long as the chunk took times the rest, only while people are being served
 * here; with nobody served (a night load, the demo seeded at start) it goes straight on.
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
