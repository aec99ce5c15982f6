package vn.tuyenquang.workforce.matching.index;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.context.event.EventListener;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.tuyenquang.workforce.employers.VacancyChanged;
import vn.tuyenquang.workforce.people.PersonsChanged;
import vn.tuyenquang.workforce.people.RegisterReads;
import vn.tuyenquang.workforce.training.CoursesCompleted;

/**
 * What the indexes hear of the other modules: each change they publish is queued in {@link SearchOutbox} in the
 * publishing transaction (a listener called in that transaction, not after it), so that a change and its row commit
 * or roll back together. Only persons who have ever consented to be found concern the candidates index.
 */
@Component
class SearchFeed {

    static final Duration KEPT_AFTER_SENDING = Duration.ofDays(7);

    private final SearchOutbox outbox;
    private final RegisterReads register;
    private final Clock clock;

    SearchFeed(SearchOutbox outbox, RegisterReads register, Clock clock) {
        this.outbox = outbox;
        this.register = register;
        this.clock = clock;
    }

    @EventListener
    void personsChanged(PersonsChanged changed) {
        queueCandidates(changed.personIds());
    }

    /** A completed course adds to its learner's skills, which employers search. */
    @EventListener
    void coursesCompleted(CoursesCompleted completed) {
        queueCandidates(completed.learnerIds());
    }

    @EventListener
    void vacancyChanged(VacancyChanged changed) {
        outbox.queue(SearchOutbox.Kind.VACANCY, List.of(changed.vacancyId()), clock.instant());
    }

    /** Sent rows are kept a week, for rebuilds to catch up from, then forgotten. */
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    @SchedulerLock(name = "search-outbox-purge")
    void forgetSentRows() {
        outbox.forgetSentBefore(clock.instant().minus(KEPT_AFTER_SENDING));
    }

    private void queueCandidates(java.util.Set<java.util.UUID> personIds) {
        if (!personIds.isEmpty()) {
            outbox.queue(SearchOutbox.Kind.CANDIDATE, register.everConsentedAmong(personIds), clock.instant());
        }
    }
}
