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
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * An import still marked running whose instance has stopped (killed, crashed, redeployed: its heartbeat expired, see
 * {@link ImportRuns#takeOverIfOrphaned}) is marked failed and started again by one surviving instance: it resumes after
 * its last committed chunk. Every instance looks at start and every 30 seconds; an import whose instance is alive,
 * this one included, is left to it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class InterruptedImports implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InterruptedImports.class);

    private final JobExplorer explorer;
    private final JobRepository jobs;
    private final ImportRuns imports;

    InterruptedImports(JobExplorer explorer, JobRepository jobs, ImportRuns imports) {
        this.explorer = explorer;
        this.jobs = jobs;
        this.imports = imports;
    }

    @Override
    public void run(ApplicationArguments args) {
        resumeInterrupted();
    }

    @Scheduled(initialDelayString = "PT30S", fixedDelayString = "PT30S")
    void lookAgain() {
        resumeInterrupted();
    }

    /** Takes over and starts again every running import whose instance has stopped; returns how many. */
    synchronized int resumeInterrupted() {
        int resumed = 0;
        for (ImportKind kind : ImportKind.values()) {
            for (JobExecution execution : explorer.findRunningJobExecutions(kind.job())) {
                UUID importId = UUID.fromString(execution.getJobParameters().getString("import"));
                if (!imports.takeOverIfOrphaned(importId)) {
                    continue;
                }
                markFailed(execution);
                log.info("Resuming import {}: the instance that ran it has stopped", importId);
                imports.find(importId).ifPresent(run -> imports.launch(run, execution.getJobParameters()));
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
