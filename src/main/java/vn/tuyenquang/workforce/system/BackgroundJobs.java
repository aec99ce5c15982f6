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
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setCorePoolSize(threads);
        pool.setThreadNamePrefix(name + "-");
        pool.setWaitForTasksToCompleteOnShutdown(false);
        pool.initialize();
        TaskExecutorJobLauncher launcher = new TaskExecutorJobLauncher();
        launcher.setJobRepository(jobs);
        launcher.setTaskExecutor(pool);
        launcher.afterPropertiesSet();
        return launcher;
    }
}
