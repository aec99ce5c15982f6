package vn.tuyenquang.workforce.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import vn.tuyenquang.workforce.TestServers;

/** The engine the application provisions for itself: its start, restart with its data, stop and failures. */
class LocalElasticsearchTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void dataWrittenBeforeAStopIsThereAfterTheNextStartAndTheStopFreesThePort() throws Exception {
        Path directory = TestServers.temporaryEngineDirectory();
        URI firstAddress;
        try (LocalElasticsearch engine = LocalElasticsearch.start(TestServers.localElasticsearchSettings(directory))) {
            firstAddress = engine.httpAddress();
            assertThat(firstAddress.getHost()).isEqualTo("127.0.0.1");
            HttpResponse<String> written = send(firstAddress, "PUT", "/survival/_doc/1?refresh=true",
                    "{\"name\":\"Nguyễn Thị Hoa\"}");
            assertThat(written.statusCode()).isEqualTo(201);
        }
        assertThat(isListening(firstAddress)).as("port of the stopped engine").isFalse();

        try (LocalElasticsearch engine = LocalElasticsearch.start(TestServers.localElasticsearchSettings(directory))) {
            HttpResponse<String> read = send(engine.httpAddress(), "GET", "/survival/_doc/1", null);
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(read.body()).contains("Nguyễn Thị Hoa");
            assertThat(engine.isRunning()).isTrue();
        }
    }

    @Test
    void aMissingDistributionIsReportedWithWhatToDo() {
        var settings = new LocalElasticsearch.Settings(Path.of("target/no-such.zip"), Path.of("/var/tmp/unused"),
                TestServers.temporaryEngineDirectory(), "512m", Duration.ofSeconds(5), "nobody");

        assertThatThrownBy(() -> LocalElasticsearch.start(settings))
                .isInstanceOf(LocalElasticsearchException.class)
                .hasMessageContaining("target/no-such.zip")
                .satisfies(e -> assertThat(((LocalElasticsearchException) e).action())
                        .contains("./mvnw spring-boot:run").contains("spring.elasticsearch.uris"));
    }

    @Test
    void anEngineThatDiesWhileStartingIsReportedWithItsOwnErrorAndLog() {
        var defaults = TestServers.localElasticsearchSettings(TestServers.temporaryEngineDirectory());
        var tooSmallHeap = new LocalElasticsearch.Settings(defaults.distribution(), defaults.installRoot(),
                defaults.instanceDirectory(), "1k", Duration.ofSeconds(60), defaults.serviceUser());

        assertThatThrownBy(() -> LocalElasticsearch.start(tooSmallHeap))
                .isInstanceOf(LocalElasticsearchException.class)
                .hasMessageContaining("Elasticsearch stopped while starting")
                .satisfies(e -> assertThat(((LocalElasticsearchException) e).logFile()).exists()
                        .hasFileName("console.log"));
    }

    private HttpResponse<String> send(URI address, String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(address.resolve(path))
                .header("Content-Type", "application/json");
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean isListening(URI address) {
        try (Socket ignored = new Socket(address.getHost(), address.getPort())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
