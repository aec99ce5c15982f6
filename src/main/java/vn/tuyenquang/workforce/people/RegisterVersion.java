package vn.tuyenquang.workforce.people;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tuyenquang.workforce.system.Database;

/**
 * Which state of the register the indicators would count now, on every instance alike: a figure counted at one
 * version stays exact until the version moves. Two parts: the {@code register_version} sequence, which every statement
 * changing person or labour_status_period advances at once (a trigger; the sequence is not transactional, so every
 * instance sees it move before the next view), and this instance's count of {@code register_changed} notices, which
 * PostgreSQL sends at each such commit (so that a count made between a change and its commit is made again). Where the
 * notices cannot be heard (the listening connection lost), each read is a new version until they are heard again.
 * On the embedded H2 there is no version: every view counts.
 */
@Repository
public class RegisterVersion implements SmartLifecycle {

    /** A state of the register: the sequence's value and the notices heard so far. */
    public record Version(long changes, long notices) {
    }

    private static final Logger log = LoggerFactory.getLogger(RegisterVersion.class);

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final boolean postgres;
    private final AtomicLong notices = new AtomicLong();
    private volatile boolean listening;
    private volatile Thread listener;

    RegisterVersion(JdbcClient jdbc, DataSource dataSource, Database database) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.postgres = database.isPostgres();
    }

    /** The register's version now, or none where it is not kept (H2), or not known for sure (notices not heard). */
    public Optional<Version> now() {
        if (!postgres || !listening) {
            return Optional.empty();
        }
        long changes = jdbc.sql("select last_value from register_version").query(Long.class).single();
        return Optional.of(new Version(changes, notices.get()));
    }

    @Override
    public void start() {
        if (!postgres) {
            return;
        }
        Thread thread = new Thread(this::listen, "register-version");
        thread.setDaemon(true);
        listener = thread;
        thread.start();
    }

    /** Listens for the notices on a connection of its own, again after a lost one (every version before is suspect). */
    private void listen() {
        while (listener == Thread.currentThread()) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("listen register_changed");
                PGConnection notified = connection.unwrap(PGConnection.class);
                notices.incrementAndGet();
                listening = true;
                while (listener == Thread.currentThread()) {
                    var heard = notified.getNotifications(1_000);
                    if (heard != null && heard.length > 0) {
                        notices.addAndGet(heard.length);
                    }
                }
            } catch (Exception e) {
                listening = false;
                if (listener == Thread.currentThread()) {
                    log.warn("Not hearing the register's changes ({}); the indicators count at every view until heard again",
                            e.getClass().getSimpleName());
                    sleep();
                }
            }
        }
        listening = false;
    }

    private static void sleep() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        Thread thread = listener;
        listener = null;
        listening = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return listener != null;
    }
}
