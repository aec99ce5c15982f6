package vn.tuyenquang.workforce.system;

import org.springframework.batch.core.launch.support.TaskExecutorJobLauncher;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** Launchers of Spring Batch jobs that run in the background: the request that starts one answers at once. */
public final class BackgroundJobs {

    private BackgroundJobs() {
    }

    /** A launcher running at most {@code threads} jobs at a time, on threads named {@code name}-1, -2, … */
    public static TaskExecutorJobLauncher launcher(JobRepository jobs, String name, int threads) throws Exception {
        TaskExecutorJobLauncher launcher = new TaskExecutorJobLauncher();
        launcher.setJobRepository(jobs);
        launcher.setTaskExecutor(pool(name, threads));
        launcher.afterPropertiesSet();
        return launcher;
    }

    /**
     * A pool of {@code threads} threads named {@code name}-1, -2, … for a job's own workers (kept out of the
     * application context, so that Spring Boot's task executor stays the one for web requests).
     */
    public static ThreadPoolTaskExecutor pool(String name, int threads) {
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setCorePoolSize(threads);
        pool.setThreadNamePrefix(name + "-");
        pool.setWaitForTasksToCompleteOnShutdown(false);
        pool.initialize();
        return pool;
    }
}
