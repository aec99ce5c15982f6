package vn.tuyenquang.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** Spring Batch keeps its job repository in the system-of-record database, created by Flyway. */
@IntegrationTest
class BatchJobRepositoryTest {

    @Autowired
    JobRepository jobRepository;

    @Autowired
    JobLauncher jobLauncher;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aJobRunIsRecordedInTheApplicationDatabase() throws Exception {
        Job job = new JobBuilder("repository-check", jobRepository)
                .start(new StepBuilder("count-communes", jobRepository)
                        .tasklet((contribution, context) -> {
                            contribution.incrementWriteCount(jdbc.sql("select count(*) from commune")
                                    .query(Long.class).single());
                            return RepeatStatus.FINISHED;
                        }, transactionManager)
                        .build())
                .build();

        JobExecution execution = jobLauncher.run(job, new JobParametersBuilder()
                .addLong("run", System.nanoTime()).toJobParameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.sql("select status from batch_job_execution where job_execution_id = ?")
                .param(execution.getId()).query(String.class).single()).isEqualTo("COMPLETED");
        assertThat(jdbc.sql("select write_count from batch_step_execution where job_execution_id = ?")
                .param(execution.getId()).query(Long.class).single()).isEqualTo(124L);
    }
}
