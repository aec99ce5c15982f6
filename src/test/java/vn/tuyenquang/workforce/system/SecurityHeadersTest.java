package vn.tuyenquang.workforce.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import vn.tuyenquang.workforce.IntegrationTest;
import vn.tuyenquang.workforce.TestInfrastructure;

/**
 * What every page says to the browser about itself, over plain HTTP and behind an HTTPS proxy: a forwarded header
 * counts only from a proxy the operator named.
 */
@IntegrationTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    @Test
    void noPageSendsItsAddressToOtherSitesAndForwardedHeadersFromAnUnnamedPeerAreIgnored() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> plain = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(plain.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();

        // No proxy is named by default: anyone's "X-Forwarded-Proto: https" is just a header.
        HttpResponse<String> claimed = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(claimed.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void behindANamedHttpsProxyTheSessionCookieIsSecureWithHsts() throws Exception {
        try (ConfigurableApplicationContext proxied = TestInfrastructure.anotherInstance(
                "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1")) {
            int proxiedPort = Integer.parseInt(proxied.getEnvironment().getProperty("local.server.port"));
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + proxiedPort + "/login")).header("X-Forwarded-Proto", "https")
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                    hsts -> assertThat(hsts).contains("max-age="));
            assertThat(answer.headers().allValues("Set-Cookie")).anySatisfy(
                    cookie -> assertThat(cookie).startsWith("SESSION=").contains("Secure"));
        }
    }
}
