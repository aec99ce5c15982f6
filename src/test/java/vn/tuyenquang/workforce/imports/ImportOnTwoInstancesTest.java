package vn.tuyenquang.workforce.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tuyenquang.workforce.IntegrationTest;
import vn.tuyenquang.workforce.TestInfrastructure;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accounts.TestAccounts;
import vn.tuyenquang.workforce.system.Instances;
import vn.tuyenquang.workforce.training.NewCourse;
import vn.tuyenquang.workforce.training.TrainingRegistry;

/**
 * An import on a second instance of the application (another context on another port, the same PostgreSQL,
 * Elasticsearch and import storage), followed from the first, and taken over by the first when the second stops
 * midway: every row exactly once.
 */
@IntegrationTest
@Import(TestAccounts.class)
class ImportOnTwoInstancesTest {

    @Autowired
    ImportRuns runs;

    @Autowired
    InterruptedImports interrupted;

    @Autowired
    TrainingRegistry training;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anImportWhoseInstanceStopsMidwayIsResumedByTheOtherOnceItsHeartbeatExpiresWithEveryRowOnce() throws Exception {
        UUID centre = accounts.newCentre();
        CurrentUser staff = accounts.create(Role.CENTRE_STAFF, centre);
        training.createCourse(staff, centre, new NewCourse("HAN-SC-01", "Hàn điện", "7212", "SO_CAP", 3, true));
        int rows = 20_000;
        ConfigurableApplicationContext second = TestInfrastructure.anotherInstance();
        String secondInstance = second.getBean(Instances.class).self();

        ImportRun run = second.getBean(GraduateImports.class).upload(staff, centre, "hoc-vien.csv", new ByteArrayInputStream(
                (GraduateImportTest.HEADER + "\n" + GraduateImportTest.rows(rows)).getBytes(StandardCharsets.UTF_8)));
        // Followed from this instance, while the other runs it.
        ImportWaits.awaitFirstCommit(runs, staff, run.id());
        assertThat(jdbc.sql("select run_by from import_run where id = ?").param(run.id()).query(String.class).single())
                .isEqualTo(secondInstance);

        // The second instance stops abruptly: its import's thread loses the database in the middle of a chunk.
        second.close();
        assertThat(runs.progress(staff, run.id()).status()).isEqualTo(BatchStatus.STARTED);
        // While its heartbeat is fresh, nobody takes its import; a minute later, this instance does, once.
        assertThat(interrupted.resumeInterrupted()).isZero();
        jdbc.sql("update instance_heartbeat set beat_at = ? where instance_id = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(61)), secondInstance).update();
        interrupted.resumeInterrupted();

        ImportRuns.Progress finished = ImportWaits.await(runs, staff, run.id());
        assertThat(finished.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(finished.created()).isEqualTo(rows);
        assertThat(jdbc.sql("select count(*) from enrolment e join course c on c.id = e.course_id where c.centre_id = ?")
                .param(centre).query(Long.class).single()).isEqualTo(rows);
        assertThat(jdbc.sql("select count(*) from certificate where centre_id = ?").param(centre).query(Long.class)
                .single()).isEqualTo(rows);
    }
}
