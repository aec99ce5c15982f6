package vn.tuyenquang.workforce.imports;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.training.TrainingCentre;
import vn.tuyenquang.workforce.training.TrainingRegistry;

/**
 * Graduates files: upload (checked at once for being a graduates file at all), the background import,
 * its progress, its error report, and resuming an import that stopped.
 */
@Service
public class GraduateImports {

    /**
     * Where an import stands, for its progress bar and history line: rows read so far (committed), and
     * of those, rows rejected (the rest were imported).
     */
    public record Progress(ImportRun run, BatchStatus status, long read, long rejected) {

        public long written() {
            return read - rejected;
        }

        public int percent() {
            return run.dataRows() == 0 ? 100 : (int) Math.min(100, (read * 100) / run.dataRows());
        }

        public boolean running() {
            return status == BatchStatus.STARTING || status == BatchStatus.STARTED;
        }

        public boolean resumable() {
            return status == BatchStatus.FAILED || status == BatchStatus.STOPPED;
        }
    }

    private final ImportRepository imports;
    private final ImportStorage storage;
    private final TrainingRegistry training;
    private final JobLauncher launcher;
    private final Job job;
    private final JobExplorer explorer;
    private final Clock clock;

    GraduateImports(ImportRepository imports, ImportStorage storage, TrainingRegistry training,
                    @Qualifier("importJobLauncher") JobLauncher launcher, @Qualifier("graduateImport") Job job,
                    JobExplorer explorer, Clock clock) {
        this.imports = imports;
        this.storage = storage;
        this.training = training;
        this.launcher = launcher;
        this.job = job;
        this.explorer = explorer;
        this.clock = clock;
    }

    /**
     * Stores the file, checks its header and starts the import in the background.
     *
     * @throws ImportFileException when the file is not a graduates CSV file at all
     */
    public ImportRun upload(CurrentUser user, UUID centreId, String fileName, InputStream content) {
        TrainingCentre centre = training.centre(user, centreId);
        UUID id = UUID.randomUUID();
        Path file = storage.store(id, content);
        CsvLayout layout;
        try {
            if (XlsxToCsv.looksLikeXlsx(file)) {
                Path workbook = storage.rename(file, id + ".xlsx");
                XlsxToCsv.convert(workbook, file);
                storage.delete(workbook);
            }
            layout = CsvLayout.read(file, GraduateColumns.REQUIRED);
        } catch (ImportFileException e) {
            storage.delete(file);
            storage.delete(file.resolveSibling(id + ".xlsx"));
            throw e;
        }
        ImportRun run = new ImportRun(id, centre.id(), fileName == null ? "" : Path.of(fileName).getFileName().toString(),
                file.toString(), layout.dataRows(), user.getUsername(), clock.instant(), null);
        imports.insert(run);
        JobParameters parameters = new JobParametersBuilder()
                .addString("import", id.toString())
                .addString("centre", centre.id().toString())
                .addString("file", file.toString())
                .addString("delimiter", String.valueOf(layout.delimiter()), false)
                .addString("columns", String.join(",", layout.columns()), false)
                .addString("uploadedBy", user.getUsername(), false)
                .toJobParameters();
        launch(id, parameters);
        return run;
    }

    public Progress progress(CurrentUser user, UUID importId) {
        ImportRun run = imports.find(importId).orElseThrow(() -> new ImportFileException("import.notFound"));
        training.centre(user, run.centreId());
        return progressOf(run);
    }

    public List<Progress> history(CurrentUser user, UUID centreId) {
        training.centre(user, centreId);
        return imports.ofCentre(centreId, 50).stream().map(this::progressOf).toList();
    }

    public List<ImportError> errors(CurrentUser user, UUID importId, int limit) {
        progress(user, importId);
        return imports.errors(importId, limit);
    }

    /** Starts a stopped or failed import again; it goes on after the last committed chunk. */
    public void resume(CurrentUser user, UUID importId) {
        Progress progress = progress(user, importId);
        if (!progress.resumable()) {
            throw new ImportFileException("import.notResumable");
        }
        launch(importId, explorer.getJobExecution(progress.run().jobExecutionId()).getJobParameters());
    }

    void launch(UUID importId, JobParameters parameters) {
        try {
            JobExecution execution = launcher.run(job, parameters);
            imports.setJobExecution(importId, execution.getId());
        } catch (Exception e) {
            throw new IllegalStateException("The import could not be started", e);
        }
    }

    private Progress progressOf(ImportRun run) {
        Optional<JobExecution> execution = Optional.ofNullable(run.jobExecutionId()).map(explorer::getJobExecution);
        long read = 0;
        BatchStatus status = execution.map(JobExecution::getStatus).orElse(BatchStatus.STARTING);
        if (execution.isPresent()) {
            for (JobExecution attempt : explorer.getJobExecutions(execution.get().getJobInstance())) {
                for (StepExecution step : attempt.getStepExecutions()) {
                    read += step.getReadCount();
                }
            }
        }
        return new Progress(run, status, read, imports.rejectedRows(run.id()));
    }
}
