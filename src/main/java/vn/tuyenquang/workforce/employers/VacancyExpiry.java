package vn.tuyenquang.workforce.employers;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Open vacancies expire by themselves once their deadline has passed: at start-up, and then every
 * quarter of an hour (so a vacancy is never shown open more than fifteen minutes past its last day).
 */
@Component
class VacancyExpiry implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(VacancyExpiry.class);

    private final Employers employers;

    VacancyExpiry(Employers employers) {
        this.employers = employers;
    }

    @Override
    public void run(ApplicationArguments args) {
        expire();
    }

    @Scheduled(initialDelayString = "PT15M", fixedDelayString = "PT15M")
    @SchedulerLock(name = "vacancy-expiry")
    void expire() {
        int expired = employers.expireOverdue();
        if (expired > 0) {
            log.info("{} vacancies passed their deadline and expired", expired);
        }
    }
}
