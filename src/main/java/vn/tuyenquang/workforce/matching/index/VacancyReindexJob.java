package vn.tuyenquang.workforce.matching.index;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import vn.tuyenquang.workforce.employers.IndexedVacancy;
import vn.tuyenquang.workforce.employers.VacancyReads;
import vn.tuyenquang.workforce.search.SearchIndexes;

/**
 * Rebuilds the vacancies index without stopping search, as {@link CandidateReindexJob} does the candidates':
 * a new versioned index, every vacancy copied into it, the alias moved in one atomic request, and the
 * vacancies changed meanwhile (as the outbox tells) sent again before and after the move. Vacancies are few (thousands), so it
 * is one step; a failed run is simply run again, into another new index.
 */
@Configuration(proxyBeanMethods = false)
class VacancyReindexJob {

    /** How far before the job's start the catch-up reads, for changes whose transactions committed late. */
    private static final Duration LATE_COMMITS = Duration.ofMinutes(1);

    @Bean
    Job vacanciesReindex(JobRepository jobs, Step rebuildVacancies) {
        return new JobBuilder("vacanciesReindex", jobs).start(rebuildVacancies).build();
    }

    @Bean
    Step rebuildVacancies(JobRepository jobs, PlatformTransactionManager transactions, VacancyReads employers,
                          VacancyProjection projection, SearchIndexes indexes, Clock clock) {
        return new StepBuilder("rebuildVacancies", jobs).tasklet((contribution, chunk) -> {
            Instant started = clock.instant();
            String index = indexes.createRebuild(VacancyProjection.ALIAS, started);
            contribution.incrementWriteCount(ChangedSince.send(Instant.EPOCH, employers::changedSince,
                    IndexedVacancy::updatedAt, v -> v.vacancy().id(),
                    (page, version) -> projection.write(index, page, version)));
            Instant since = started.minus(LATE_COMMITS);
            projection.catchUp(index, since);
            indexes.moveAlias(VacancyProjection.ALIAS, index);
            projection.catchUp(index, since);
            return RepeatStatus.FINISHED;
        }, transactions).build();
    }
}
