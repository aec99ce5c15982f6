package vn.tuyenquang.workforce.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tuyenquang.workforce.IntegrationTest;

/**
 * Pages arrive fast on a phone: compressed, and their static files under names that carry a hash of their content,
 * kept by the browser for a year (a changed file has a new name); the page's icon is there.
 */
@IntegrationTest
class StaticFilesTest {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void staticFilesAreNamedByTheirContentAndKeptForAYearAndPagesAreCompressed() throws Exception {
        HttpResponse<String> page = get("/login", "gzip");
        assertThat(page.headers().firstValue("Content-Encoding")).contains("gzip");

        String html = get("/login", "identity").body();
        Matcher script = Pattern.compile("src=\"(/js/tables-[0-9a-f]{32}\\.js)\"").matcher(html);
        assertThat(script.find()).as("the script's address carries its content's hash").isTrue();
        Matcher style = Pattern.compile("href=\"(/webjars/[^\"]*bootstrap\\.min-[0-9a-f]{32}\\.css)\"").matcher(html);
        assertThat(style.find()).as("so does Bootstrap's").isTrue();
        Matcher icon = Pattern.compile("rel=\"icon\" type=\"image/svg\\+xml\" href=\"(/img/favicon-[0-9a-f]{32}\\.svg)\"")
                .matcher(html);
        assertThat(icon.find()).isTrue();

        for (String file : new String[]{script.group(1), style.group(1), icon.group(1)}) {
            HttpResponse<String> served = get(file, "gzip");
            assertThat(served.statusCode()).as(file).isEqualTo(200);
            assertThat(served.headers().firstValue("Cache-Control").orElse("")).as(file).contains("max-age=31536000");
        }
        assertThat(get(style.group(1), "gzip").headers().firstValue("Content-Encoding")).contains("gzip");
    }

    /**
     * Only the static folders are looked up as files. Every address a page writes passes through the resource chain;
     * with a static folder of "/**" each of the dashboard's hundreds of links was looked up on the class path, at
     * every view (two thirds of its time under load).
     */
    @Test
    void onlyTheStaticFoldersAreLookedUpAsFiles() {
        assertThat(resourceUrls.getHandlerMap().keySet()).contains("/css/**", "/js/**", "/img/**", "/webjars/**")
                .doesNotContain("/**").allMatch(pattern -> !pattern.startsWith("/**"));
        assertThat(resourceUrls.getForLookupPath("/indicators")).isNull();
        assertThat(resourceUrls.getForLookupPath("/js/tables.js")).matches("/js/tables-[0-9a-f]{32}\\.js");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.web.servlet.resource.ResourceUrlProvider resourceUrls;

    private HttpResponse<String> get(String path, String encoding) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Encoding", encoding).build(), HttpResponse.BodyHandlers.ofString());
    }
}
