package vn.tuyenquang.workforce.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tuyenquang.workforce.IntegrationTest;

/** What every page says to the browser about itself, over plain HTTP and behind an HTTPS proxy. */
@IntegrationTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    @Test
    void noPageSendsItsAddressToOtherSitesAndBehindAnHttpsProxyTheSessionCookieIsSecureWithHsts() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> plain = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(plain.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();

        HttpResponse<String> proxied = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(proxied.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age="));
        assertThat(proxied.headers().allValues("Set-Cookie")).anySatisfy(
                cookie -> assertThat(cookie).startsWith("SESSION=").contains("Secure"));
    }
}
