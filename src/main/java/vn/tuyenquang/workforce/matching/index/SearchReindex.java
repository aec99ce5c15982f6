package vn.tuyenquang.workforce.matching.index;

import java.time.Clock;

import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.batch.core.launch.support.TaskExecutorJobLauncher;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import vn.tuyenquang.workforce.system.BackgroundJobs;

/**
 * Starts a rebuild of a search index in the background: the candidates ({@link CandidateReindexJob}) or
 * the vacancies ({@link VacancyReindexJob}), each into a new versioned index behind its alias. Rebuilds
 * run one at a time on a thread of their own, so they never hold up an import.
 */
@Service
public class SearchReindex {

    /** The rebuilds' own launcher: one thread, apart from the imports'. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Launcher {

        @org.springframework.context.annotation.Bean
        TaskExecutorJobLauncher reindexJobLauncher(JobRepository jobs) throws Exception {
            return BackgroundJobs.launcher(jobs, "reindex", 1);
        }
    }

    private final JobLauncher launcher;
    private final Job candidates;
    private final Job vacancies;
    private final Clock clock;

    SearchReindex(@Qualifier("reindexJobLauncher") JobLauncher launcher, @Qualifier("candidatesReindex") Job candidates,
                  @Qualifier("vacanciesReindex") Job vacancies, Clock clock) {
        this.launcher = launcher;
        this.candidates = candidates;
        this.vacancies = vacancies;
        this.clock = clock;
    }

    /** The started rebuild of the candidates index: it answers at once and runs on the background jobs' threads. */
    public JobExecution candidates() {
        return start(candidates);
    }

    /** The started rebuild of the vacancies index, likewise. */
    public JobExecution vacancies() {
        return start(vacancies);
    }

    private JobExecution start(Job job) {
        try {
            return launcher.run(job, new JobParametersBuilder()
                    .addString("requestedAt", clock.instant().toString()).toJobParameters());
        } catch (org.springframework.batch.core.JobExecutionException e) {
            throw new IllegalStateException("The rebuild " + job.getName() + " could not start: " + e.getMessage(), e);
        }
    }
}
