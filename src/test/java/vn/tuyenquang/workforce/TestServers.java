package vn.tuyenquang.workforce;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.springframework.util.FileSystemUtils;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import vn.tuyenquang.workforce.search.LocalElasticsearch;

/**
 * The real servers the integration tests run against, one of each per test JVM. With a Docker engine
 * they are Testcontainers; without one, the PostgreSQL server on 127.0.0.1:5432 (in a database the tests
 * create afresh) and the same local Elasticsearch the application provisions for itself.
 */
public final class TestServers {

    public static final String ELASTICSEARCH_VERSION = "8.19.21";
    /** The database the tests drop and create afresh; the benchmarks use their own, so both can run at once. */
    private static final String TEST_DATABASE = System.getProperty("workforce.test.database", "tq_workforce_test");
    private static final String LOCAL_POSTGRES = System.getProperty("workforce.test.postgres",
            "jdbc:postgresql://127.0.0.1:5432/");
    private static final String LOCAL_POSTGRES_USER = System.getProperty("workforce.test.postgres.user", "postgres");

    public record Database(String jdbcUrl, String username, String password) {
    }

    private static Boolean docker;
    private static URI elasticsearch;
    private static LocalElasticsearch localEngine;
    private static Database postgres;

    private TestServers() {
    }

    public static synchronized URI elasticsearch() {
        if (elasticsearch == null) {
            elasticsearch = dockerAvailable() ? elasticsearchContainer() : localElasticsearch();
        }
        return elasticsearch;
    }

    public static synchronized Database postgres() {
        if (postgres == null) {
            postgres = dockerAvailable() ? postgresContainer() : localPostgres();
        }
        return postgres;
    }

    /** The settings the application itself would use, with this run's own folder for the engine's data. */
    public static LocalElasticsearch.Settings localElasticsearchSettings(Path directory) {
        return new LocalElasticsearch.Settings(Path.of("target/elasticsearch/elasticsearch-distribution.zip"),
                Path.of("/var/tmp/tq-workforce-elasticsearch"), directory, "512m", Duration.ofSeconds(120), "nobody");
    }

    /** A fresh folder the engine's unprivileged account can reach, removed when the JVM exits. */
    public static Path temporaryEngineDirectory() {
        try {
            // Readable by others, so that the engine's unprivileged account can reach it when tests run as root.
            Path directory = Files.createTempDirectory("tq-es-test-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(directory)));
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean dockerAvailable() {
        if (docker == null) {
            // Asking Testcontainers on a machine with no engine at all logs a page of errors; skip that.
            boolean engineInSight = System.getenv("DOCKER_HOST") != null
                    || Files.exists(Path.of("/var/run/docker.sock"))
                    || Files.exists(Path.of(System.getProperty("user.home"), ".testcontainers.properties"));
            docker = engineInSight && DockerClientFactory.instance().isDockerAvailable();
        }
        return docker;
    }

    private static URI localElasticsearch() {
        localEngine = LocalElasticsearch.start(localElasticsearchSettings(temporaryEngineDirectory()));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> localEngine.close()));
        return localEngine.httpAddress();
    }

    /** Whether the tests' Elasticsearch is the local engine, which a test may stop and start again. */
    public static synchronized boolean elasticsearchIsLocal() {
        elasticsearch();
        return localEngine != null;
    }

    /** Stops the tests' local Elasticsearch, runs {@code whileStopped}, and starts it again on the same address. */
    public static synchronized void whileElasticsearchIsStopped(Runnable whileStopped) {
        if (!elasticsearchIsLocal()) {
            throw new IllegalStateException("only the local engine can be stopped and started by a test");
        }
        localEngine.close();
        try {
            whileStopped.run();
        } finally {
            localEngine = localEngine.startAgain();
        }
    }

    private static URI elasticsearchContainer() {
        ElasticsearchContainer container = new ElasticsearchContainer(
                "docker.elastic.co/elasticsearch/elasticsearch:" + ELASTICSEARCH_VERSION)
                .withEnv("xpack.security.enabled", "false")
                .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
        container.start();
        return URI.create("http://" + container.getHttpHostAddress());
    }

    private static Database postgresContainer() {
        PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:15-alpine");
        container.start();
        return new Database(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }

    private static Database localPostgres() {
        try (Connection admin = DriverManager.getConnection(LOCAL_POSTGRES + "postgres", LOCAL_POSTGRES_USER, "");
             Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + TEST_DATABASE + " with (force)");
            sql.execute("create database " + TEST_DATABASE + " encoding 'UTF8' template template0");
        } catch (SQLException e) {
            throw new IllegalStateException("The tests need PostgreSQL on " + LOCAL_POSTGRES + " (user "
                    + LOCAL_POSTGRES_USER + "); start it with: pg_ctlcluster --skip-systemctl-redirect"
                    + " $(ls /etc/postgresql) main start", e);
        }
        // Batched inserts sent as multi-row statements, as a production URL should ask for too (README).
        return new Database(LOCAL_POSTGRES + TEST_DATABASE + "?reWriteBatchedInserts=true", LOCAL_POSTGRES_USER, "");
    }

    private static void deleteQuietly(Path directory) {
        try {
            FileSystemUtils.deleteRecursively(directory);
        } catch (IOException ignored) {
            // a temporary folder; the operating system cleans it eventually
        }
    }
}
