package vn.tuyenquang.workforce.imports;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuyenquang.workforce.accounts.AuditTrail;
import vn.tuyenquang.workforce.system.Instances;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.training.TrainingRegistry;

/**
 * Every import, whatever its file: where it stands, its rejected rows, resuming it when it stopped. A
 * graduates file is followed by its centre's staff and the department; a labour survey by the department.
 */
@Service
public class ImportRuns {

    /**
     * Where an import stands, for its progress bar and history line: of the file's records, how many have
     * been created, updated, found unchanged and rejected so far (committed). When it is done, the four add up
     * to the file's records.
     */
    public record Progress(ImportRun run, BatchStatus status, Map<RowOutcome, Long> outcomes, Instant fileKeptUntil) {

        public long created() {
            return outcomes.get(RowOutcome.CREATED);
        }

        public long updated() {
            return outcomes.get(RowOutcome.UPDATED);
        }

        public long unchanged() {
            return outcomes.get(RowOutcome.UNCHANGED);
        }

        public long rejected() {
            return outcomes.get(RowOutcome.REJECTED);
        }

        /** Records with an outcome so far. */
        public long done() {
            return created() + updated() + unchanged() + rejected();
        }

        public int percent() {
            return run.dataRows() == 0 ? 100 : (int) Math.min(100, (done() * 100) / run.dataRows());
        }

        public boolean running() {
            return status == BatchStatus.STARTING || status == BatchStatus.STARTED;
        }

        public boolean resumable() {
            return status == BatchStatus.FAILED || status == BatchStatus.STOPPED;
        }
    }

    private final ImportRepository imports;
    private final AuditTrail audit;
    private final TrainingRegistry training;
    private final JobLauncher launcher;
    private final Map<String, Job> jobs;
    private final JobExplorer explorer;
    private final Duration retention;
    private final Duration ownerExpiry;
    private final Instances instances;
    /**
     * The outcomes of completed imports, which never change again (a completed job is not run again): counted once,
     * not at every view of the lists and the department's home page, where a survey of a million rows took a tenth of a
     * second to count each time.
     */
    private final Cache<UUID, Map<RowOutcome, Long>> completed = Caffeine.newBuilder().maximumSize(1_000).build();

    ImportRuns(AuditTrail audit, ImportRepository imports, TrainingRegistry training, @Qualifier("importJobLauncher") JobLauncher launcher,
               List<Job> jobs, JobExplorer explorer, ImportSettings settings, Instances instances) {
        this.retention = settings.retention();
        this.ownerExpiry = settings.ownerExpiry();
        this.instances = instances;
        this.audit = audit;
        this.imports = imports;
        this.training = training;
        this.launcher = launcher;
        this.jobs = jobs.stream().collect(Collectors.toMap(Job::getName, Function.identity()));
        this.explorer = explorer;
    }

    public Progress progress(CurrentUser user, UUID importId) {
        ImportRun run = imports.find(importId).orElseThrow(() -> new ImportFileException("import.notFound"));
        checkScope(user, run);
        return progressOf(run);
    }

    /**
     * For a survey import: how many persons left each commune's population because this newer survey no longer listed
     * them, by commune code (communes where none left are not named).
     */
    public Map<String, Integer> departures(CurrentUser user, UUID importId) {
        progress(user, importId);
        return imports.departures(importId);
    }

    public List<ImportError> errors(CurrentUser user, UUID importId, int limit) {
        progress(user, importId);
        return imports.errors(importId, limit);
    }

    /** Starts a stopped or failed import again; it goes on after the last committed chunk. */
    public void resume(CurrentUser user, UUID importId) {
        Progress progress = progress(user, importId);
        if (!progress.resumable() || progress.run().fileDeletedAt() != null) {
            throw new ImportFileException("import.notResumable");
        }
        launch(progress.run(), explorer.getJobExecution(progress.run().jobExecutionId()).getJobParameters());
    }

    /** The job parameters every import has: the run, its stored file and layout, and who uploaded it. */
    static JobParametersBuilder parameters(ImportRun run, CsvLayout layout) {
        return new JobParametersBuilder()
                .addString("import", run.id().toString())
                .addString("file", run.storedPath())
                .addString("delimiter", String.valueOf(layout.delimiter()), false)
                .addString("columns", String.join(",", layout.columns()), false)
                .addLong("records", (long) layout.dataRows(), false)
                .addString("uploadedBy", run.uploadedBy(), false);
    }

    /** The name the file had on the uploader's machine, without its folders. */
    static String baseName(String fileName) {
        return fileName == null ? "" : java.nio.file.Path.of(fileName).getFileName().toString();
    }

    /**
     * Records the upload and starts its job in the background. The upload is audited as one event naming the
     * file, its SHA-256 and its records; the records the import writes name it in turn.
     */
    ImportRun start(ImportRun run, JobParameters parameters) {
        imports.insert(run);
        audit.created("import_run", run.id(), Map.of("kind", run.kind().name(), "file", run.fileName(),
                "sha256", run.fileSha256(), "records", run.dataRows()));
        launch(run, parameters);
        return run;
    }

