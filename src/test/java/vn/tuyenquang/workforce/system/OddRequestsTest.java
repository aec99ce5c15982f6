package vn.tuyenquang.workforce.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.tuyenquang.workforce.IntegrationTest;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accounts.TestAccounts;

/**
 * What the fuzz of every endpoint found answering 500, sent as browsers and tools send it, over HTTP to the running
 * server: a session cookie that is not a session id, a multipart body without its parts, two posts of one session at
 * once, a JSON body that repeats a key.
 */
@IntegrationTest
@Import(TestAccounts.class)
class OddRequestsTest {

    private static final Pattern CSRF = Pattern.compile("name=\"(?:_csrf|csrf-token)\"[^>]*?(?:value|content)=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void aSessionCookieThatIsNoSessionIdIsNoSession() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        // "AAAA" decodes to NUL bytes; the others are not base64 at all, or a well-formed id of no session.
        for (String value : List.of("AAAA", "AA==", "%%%", "////", "bm90LWEtdXVpZA==", "MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw")) {
            for (String path : List.of("/login", "/actuator/health", "/verify")) {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(url(path))
                        .header("Cookie", "SESSION=" + value).GET().build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(path + " with SESSION=" + value).isEqualTo(200);
            }
        }
    }

    @Test
    void aMalformedMultipartBodyIsABadRequestOnEveryForm() throws Exception {
        Browser department = signedIn(accounts.create(Role.DEPARTMENT));
        List<String> failures = new ArrayList<>();
        int forms = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            if (!mapping.getKey().getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                continue;
            }
            for (String pattern : mapping.getKey().getPatternValues()) {
                String path = pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                HttpResponse<String> response = department.send(HttpRequest.newBuilder(url(path))
                        .header("Content-Type", "multipart/form-data; boundary=x")
                        .POST(HttpRequest.BodyPublishers.ofString("--x\r\ngarbage")));
                forms++;
                if (response.statusCode() >= 500) {
                    failures.add(response.statusCode() + " POST " + pattern);
                }
            }
        }
        assertThat(forms).isGreaterThan(20);
        assertThat(failures).as("forms answering 5xx to a malformed multipart body").isEmpty();
        HttpResponse<String> upload = department.send(HttpRequest.newBuilder(url("/imports/surveys"))
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofString("--x\r\ngarbage")));
        assertThat(upload.statusCode()).isEqualTo(400);
        assertThat(upload.body()).contains("Nội dung gửi lên bị hỏng");
    }

    @Test
    void twoFormPostsAtOnceInOneSessionBothSucceed() throws Exception {
        Browser department = signedIn(accounts.create(Role.DEPARTMENT));
        for (int round = 0; round < 16; round++) {
            // Reading a page uses up the last flash message, so that both posts below store it anew in the session.
            assertThat(department.get("/account/tokens").statusCode()).isEqualTo(200);
            List<CompletableFuture<HttpResponse<String>>> posts = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                posts.add(department.sendAsync(HttpRequest.newBuilder(url("/account/tokens"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("name=tab-" + round + "-" + i))));
                posts.add(department.sendAsync(HttpRequest.newBuilder(url("/notifications/read"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(""))));
            }
            for (CompletableFuture<HttpResponse<String>> answer : posts) {
                assertThat(answer.get().statusCode()).as("round " + round).isEqualTo(302);
            }
        }
    }

    @Test
    void aJsonBodyThatRepeatsAKeyIsABadRequestSayingSo() throws Exception {
        CurrentUser staff = accounts.create(Role.CENTRE_STAFF);
        for (String path : List.of("/api/training/enrolments/{id}/completion", "/api/training/enrolments/{id}/drop")) {
            String body = mvc.perform(post(path, UUID.randomUUID()).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"on\":\"2026-06-01\",\"on\":\"2026-06-02\"}")
                            .with(httpBasic(staff.getUsername(), TestAccounts.PASSWORD)))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).contains("\"status\":400").contains("Duplicate field 'on'");
        }
        String revocation = mvc.perform(post("/api/training/certificates/{id}/revocation", UUID.randomUUID())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"a\",\"reason\":\"b\"}")
                        .with(httpBasic(staff.getUsername(), TestAccounts.PASSWORD)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(revocation).contains("\"status\":400");
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** A browser signed in through the sign-in form, sending its session cookie and form token with each post. */
    private Browser signedIn(CurrentUser user) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String login = client.send(HttpRequest.newBuilder(url("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String form = "username=" + URLEncoder.encode(user.getUsername(), StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + token(login);
        HttpResponse<String> signIn = client.send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        String home = client.send(HttpRequest.newBuilder(url("/")).GET().build(), HttpResponse.BodyHandlers.ofString())
                .body();
        return new Browser(client, token(home), "http://localhost:" + port);
    }

    private static String token(String page) {
        Matcher found = CSRF.matcher(page);
        assertThat(found.find()).as("a form token on the page").isTrue();
        return found.group(1);
    }

    private record Browser(HttpClient client, String csrf, String base) {

        HttpResponse<String> get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create(pathOn(path))).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            return sendAsync(request).get();
        }

        CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest.Builder request) {
            return client.sendAsync(request.header("X-CSRF-TOKEN", csrf).build(), HttpResponse.BodyHandlers.ofString());
        }

        private String pathOn(String path) {
            return base + path;
        }
    }
}
