package vn.tuyenquang.workforce.imports;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.SkipListener;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.item.ItemProcessor;
import org.springframework.batch.item.ItemReader;
import org.springframework.batch.item.ItemWriter;
import org.springframework.dao.DataAccessException;
import org.springframework.core.task.TaskExecutor;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.batch.repeat.support.RepeatTemplate;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.retry.RetryCallback;
import org.springframework.retry.RetryContext;
import org.springframework.retry.RetryListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What every import job shares: a reader of the stored file, record by record, and a fault-tolerant chunk
 * step. A row its own checks reject is skipped in processing; a row the database still refuses makes the
 * chunk fail, and Spring Batch then writes the chunk again one row per transaction, so that only that row
 * is skipped and every other row lands. Each skipped row's problems are recorded in the transaction that
 * commits its neighbours, and the writers record every other row's outcome the same way. Spring Batch keeps
 * the restart point with every commit, so a resumed import goes on after the last committed chunk: nothing
 * is lost or written twice, and a row refused once is refused as a row again, never as the whole import. Between
 * chunks the step rests ({@link ImportPacing}), so that readers keep the cores while files are imported.
 */
final class ImportSteps {

    static final int CHUNK = 1000;

    private ImportSteps() {
    }

    static ImportFileReader reader(String name, String file, String delimiter, String columns, String importId) {
        return new ImportFileReader(name, file, delimiter, columns, importId);
    }

    static <T> Step step(String name, JobRepository jobs, PlatformTransactionManager transactions,
                                             ItemReader<ImportLine> reader, ItemProcessor<ImportLine, ImportedRow<T>> processor,
                                             ItemWriter<ImportedRow<T>> writer, ImportRepository imports,
                                             ImportPacing pacing) {
        RepeatTemplate chunks = new RepeatTemplate();
        chunks.registerListener(pacing);
        return new StepBuilder(name, jobs)
                .<ImportLine, ImportedRow<T>>chunk(CHUNK, transactions)
                .stepOperations(chunks)
                .reader(reader)
                .processor(processor)
                .writer(writer)
                .faultTolerant()
                // Another import or partition writing the same learner at the same moment: the chunk is tried
                // again, and then finds that learner recorded.
                .retry(DuplicateKeyException.class)
                .retry(PessimisticLockingFailureException.class)
                .retryLimit(3)
                .listener(new RetryLogger())
                .skipPolicy((failure, skipped) -> isTheRowsFault(failure))
                .listener(new RejectedRowRecorder<T>(imports))
                .listener(new ActingAsUploader())
                .build();
    }

    /**
     * The worker step run over consecutive ranges of the file's records ({@link RecordRanges}), {@code workers}
     * at a time.
     */
    static Step partitioned(String name, JobRepository jobs, Step worker, int workers, TaskExecutor executor) {
        return new StepBuilder(name, jobs)
                .partitioner(worker.getName(), new RecordRanges())
                .step(worker)
                .gridSize(workers)
                .taskExecutor(executor)
                .build();
    }

    /**
     * A row's own problem, or a refusal of its values by the database; never a failure of the database
     * itself (a lost connection, a deadlock), which stops the import so that it can be resumed.
     */
    static boolean isTheRowsFault(Throwable failure) {
        return failure instanceof RejectedRow
                || failure instanceof DataAccessException
                && !(failure instanceof TransientDataAccessException
                || failure instanceof RecoverableDataAccessException
                || failure instanceof DataAccessResourceFailureException);
    }

    /** Writes a skipped row's problems to the report, in the transaction of the chunk it belonged to. */
    static class RejectedRowRecorder<T> implements SkipListener<ImportLine, ImportedRow<T>> {

        private final ImportRepository imports;

        RejectedRowRecorder(ImportRepository imports) {
            this.imports = imports;
        }

        @Override
        public void onSkipInProcess(ImportLine line, Throwable t) {
            if (t instanceof RejectedRow rejected) {
                imports.reject(line.importId(), rejected);
            }
        }

        @Override
        public void onSkipInWrite(ImportedRow<T> row, Throwable t) {
            imports.reject(row.line().importId(), new RejectedRow(row.line(),
                    List.of(new RejectedRow.Problem("", "", "import.row.refusedByDatabase"))));
        }
    }

    /**
     * Says in the log that a chunk is tried again, and why, by the failure's class alone: a database's
     * message may quote the row's values (a citizen ID), which never go to a log.
     */
    static class RetryLogger implements RetryListener {

        private static final Logger log = LoggerFactory.getLogger(ImportSteps.class);

        @Override
        public <T, E extends Throwable> void onError(RetryContext context, RetryCallback<T, E> callback, Throwable failure) {
            log.info("An import chunk will be tried again after {}", failure.getClass().getSimpleName());
        }
    }

    /** The uploader of the import these job parameters run becomes the author of what this thread writes. */
    static void actAsUploader(JobParameters parameters) {
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(parameters.getString("uploadedBy"), null, List.of()));
    }

    /** The audit trail names the person who uploaded the file as the author of what the import does. */
    static class ActingAsUploader implements StepExecutionListener {

        @Override
        public void beforeStep(StepExecution step) {
            actAsUploader(step.getJobParameters());
        }

        @Override
        public ExitStatus afterStep(StepExecution step) {
            SecurityContextHolder.clearContext();
            return null;
        }
    }
}
