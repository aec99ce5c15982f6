package vn.tuyenquang.workforce.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tuyenquang.workforce.IntegrationTest;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accounts.TestAccounts;
import vn.tuyenquang.workforce.demo.SyntheticProvince;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;
import vn.tuyenquang.workforce.training.NewCourse;
import vn.tuyenquang.workforce.training.TrainingRegistry;

/**
 * The graduates import end to end on a generated file, beside a plain PostgreSQL COPY of the same rows
 * into a bare table and a COPY of the records it wrote into the schema's own tables (the floor). Prints its
 * figures; asserts only that every row has its outcome. Run with
 * {@code ./mvnw -Pbenchmark verify} (1,000,000 rows; {@code -Dbenchmark.rows=N} for another size).
 */
@Tag("benchmark")
@IntegrationTest
@Import(TestAccounts.class)
class GraduateImportBenchmark {

    @Autowired
    GraduateImports imports;

    @Autowired
    ImportRuns runs;

    @Autowired
    TrainingRegistry training;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ReferenceCatalog reference;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void importsAGeneratedGraduatesFile() throws Exception {
        int rows = Integer.getInteger("benchmark.rows", 1_000_000);
        UUID centre = accounts.newCentre();
        CurrentUser staff = accounts.create(Role.CENTRE_STAFF, centre);
        training.createCourse(staff, centre, new NewCourse("HAN-SC-01", "Hàn điện", "7212", "SO_CAP", 3, true));
        training.createCourse(staff, centre, new NewCourse("MAY-SC-02", "May công nghiệp", "7533", "SO_CAP", 3, true));
        Path file = Files.createDirectories(Path.of("target/benchmark")).resolve("graduates-" + rows + ".csv");

        long generating = System.nanoTime();
        new SyntheticProvince(2030, reference.communes()).writeGraduatesFile(file, rows, List.of("HAN-SC-01", "MAY-SC-02"),
                "BM");
        double generated = seconds(generating);

        double copy = copyIntoBareTable(file);

        MemoryWatch heap = MemoryWatch.start();
        CpuWatch cpu = CpuWatch.start();
        long importing = System.nanoTime();
        ImportRun run;
        try (InputStream in = Files.newInputStream(file)) {
            run = imports.upload(staff, centre, file.getFileName().toString(), in);
        }
        ImportRuns.Progress done = awaitEnd(staff, run);
        double imported = seconds(importing);
        long peak = heap.stop();
        double[] cpuSeconds = cpu.stop();

        double floor = copyIntoTheSchema(run.id());

        System.out.printf(Locale.ROOT, """

                ==== Graduates import benchmark: %,d rows (file %,d bytes, generated in %.1f s) ====
                PostgreSQL COPY into a bare table (baseline):      %8.1f s  %,10.0f rows/s
                COPY of the import's records into the schema's
                  own tables, keys and indexes (the floor):        %8.1f s  %,10.0f rows/s
                Application import, upload to completion:          %8.1f s  %,10.0f rows/s
                  = %.3f x the bare COPY, %.2f x the schema's floor
                Outcomes: created %,d, updated %,d, unchanged %,d, rejected %,d; status %s
                Peak heap used during the import: %,d MB (max heap %,d MB)
                CPU during the import (%d cores): this JVM %.1f core-s (%.0f µs a row),
                  the rest of the machine, i.e. PostgreSQL, %.1f core-s (%.0f µs a row); idle %.0f %%
                ================================================================================
                %n""", rows, Files.size(file), generated, copy, rows / copy, floor, rows / floor, imported,
                rows / imported, copy / imported, floor / imported, done.created(), done.updated(), done.unchanged(),
                done.rejected(), done.status(), peak >> 20, Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(), cpuSeconds[0], cpuSeconds[0] * 1e6 / rows, cpuSeconds[1],
                cpuSeconds[1] * 1e6 / rows,
                100 * (1 - (cpuSeconds[0] + cpuSeconds[1]) / (imported * Runtime.getRuntime().availableProcessors())));

        assertThat(done.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(done.done()).isEqualTo(rows);
    }

    /**
     * The schema's own floor: the records the import wrote (persons, their qualification facts, enrolments,
     * certificates, row outcomes), copied out and then COPYed into tables made like the real ones, with the
     * same primary keys, unique constraints, indexes, checks and foreign keys (to the reference tables and to
     * each other), in one transaction. No loading technique into this schema can beat it.
     */
    private double copyIntoTheSchema(UUID importId) throws Exception {
        List<String> tables = List.of("person", "person_qualification", "enrolment", "certificate", "import_outcome");
        Path folder = Files.createDirectories(Path.of("target/benchmark/floor"));
        try (Connection connection = dataSource.getConnection()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (String table : tables) {
                try (OutputStream out = Files.newOutputStream(folder.resolve(table + ".bin"))) {
                    copy.copyOut("copy (select * from " + table + " where import_id = '" + importId + "') to stdout (format binary)", out);
                }
            }
            connection.setAutoCommit(false);
            try (Statement sql = connection.createStatement()) {
                for (String table : tables) {
                    sql.execute("create table floor_" + table + " (like " + table + " including all)");
                }
                for (String table : tables) {
                    List<String> keys = new java.util.ArrayList<>();
                    try (ResultSet fk = sql.executeQuery("""
                            select conname, pg_get_constraintdef(oid) from pg_constraint
                            where contype = 'f' and conrelid = '%s'::regclass""".formatted(table))) {
                        while (fk.next()) {
                            String definition = fk.getString(2);
                            for (String copied : tables) {
                                definition = definition.replace("REFERENCES " + copied + "(", "REFERENCES floor_" + copied + "(");
                            }
                            keys.add("alter table floor_" + table + " add constraint floor_" + fk.getString(1) + " " + definition);
                        }
                    }
                    for (String key : keys) {
                        sql.execute(key);
                    }
                }
            }
            connection.commit();
            long start = System.nanoTime();
            for (String table : tables) {
                try (InputStream in = Files.newInputStream(folder.resolve(table + ".bin"))) {
                    copy.copyIn("copy floor_" + table + " from stdin (format binary)", in);
                }
            }
            connection.commit();
            double elapsed = seconds(start);
            try (Statement sql = connection.createStatement()) {
                for (int i = tables.size() - 1; i >= 0; i--) {
                    sql.execute("drop table floor_" + tables.get(i));
                }
            }
            connection.commit();
            return elapsed;
        }
    }

    private double copyIntoBareTable(Path file) throws Exception {
        jdbc.sql("drop table if exists benchmark_graduates").update();
        jdbc.sql("""
                create table benchmark_graduates (so_dinh_danh text, ho_ten text, ngay_sinh text, gioi_tinh text,
                    ma_dan_toc text, ma_xa text, dien_thoai text, tinh_trang_viec_lam text, ma_khoa_hoc text,
                    ngay_nhap_hoc text, ngay_hoan_thanh text, so_chung_chi text, ngay_cap text)""").update();
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy benchmark_graduates from stdin with (format csv, header true)", in);
        }
        double elapsed = seconds(start);
        jdbc.sql("drop table benchmark_graduates").update();
        return elapsed;
    }