    /** Starts (or starts again) the import's job on this instance, which owns it from now on. */
    void launch(ImportRun run, JobParameters parameters) {
        imports.setOwner(run.id(), instances.self());
        try {
            JobExecution execution = launcher.run(jobs.get(run.kind().job()), parameters);
            imports.setJobExecution(run.id(), execution.getId());
        } catch (Exception e) {
            throw new IllegalStateException("The import could not be started", e);
        }
    }

    Optional<ImportRun> find(UUID importId) {
        return imports.find(importId);
    }

    /**
     * Takes over the import if the instance that ran it has stopped (its heartbeat older than
     * {@code workforce.imports.owner-expiry}): whether this instance now owns it. Two survivors asking at once: one does.
     */
    boolean takeOverIfOrphaned(UUID importId) {
        String owner = imports.ownerOf(importId);
        return (owner == null || !instances.alive(owner, ownerExpiry))
                && imports.takeOver(importId, owner, instances.self());
    }

    /**
     * The imports among the latest 50 that need someone's attention: stopped or failed (to resume), or with rows
     * refused that no later upload fixed (to correct and send again): an import leaves the list once every refused row
     * came back accepted, about the same learner and course, in a later upload of the same centre. The department sees every centre's and the surveys; a centre's staff
     * their own centre's.
     */
    public List<Progress> needingAttention(CurrentUser user) {
        List<ImportRun> latest = user.provinceOrOwnCentre().map(centre -> imports.ofCentre(centre, 50))
                .orElseGet(() -> imports.latest(50));
        List<Progress> progress = latest.stream().map(this::progressOf).toList();
        java.util.Set<UUID> toFix = imports.stillRejected(
                progress.stream().filter(p -> p.rejected() > 0).map(p -> p.run().id()).toList());
        return progress.stream().filter(p -> p.resumable() || toFix.contains(p.run().id())).toList();
    }

    Progress progressOf(ImportRun run) {
        Map<RowOutcome, Long> counted = completed.getIfPresent(run.id());
        if (counted != null) {
            return new Progress(run, BatchStatus.COMPLETED, counted, run.fileKeptUntil(retention));
        }
        BatchStatus status = Optional.ofNullable(run.jobExecutionId()).map(explorer::getJobExecution)
                .map(JobExecution::getStatus).orElse(BatchStatus.STARTING);
        Map<RowOutcome, Long> outcomes = imports.outcomeCounts(run.id());
        if (status == BatchStatus.COMPLETED) {
            completed.put(run.id(), Map.copyOf(outcomes));
        }
        return new Progress(run, status, outcomes, run.fileKeptUntil(retention));
    }

    /**
     * Every row's outcome for the report, in file order, a rejected row once per problem (streamed to
     * {@code line}, in one read-only transaction so that the database can hand it over a page at a time).
     */
    @Transactional(readOnly = true)
    public void report(CurrentUser user, UUID importId, Consumer<ReportLine> line) {
        progress(user, importId);
        imports.report(importId, line);
    }

    /**
     * The rows of the file that were refused, as they were uploaded (the header's columns, in its order), each with its
     * problems in the order of the file's columns: a file the clerk corrects in a spreadsheet and uploads again as it is.
     *
     * @throws ImportFileException (not found) when the uploaded file is no longer kept
     */
    public RejectedRows rejectedRows(CurrentUser user, UUID importId) {
        ImportRun run = progress(user, importId).run();
        java.nio.file.Path file = run.storedPath() == null ? null : java.nio.file.Path.of(run.storedPath());
        if (run.fileDeletedAt() != null || file == null || !java.nio.file.Files.exists(file)) {
            throw new ImportFileException("import.rejectedRows.notFound");
        }
        Map<Integer, List<ImportError>> problems = new java.util.TreeMap<>();
        imports.errors(importId, Integer.MAX_VALUE).forEach(e -> problems.computeIfAbsent(e.rowNumber(),
                row -> new java.util.ArrayList<>()).add(e));
        CsvLayout layout = CsvLayout.read(file, run.kind());
        List<RejectedRows.Row> rows = new java.util.ArrayList<>();
        try (CsvRecords records = CsvRecords.open(file, layout.delimiter(), layout.columns())) {
            while (records.hasNext() && rows.size() < problems.size()) {
                ImportLine line = records.next();
                List<ImportError> found = problems.get(line.rowNumber());
                if (found != null) {
                    found.sort(java.util.Comparator.comparingInt(e -> layout.columns().indexOf(e.column())));
                    rows.add(new RejectedRows.Row(layout.columns().stream().map(c -> line.values().getOrDefault(c, ""))
                            .toList(), found));
                }
            }
        }
        return new RejectedRows(layout.columns(), rows);
    }

    /** An import's refused rows as uploaded, with their problems. */
    public record RejectedRows(List<String> columns, List<Row> rows) {

        public record Row(List<String> values, List<ImportError> problems) {
        }
    }

    /** One line of an import's report: the row, the line it starts on, its outcome, and a problem if rejected. */
    public record ReportLine(int rowNumber, int firstLine, RowOutcome outcome, String column, String value,
                             String reasonKey) {
    }

    private void checkScope(CurrentUser user, ImportRun run) {
        switch (run.kind()) {
            case GRADUATES -> training.centre(user, run.centreId());
            case LABOUR_SURVEY -> {
                if (!user.role().isProvinceWide()) {
                    throw new AccessDeniedException("labour surveys are the department's");
                }
            }
        }
    }
}
