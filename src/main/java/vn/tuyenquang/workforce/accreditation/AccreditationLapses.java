package vn.tuyenquang.workforce.accreditation;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.tuyenquang.workforce.system.ProvinceTime;

/**
 * Tells, once for each decision, that a centre's accreditation lapses within {@link #NOTICE_DAYS} days with no newer
 * decision recorded: at start-up and then every six hours, on one instance at a time; a decision marked as noticed is
 * never told again, so two instances never tell it twice.
 */
@Component
class AccreditationLapses implements ApplicationRunner {

    /** How long before the lapse the department is told. */
    static final int NOTICE_DAYS = 90;

    private final AccreditationRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccreditationLapses(AccreditationRepository repository, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        tell();
    }

    @Scheduled(initialDelayString = "PT6H", fixedDelayString = "PT6H")
    @SchedulerLock(name = "accreditation-lapses")
    @Transactional
    public void tell() {
        LocalDate today = ProvinceTime.today(clock);
        for (Accreditation lapsing : repository.lapsingUnnoticed(today, today.plusDays(NOTICE_DAYS))) {
            if (repository.markNotified(lapsing.id(), clock.instant())) {
                events.publishEvent(new AccreditationLapsing(lapsing.centreId(), lapsing.validUntil()));
            }
        }
    }
}
