package vn.tuyenquang.workforce.matching.index;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import vn.tuyenquang.workforce.people.RegisterEntry;
import vn.tuyenquang.workforce.people.RegisterReads;
import vn.tuyenquang.workforce.search.SearchIndexes;

/**
 * Rebuilds the candidates index from the register without stopping search: a new versioned index is
 * created, every findable person copied into it (batch by batch, the position kept with each commit so that
 * a restarted job resumes), and the alias moved to it in one atomic request. Changes made while it copied
 * reach the old index through the outbox; the outbox names them again to be sent to the new index just before and
 * just after the move (external versions make the repeat harmless), so that none is lost.
 */
@Configuration(proxyBeanMethods = false)
class CandidateReindexJob {

    static final String JOB = "candidatesReindex";
    private static final String INDEX = "index";
    private static final String STARTED = "started";
    private static final String CURSOR_AT = "cursorAt";
    private static final String CURSOR_ID = "cursorId";
    /** How far before the job's start the catch-up reads, for changes whose transactions committed late. */
    private static final Duration LATE_COMMITS = Duration.ofMinutes(1);

    @Bean
    Job candidatesReindex(JobRepository jobs, Step createCandidatesIndex, Step copyCandidates, Step moveCandidatesAlias) {
        return new JobBuilder(JOB, jobs).start(createCandidatesIndex).next(copyCandidates).next(moveCandidatesAlias)
                .build();
    }

    @Bean
    Step createCandidatesIndex(JobRepository jobs, PlatformTransactionManager transactions, SearchIndexes indexes,
                               Clock clock) {
        return new StepBuilder("createCandidatesIndex", jobs).tasklet((contribution, chunk) -> {
            Instant started = clock.instant();
            ExecutionContext job = jobContext(chunk);
            job.putString(INDEX, indexes.createRebuild(CandidateProjection.ALIAS, started));
            job.putString(STARTED, started.toString());
            return RepeatStatus.FINISHED;
        }, transactions).build();
    }

    /** One batch of findable persons per repetition, in (last change, id) order; the position is committed with it. */
    @Bean
    Step copyCandidates(JobRepository jobs, PlatformTransactionManager transactions, RegisterReads register,
                        CandidateProjection projection) {
        return new StepBuilder("copyCandidates", jobs).tasklet((contribution, chunk) -> {
            ExecutionContext position = chunk.getStepContext().getStepExecution().getExecutionContext();
            Instant since = position.containsKey(CURSOR_AT) ? Instant.parse(position.getString(CURSOR_AT)) : Instant.EPOCH;
            UUID after = position.containsKey(CURSOR_ID) ? UUID.fromString(position.getString(CURSOR_ID)) : null;
            long version = OutboxProjection.nextVersion();
            List<RegisterEntry> batch = register.findableChangedSince(since, after, CandidateProjection.BATCH);
            List<RegisterEntry> findable = batch.stream().filter(e -> e.person().consentToBeFound()).toList();
            projection.write(jobContext(chunk).getString(INDEX), findable, version);
            contribution.incrementReadCount();
            contribution.incrementWriteCount(findable.size());
            if (batch.size() < CandidateProjection.BATCH) {
                return RepeatStatus.FINISHED;
            }
            RegisterEntry last = batch.get(batch.size() - 1);
            position.putString(CURSOR_AT, last.updatedAt().toString());
            position.putString(CURSOR_ID, last.person().id().toString());
            return RepeatStatus.CONTINUABLE;
        }, transactions).build();
    }

    @Bean
    Step moveCandidatesAlias(JobRepository jobs, PlatformTransactionManager transactions,
                             CandidateProjection projection, SearchIndexes indexes) {
        return new StepBuilder("moveCandidatesAlias", jobs).tasklet((contribution, chunk) -> {
            String index = jobContext(chunk).getString(INDEX);
            Instant since = Instant.parse(jobContext(chunk).getString(STARTED)).minus(LATE_COMMITS);
            projection.catchUp(index, since);
            indexes.moveAlias(CandidateProjection.ALIAS, index);
            projection.catchUp(index, since);
            return RepeatStatus.FINISHED;
        }, transactions).build();
    }

    private static ExecutionContext jobContext(ChunkContext chunk) {
        return chunk.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
    }
}
