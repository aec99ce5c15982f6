package vn.tuyenquang.workforce.matching;

import java.time.Clock;

import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/** Starts a rebuild of the candidates index ({@link CandidateReindexJob}) in the background. */
@Service
public class CandidateReindex {

    private final JobLauncher launcher;
    private final Job job;
    private final Clock clock;

    CandidateReindex(@Qualifier("importJobLauncher") JobLauncher launcher, @Qualifier("candidatesReindex") Job job,
                     Clock clock) {
        this.launcher = launcher;
        this.job = job;
        this.clock = clock;
    }

    /** The started job: it answers at once and runs on the background jobs' threads. */
    public JobExecution start() {
        try {
            return launcher.run(job, new JobParametersBuilder()
                    .addString("requestedAt", clock.instant().toString()).toJobParameters());
        } catch (org.springframework.batch.core.JobExecutionException e) {
            throw new IllegalStateException("The candidates reindex could not start: " + e.getMessage(), e);
        }
    }
}
