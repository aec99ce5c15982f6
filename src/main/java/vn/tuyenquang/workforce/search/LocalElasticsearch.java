package vn.tuyenquang.workforce.search;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.DigestUtils;
import org.springframework.util.FileSystemUtils;

/**
 * A single-node Elasticsearch that the application (and the test suite, through the same code) runs as a
 * child process when no external cluster is configured. It binds to loopback on ports the operating
 * system picks, keeps its data in its own folder across restarts, and stops with its owner.
 */
public final class LocalElasticsearch implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalElasticsearch.class);
    private static final String CLUSTER_NAME = "tq-workforce";
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    /**
     * @param distribution      the distribution zip Maven resolved
     * @param installRoot       where unpacked distributions are shared between instances
     * @param instanceDirectory this instance's config, data and logs
     * @param heap              the engine's heap, as a JVM size ("512m")
     * @param startupTimeout    how long to wait for the engine to answer healthy
     * @param serviceUser       the unprivileged account that runs the engine when the caller is root
     */
    public record Settings(Path distribution, Path installRoot, Path instanceDirectory, String heap,
                           Duration startupTimeout, String serviceUser) {
    }

    private final Process process;
    private final URI httpAddress;
    private final Path directory;
    private final Settings settings;

    private LocalElasticsearch(Process process, URI httpAddress, Path directory, Settings settings) {
        this.process = process;
        this.httpAddress = httpAddress;
        this.directory = directory;
        this.settings = settings;
    }

    /** Installs (once), starts, and waits until the engine answers healthy. */
    public static LocalElasticsearch start(Settings settings) {
        return start(settings, 0);
    }

    /**
     * Starts a stopped engine again, on the address it had and with its data, as an operator's restart
     * does: clients that knew it find it again.
     */
    public LocalElasticsearch startAgain() {
        if (process.isAlive()) {
            throw new IllegalStateException("Elasticsearch is still running at " + httpAddress);
        }
        return start(settings, httpAddress.getPort());
    }

    /** {@code port} 0: one the operating system chooses. */
    private static LocalElasticsearch start(Settings settings, int port) {
        ServiceAccount account = ServiceAccount.runningAsRoot()
                ? ServiceAccount.forRoot(settings.serviceUser())
                : ServiceAccount.current();
        Path home = ElasticsearchInstallation.install(settings.distribution(), settings.installRoot());
        Path directory = reachableDirectory(settings, account);
        Path logs = directory.resolve("logs");
        Path consoleLog = logs.resolve("console.log");
        try {
            stopLeftoverEngine(directory);
            prepare(home, directory, account);
            Instant started = Instant.now();
            ProcessBuilder engine = new ProcessBuilder(account.commandFor(command(home, directory, port)))
                    .redirectErrorStream(true)
                    .redirectOutput(consoleLog.toFile())
                    .directory(directory.toFile());
            environment(engine.environment(), directory, settings.heap());
            Process process = engine.start();
            URI address = awaitHealthy(process, logs, settings.startupTimeout());
            log.info("Local Elasticsearch ready at {} in {} s (data in {})", address,
                    Duration.between(started, Instant.now()).toSeconds(), directory.resolve("data"));
            return new LocalElasticsearch(process, address, directory, settings);
        } catch (IOException e) {
            throw new LocalElasticsearchException("Elasticsearch could not be started: " + e.getMessage(),
                    consoleLog, "Check that " + directory + " is writable and setpriv is installed.", e);
        }
    }

    public URI httpAddress() {
        return httpAddress;
    }

    public Path directory() {
        return directory;
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    /** Stops the engine and waits for it to finish writing. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        List<ProcessHandle> engine = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                log.warn("Elasticsearch did not stop within {} s; killing it", STOP_TIMEOUT.toSeconds());
                process.destroyForcibly();
            }
            for (ProcessHandle child : engine) {
                child.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            engine.forEach(ProcessHandle::destroyForcibly);
        }
        log.info("Local Elasticsearch stopped");
    }

    private static List<String> command(Path home, Path directory, int port) {
        return List.of(home.resolve("bin/elasticsearch").toString(),
                "-Ecluster.name=" + CLUSTER_NAME,
                "-Enode.name=local",
                "-Ediscovery.type=single-node",
                "-Expack.security.enabled=false",
                "-Enetwork.host=127.0.0.1",
                "-Ehttp.port=" + port,
                "-Etransport.port=0",
                "-Enode.portsfile=true",
                "-Epath.data=" + directory.resolve("data"),
                "-Epath.logs=" + directory.resolve("logs"),
                "-p", directory.resolve("elasticsearch.pid").toString());
    }

    private static void environment(Map<String, String> env, Path directory, String heap) {
        env.put("ES_JAVA_HOME", System.getProperty("java.home"));
        env.put("ES_PATH_CONF", directory.resolve("config").toString());
        env.put("ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap);
        env.remove("JAVA_TOOL_OPTIONS");
    }

    /** The instance folder, or, where the service account cannot reach it, a stable folder it can. */
    private static Path reachableDirectory(Settings settings, ServiceAccount account) {
        Path wanted = settings.instanceDirectory().toAbsolutePath().normalize();
        if (account.canReach(wanted)) {
            return wanted;
        }
        String key = HexFormat.of().formatHex(DigestUtils.md5Digest(wanted.toString().getBytes(StandardCharsets.UTF_8)));
        Path substitute = settings.installRoot().resolve("instances").resolve(key.substring(0, 12));
        log.info("Account '{}' cannot reach {}; Elasticsearch keeps its data in {} instead",
                account.user(), wanted, substitute);
        return substitute;
    }

    private static void prepare(Path home, Path directory, ServiceAccount account) throws IOException {
        Path config = directory.resolve("config");
        if (!Files.isRegularFile(config.resolve("elasticsearch.yml"))) {
            FileSystemUtils.copyRecursively(home.resolve("config"), config);
        }
        Files.createDirectories(directory.resolve("data"));
        Files.createDirectories(directory.resolve("logs"));
        Files.deleteIfExists(directory.resolve("logs/http.ports"));
        Files.deleteIfExists(directory.resolve("logs/transport.ports"));
        account.takeOwnership(directory);
    }

    /** An engine left running by an owner that was killed would hold the data folder's lock. */
    private static void stopLeftoverEngine(Path directory) throws IOException {
        Path pidFile = directory.resolve("elasticsearch.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        Optional<ProcessHandle> server = ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().orElse("").contains("elasticsearch"));
        if (server.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> launcher = server.get().parent();
        boolean orphaned = launcher.flatMap(ProcessHandle::parent).map(ProcessHandle::pid).orElse(1L) == 1L;
        if (!orphaned) {
            throw new LocalElasticsearchException("Another running application already uses the Elasticsearch"
                    + " data in " + directory + " (engine process " + server.get().pid() + ").",
                    directory.resolve("logs/console.log"),
                    "Stop the other copy of the application first, or give this one its own"
                            + " workforce.elasticsearch.local.directory.");
        }
        log.info("Stopping Elasticsearch process {} left over from an earlier run", server.get().pid());
        launcher.ifPresent(ProcessHandle::destroy);
        server.get().destroy();
        server.get().onExit().orTimeout(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS).exceptionally(e -> null).join();
    }

    private static URI awaitHealthy(Process process, Path logs, Duration timeout) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Path portsFile = logs.resolve("http.ports");
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                Path consoleLog = logs.resolve("console.log");
                throw new LocalElasticsearchException("Elasticsearch stopped while starting (exit code "
                        + process.exitValue() + ")" + firstErrorIn(consoleLog).map(e -> ": " + e).orElse("."),
                        consoleLog, "Read the log for the whole cause; a locked data folder means another"
                                + " Elasticsearch still uses it.");
            }
            if (Files.isRegularFile(portsFile)) {
                List<String> ports = Files.readAllLines(portsFile);
                if (!ports.isEmpty()) {
                    URI address = URI.create("http://" + ports.get(0).trim());
                    if (isHealthy(http, address)) {
                        return address;
                    }
                }
            }
            pause();
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        throw new LocalElasticsearchException("Elasticsearch did not become healthy within "
                + timeout.toSeconds() + " s.", logs.resolve(CLUSTER_NAME + ".log"),
                "Look at the log for the cause; on a slow machine raise"
                        + " workforce.elasticsearch.local.startup-timeout.");
    }

    /** The engine's own first error line, which usually names the cause. */
    private static Optional<String> firstErrorIn(Path log) {
        try (var lines = Files.lines(log)) {
            return lines.filter(line -> line.contains("ERROR") || line.contains("Exception"))
                    .map(line -> line.replaceFirst("^\\[[^\\]]*]\\[ERROR *]\\[[^\\]]*] *(\\[[^\\]]*] *)?", ""))
                    .map(line -> line.length() > 400 ? line.substring(0, 400) + "…" : line)
                    .findFirst();
        } catch (IOException | java.io.UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static boolean isHealthy(HttpClient http, URI address) {
        HttpRequest request = HttpRequest.newBuilder(address.resolve("/_cluster/health?wait_for_status=yellow&timeout=1s"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Elasticsearch", e);
        }
    }
}
