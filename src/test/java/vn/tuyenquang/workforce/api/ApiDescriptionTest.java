package vn.tuyenquang.workforce.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.tuyenquang.workforce.IntegrationTest;

/**
 * The API's description, as a centre's programmer receives it from /v3/api-docs: valid OpenAPI 3 (the Swagger
 * project's parser and validator, with Maven alone), complete enough to write a client from (each way to sign in, every
 * 4xx an operation answers as a problem detail with an example, the patterns of codes and dates), and clean under
 * Redocly's recommended rules where Node is installed.
 */
@IntegrationTest
class ApiDescriptionTest {

    /** Redocly's command-line linter, the version this check was written against. */
    static final String REDOCLY = "@redocly/cli@2.77.0";

    @Autowired
    MockMvc mvc;

    String json;
    OpenAPI api;

    @BeforeEach
    void theDescription() throws Exception {
        json = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/openapi.json"), json);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIParser().readContents(json, null, options);
        assertThat(parsed.getMessages()).as("the OpenAPI validator's messages").isEmpty();
        api = parsed.getOpenAPI();
    }

    @Test
    void everyOperationSaysHowToSignInAndDocumentsEachErrorItCanAnswerWithAnExample() {
        assertThat(api.getComponents().getSecuritySchemes()).containsKeys("basic", "bearer");
        assertThat(api.getComponents().getSecuritySchemes().get("bearer").getScheme()).isEqualTo("bearer");
        // The pages' own JSON helpers (suggestions while typing) are not part of the API.
        assertThat(api.getPaths().keySet()).allMatch(path -> path.startsWith("/api/"));
        List<String> faults = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String name = method + " " + path;
            boolean open = path.startsWith("/api/reference/") || path.startsWith("/api/training/verify/");
            List<String> expected = new ArrayList<>();
            if (!open) {
                expected.addAll(List.of("401", "403"));
                if (operation.getSecurity() != null && operation.getSecurity().isEmpty()) {
                    faults.add(name + ": marked as open to anyone");
                }
            } else if (operation.getSecurity() == null || !operation.getSecurity().isEmpty()) {
                faults.add(name + ": open to anyone but marked as needing to sign in");
            }
            if (path.contains("{")) {
                expected.addAll(List.of("400", "404"));
            }
            if (operation.getRequestBody() != null) {
                expected.addAll(List.of("400", "415", "422"));
            }
            for (String status : expected) {
                ApiResponse response = operation.getResponses().get(status);
                if (response == null) {
                    faults.add(name + ": " + status + " not documented");
                } else if (response.getContent() == null || response.getContent().get("application/problem+json") == null
                        || response.getContent().get("application/problem+json").getExamples() == null) {
                    faults.add(name + ": " + status + " without a problem detail and its example");
                }
            }
            operation.getResponses().forEach((status, response) -> {
                if (response.getContent() != null && response.getContent().containsKey("*/*")) {
                    faults.add(name + ": " + status + " typed */*");
                }
            });
            if (operation.getParameters() == null || operation.getParameters().stream()
                    .noneMatch(p -> p.getName().equals("Accept-Language"))) {
                faults.add(name + ": Accept-Language not documented");
            }
        }));
        assertThat(faults).isEmpty();
    }

    @Test
    void aCentresSystemFindsItsAccountTheEnrolmentsListingAndThePatternsOfCodes() {
        assertThat(api.getPaths().get("/api/me").getGet()).isNotNull();
        Operation enrolments = api.getPaths().get("/api/training/courses/{id}/enrolments").getGet();
        assertThat(enrolments.getParameters()).extracting(p -> p.getName()).contains("id", "sort", "page");
        assertThat(enrolments.getParameters().stream().filter(p -> p.getName().equals("sort")).findFirst().orElseThrow()
                .getSchema().getEnum()).asList().containsExactly("ENROLLED", "NAME", "STATUS", "CERTIFIED");
        Map<String, Schema> person = api.getComponents().getSchemas().get("NewPerson").getProperties();
        assertThat(person.get("citizenId").getPattern()).isEqualTo("^\\d{12}$");
        assertThat(person.get("communeCode").getPattern()).isEqualTo("^\\d{5}$");
        assertThat(person.get("birthDate").getFormat()).isEqualTo("date");
        // A reindex takes an empty JSON object (JSON, so that no form of another site can start one).
        assertThat(api.getPaths().get("/api/search/candidates/reindex").getPost().getRequestBody().getContent())
                .containsOnlyKeys("application/json");
    }

    /** Redocly's recommended rules report no error (a warning is allowed, and printed). Skipped without Node. */
    @Test
    void redoclysRecommendedRulesReportNoError() throws Exception {
        Assumptions.assumeTrue(onPath("npx"), "Node's npx is not installed: Redocly's lint is skipped "
                + "(the OpenAPI validator above still ran); install Node (apt-get install nodejs npm) to run it");
        Process lint = new ProcessBuilder("npx", "--yes", REDOCLY, "lint", "--extends=recommended", "--format=stylish",
                "target/openapi.json").redirectErrorStream(true).start();
        boolean ended = lint.waitFor(5, TimeUnit.MINUTES);
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        System.out.println(output);
        Assumptions.assumeTrue(ended && !output.contains("npm error") && !output.contains("ENOTFOUND"),
                "Redocly could not be fetched from the npm registry: its lint is skipped\n" + output);
        assertThat(lint.exitValue()).as(output).isZero();
    }

    private static boolean onPath(String command) {
        return java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
