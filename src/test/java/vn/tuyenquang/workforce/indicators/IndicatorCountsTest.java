package vn.tuyenquang.workforce.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tuyenquang.workforce.IntegrationTest;
import vn.tuyenquang.workforce.TestInfrastructure;
import vn.tuyenquang.workforce.people.LabourStatus;
import vn.tuyenquang.workforce.people.NewPerson;
import vn.tuyenquang.workforce.people.PersonRegister;
import vn.tuyenquang.workforce.people.Sex;
import vn.tuyenquang.workforce.people.TestPeople;

/**
 * The register is counted once per change, not once per view, and the figures stay exact: the next view after a
 * change has it, on this instance or another; fifty views at once during a change make one count; a count made while
 * a change was not yet committed is made again once it is.
 */
@IntegrationTest
class IndicatorCountsTest {

    /** Xã Sơn Thủy: these tests add residents here and read its population (no other test records anyone there). */
    static final String COMMUNE = "02620";
    static final IndicatorSettings DEFAULTS = new IndicatorSettings(false, true, Denominator.LABOUR_FORCE);

    @Autowired
    Indicators indicators;

    @Autowired
    RegisterCells cells;

    @Autowired
    PersonRegister register;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aViewAfterAChangeHasItAndFiftyViewsAtOnceMakeOneCount() throws Exception {
        long before = population(indicators);
        long counted = cells.recounts();
        assertThat(population(indicators)).isEqualTo(before);
        assertThat(cells.recounts()).as("a second view at the same version counts nothing").isEqualTo(counted);

        resident();
        ExecutorService views = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<IndicatorReport>> seen = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            seen.add(views.submit(() -> {
                start.await();
                return report(indicators);
            }));
        }
        start.countDown();
        List<IndicatorReport> reports = new ArrayList<>();
        for (Future<IndicatorReport> view : seen) {
            reports.add(view.get(60, TimeUnit.SECONDS));
        }
        views.shutdown();

        assertThat(cells.recounts() - counted).as("counts made for 50 views of one change").isEqualTo(1);
        // The view that counted has the change; the others have it too, or the previous figures labelled as such.
        assertThat(reports).allSatisfy(r -> assertThat(r.headline().population())
                .isEqualTo(r.recounting() ? before : before + 1));
        assertThat(reports).anySatisfy(r -> assertThat(r.recounting()).isFalse());
        assertThat(report(indicators).headline().population()).isEqualTo(before + 1);
        assertThat(report(indicators).recounting()).isFalse();
    }

    @Test
    void aCountMadeWhileAChangeWasNotCommittedIsMadeAgainOnceItIs() throws Exception {
        long before = population(indicators);
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch counted = new CountDownLatch(1);
        Thread writer = new Thread(() -> transactions.executeWithoutResult(status -> {
            resident();
            written.countDown();
            await(counted);
        }));
        writer.start();
        written.await(30, TimeUnit.SECONDS);
        // Counted between the change and its commit: the change is not seen yet.
        assertThat(population(indicators)).isEqualTo(before);
        counted.countDown();
        writer.join(30_000);

        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        long now = population(indicators);
        while (now != before + 1 && System.nanoTime() < deadline) {
            Thread.sleep(50);
            now = population(indicators);
        }
        assertThat(now).as("the figure within 5 s of the commit").isEqualTo(before + 1);
    }

    @Test
    void aChangeOnOneInstanceIsReadOnTheOther() {
        try (ConfigurableApplicationContext other = TestInfrastructure.anotherInstance()) {
            Indicators there = other.getBean(Indicators.class);
            long before = population(there);
            assertThat(population(indicators)).isEqualTo(before);

            resident();

            assertThat(population(there)).isEqualTo(before + 1);
        }
    }

    private IndicatorReport report(Indicators from) {
        return from.report(Optional.of(COMMUNE), from.currentYear(), DEFAULTS);
    }

    private long population(Indicators from) {
        return report(from).headline().population();
    }

    /** A new resident of the commune, of working age, registered by the department. */
    private void resident() {
        LocalDate born = LocalDate.of(1992, 2, 2);
        register.register(new NewPerson(TestPeople.citizenId(born, Sex.MALE), "Vàng Seo Páo", born, Sex.MALE, "08",
                COMMUNE, null, LabourStatus.UNEMPLOYED));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
