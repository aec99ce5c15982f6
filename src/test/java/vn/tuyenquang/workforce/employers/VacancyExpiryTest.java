package vn.tuyenquang.workforce.employers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tuyenquang.workforce.ModuleTest;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accounts.TestAccounts;

/** Vacancy expiry run by two instances at the same moment: each vacancy expires, and is audited, once. */
@ModuleTest(extraIncludes = {"system", "accounts"})
@Import(TestAccounts.class)
class VacancyExpiryTest {

    @Autowired
    Employers employers;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoExpiriesAtOnceExpireAndAuditAVacancyOnce() throws Exception {
        CurrentUser employer = accounts.create(Role.EMPLOYER);
        UUID vacancy = employers.createVacancy(employer, employer.employerId().orElseThrow(), new NewVacancy("Thợ may",
                "7533", "SO_CAP", "May công nghiệp", 3, 6_000_000L, 7_000_000L, "00694", null, null, null,
                LocalDate.now().plusDays(5), null, null)).id();
        employers.move(employer, vacancy, Vacancy.Status.OPEN);
        jdbc.sql("update vacancy set deadline = ? where id = ?").params(java.sql.Date.valueOf(LocalDate.now().minusDays(1)),
                vacancy).update();

        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> expire = () -> {
                together.await();
                return employers.expireOverdue();
            };
            for (var outcome : two.invokeAll(List.of(expire, expire))) {
                outcome.get();
            }
        } finally {
            two.shutdown();
        }

        assertThat(employers.vacancy(employer, vacancy).status()).isEqualTo(Vacancy.Status.EXPIRED);
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where record_type = 'vacancy' and record_id = ?
                        and after_state like '%EXPIRED%'""").param(vacancy.toString()).query(Long.class).single())
                .isEqualTo(1);
    }
}
