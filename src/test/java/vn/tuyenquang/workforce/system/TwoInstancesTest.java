package vn.tuyenquang.workforce.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.tuyenquang.workforce.IntegrationTest;
import vn.tuyenquang.workforce.TestInfrastructure;

/**
 * Two instances of the application, on two ports, against the same PostgreSQL and Elasticsearch, as behind a load
 * balancer without sticky sessions: the test suite's own instance and a second one started here. A session begun on
 * one is carried on, and ended, on the other.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");

    @LocalServerPort
    int firstPort;

    ConfigurableApplicationContext second;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    void aSecondInstance() {
        second = TestInfrastructure.anotherInstance();
    }

    @AfterAll
    void stopTheSecondInstance() {
        second.close();
    }

    @Test
    void aSessionBegunOnOneInstanceIsCarriedOnAndEndedOnTheOther() throws Exception {
        String first = "http://127.0.0.1:" + firstPort;
        String other = "http://127.0.0.1:" + ((WebServerApplicationContext) second).getWebServer().getPort();

        HttpResponse<String> login = get(first + "/login", null);
        String anonymous = cookie(login).orElseThrow();
        HttpResponse<String> signedIn = post(first + "/login", anonymous, "username=admin&password="
                + URLEncoder.encode(IntegrationTest.ADMIN_PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf(login));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        // Signing in gives a new session (fixation protection), which the other instance knows.
        String session = cookie(signedIn).orElseThrow();
        assertThat(session).isNotEqualTo(anonymous);

        HttpResponse<String> onTheOther = get(other + "/account/password", session);
        assertThat(onTheOther.statusCode()).isEqualTo(200);
        assertThat(get(other + "/account/password", anonymous).statusCode()).isEqualTo(302);

        // Signing out on the other instance ends the session on both.
        HttpResponse<String> out = post(other + "/logout", session, "_csrf=" + csrf(onTheOther));
        assertThat(out.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
        HttpResponse<String> afterwards = get(first + "/account/password", session);
        assertThat(afterwards.statusCode()).isEqualTo(302);
        assertThat(afterwards.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    private HttpResponse<String> get(String url, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (session != null) {
            request.header("Cookie", "SESSION=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String session, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", "SESSION=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<String> cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).findFirst();
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("a CSRF token on the page").isTrue();
        return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    }
}