    private ImportRuns.Progress awaitEnd(CurrentUser user, ImportRun run) throws InterruptedException {
        ImportRuns.Progress progress = runs.progress(user, run.id());
        long deadline = System.nanoTime() + Duration.ofHours(2).toNanos();
        while (progress.running() && System.nanoTime() < deadline) {
            Thread.sleep(250);
            progress = runs.progress(user, run.id());
        }
        return progress;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /**
     * CPU time spent while the import runs: this JVM's own (the application), and the rest of the machine's
     * busy time from /proc/stat (on the benchmark machine, PostgreSQL). Zero where /proc is missing.
     */
    private record CpuWatch(long jvmNanos, long machineTicks) {

        static CpuWatch start() {
            return new CpuWatch(jvmCpu(), machineBusyTicks());
        }

        /** [JVM core-seconds, other core-seconds] since start. */
        double[] stop() {
            double jvm = (jvmCpu() - jvmNanos) / 1e9;
            double machine = (machineBusyTicks() - machineTicks) / 100.0;
            return new double[]{jvm, Math.max(0, machine - jvm)};
        }

        private static long jvmCpu() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }

        /** user + nice + system + irq + softirq + steal of all cores, in 1/100 s. */
        private static long machineBusyTicks() {
            try {
                String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long busy = 0;
                for (int i : new int[]{1, 2, 3, 6, 7, 8}) {
                    busy += Long.parseLong(fields[i]);
                }
                return busy;
            } catch (Exception e) {
                return 0;
            }
        }
    }

    /** Samples the heap in use every 50 ms: the highest value seen is the peak. */
    private static final class MemoryWatch {

        private final AtomicLong peak = new AtomicLong();
        private final Thread sampler;
        private volatile boolean running = true;

        private MemoryWatch() {
            sampler = new Thread(() -> {
                while (running) {
                    long used = ManagementFactory.getMemoryPoolMXBeans().stream()
                            .filter(pool -> pool.getType() == MemoryType.HEAP)
                            .mapToLong(pool -> pool.getUsage().getUsed()).sum();
                    peak.accumulateAndGet(used, Math::max);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-watch");
            sampler.setDaemon(true);
        }

        static MemoryWatch start() {
            MemoryWatch watch = new MemoryWatch();
            watch.sampler.start();
            return watch;
        }

        long stop() throws InterruptedException {
            running = false;
            sampler.join();
            return peak.get();
        }
    }
}
