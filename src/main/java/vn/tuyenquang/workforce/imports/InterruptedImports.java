package vn.tuyenquang.workforce.imports;

import java.time.LocalDateTime;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An import still marked running when the application starts was cut off when the application stopped
 * (killed, crashed, redeployed). It is marked failed and started again: it resumes after its last
 * committed chunk. With several instances, this belongs to a single designated one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class InterruptedImports implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InterruptedImports.class);

    private final JobExplorer explorer;
    private final JobRepository jobs;
    private final ImportRuns imports;

    /** When this instance started: an import started since is this instance's own, not an interrupted one. */
    private final LocalDateTime started;

    InterruptedImports(JobExplorer explorer, JobRepository jobs, ImportRuns imports) {
        this.explorer = explorer;
        this.jobs = jobs;
        this.imports = imports;
        this.started = LocalDateTime.now();
    }

    @Override
    public void run(ApplicationArguments args) {
        resumeInterrupted();
    }

    /** Marks every running import failed and starts it again; returns how many. */
    int resumeInterrupted() {
        int resumed = 0;
        for (ImportKind kind : ImportKind.values()) {
            for (JobExecution execution : explorer.findRunningJobExecutions(kind.job())) {
                if (execution.getCreateTime() != null && !execution.getCreateTime().isBefore(started)) {
                    continue;
                }
                markFailed(execution);
                String importId = execution.getJobParameters().getString("import");
                log.info("Resuming import {} that was interrupted", importId);
                imports.find(UUID.fromString(importId))
                        .ifPresent(run -> imports.launch(run, execution.getJobParameters()));
                resumed++;
            }
        }
        return resumed;
    }

    private void markFailed(JobExecution execution) {
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus().isRunning()) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED.addExitDescription("interrupted: the application stopped"));
                step.setEndTime(LocalDateTime.now());
                jobs.update(step);
            }
        }
        execution.setStatus(BatchStatus.FAILED);
        execution.setExitStatus(ExitStatus.FAILED.addExitDescription("interrupted: the application stopped"));
        execution.setEndTime(LocalDateTime.now());
        jobs.update(execution);
    }
}
