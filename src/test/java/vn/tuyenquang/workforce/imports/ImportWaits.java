package vn.tuyenquang.workforce.imports;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.batch.core.BatchStatus;
import vn.tuyenquang.workforce.accounts.CurrentUser;

/** Waiting for a background import, as its progress page does: until it ends, or until its first commit. */
public final class ImportWaits {

    private ImportWaits() {
    }

    /** The import's progress once it is no longer running (or after two minutes). */
    public static ImportRuns.Progress await(ImportRuns runs, CurrentUser user, UUID importId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        ImportRuns.Progress progress = runs.progress(user, importId);
        while ((progress.running() || progress.status() == BatchStatus.STOPPING) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            progress = runs.progress(user, importId);
        }
        return progress;
    }

    /** The import's job execution, once its first chunk is committed (or after a minute). */
    static long awaitFirstCommit(ImportRuns runs, CurrentUser user, UUID importId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        ImportRuns.Progress progress = runs.progress(user, importId);
        while (progress.done() == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
            progress = runs.progress(user, importId);
        }
        return progress.run().jobExecutionId();
    }
}
