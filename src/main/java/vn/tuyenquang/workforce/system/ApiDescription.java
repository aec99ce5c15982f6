package vn.tuyenquang.workforce.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The description of the JSON API at /v3/api-docs (browsable at /swagger-ui.html), complete enough for a centre's
 * programmer to write a client from it alone: both ways to sign in (HTTP Basic with an account, or a Bearer API token),
 * the operations open to anyone marked so, and every 4xx an operation can answer documented as an RFC 9457 problem
 * detail with an example, beside the Accept-Language header that chooses its language.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    static final String PROBLEM = "ProblemDetail";
    static final String PROBLEM_TYPE = "application/problem+json";
    /** Operations anyone may call, without signing in. */
    static final List<String> PUBLIC = List.of("/api/reference/", "/api/training/verify/");

    @Bean
    OpenAPI openApi() {
        return new OpenAPI()
                .info(new Info().title("Đào tạo nghề và Việc làm Tuyên Quang — API")
                        .description("""
                                Training registry and labour matching for Tuyên Quang province.

                                **Signing in.** Either HTTP Basic with an account of the application, or an API token \
                                (`Authorization: Bearer tqw_…`) that an account creates on its *Khóa API / API tokens* \
                                page and that acts with that account's role and scope. `GET /api/me` tells a caller \
                                which account, role and centre or employer it acts as. Each account reaches only its \
                                scope: a centre its own centre, an employer its own vacancies.

                                **Errors.** Every error is an RFC 9457 problem detail (`application/problem+json`) with \
                                a `code` (a stable message key), a `detail` in the caller's language (Vietnamese; send \
                                `Accept-Language: en` for English) and, for a value at fault, the `field`; a request \
                                with several values at fault lists them all in `errors`.""")
                        .version("1")
                        .contact(new Contact().name("Sở Nội vụ tỉnh Tuyên Quang — bộ phận lao động, việc làm"))
                        .license(new License().name("Proprietary: for the province's services and their partners")
                                .identifier("LicenseRef-Proprietary")))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("An account of the application: its username and password."))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("tqw_…")
                                .description("An API token (tqw_ and 40 characters), acting as the account that "
                                        + "created it; revoked on that account's API tokens page.")))
                .servers(List.of(new io.swagger.v3.oas.models.servers.Server().url("/")
                        .description("This instance: the API answers under the address of the application itself")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /** Every operation's errors, its language header, and whether it needs signing in. */
    @Bean
    OpenApiCustomizer problemDetails() {
        return api -> {
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                    describe(path, method, operation)));
        };
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
        boolean open = PUBLIC.stream().anyMatch(path::startsWith);
        if (open) {
            operation.setSecurity(List.of());
        }
        operation.addParametersItem(new Parameter().in("header").name("Accept-Language").required(false)
                .description("The language of the error details: vi (the default) or en.")
                .schema(new StringSchema()._enum(List.of("vi", "en"))).example("vi"));
        boolean body = operation.getRequestBody() != null;
        boolean identified = path.contains("{");
        boolean parameters = identified || operation.getParameters().stream()
                .anyMatch(p -> "query".equals(p.getIn()));
        Map<String, String> errors = new LinkedHashMap<>();
        if (body || parameters) {
            errors.put("400", body ? "input.unreadableJson" : "input.malformed");
        }
        if (!open) {
            errors.put("401", "input.signInNeeded");
            errors.put("403", "input.forbidden");
        }
        if (identified) {
            errors.put("404", "input.notFound");
        }
        if (body) {
            errors.put("415", "input.unsupportedMediaType");
        }
        if (body || (method == PathItem.HttpMethod.POST && identified)) {
            errors.put("422", "input.refused");
        }
        errors.put("406", "input.notAcceptable");
        errors.forEach((status, code) -> operation.getResponses().addApiResponse(status, problem(status, code, path)));
    }

    private static ApiResponse problem(String status, String code, String path) {
        String[] described = switch (status) {
            case "400" -> new String[]{"Bad Request", "The request cannot be read: a value of the wrong type "
                    + "(an id that is not a UUID, a date not written as 2026-07-05) or a body that is not the JSON "
                    + "the operation takes.", "Giá trị “abc” của id không đúng kiểu (cần một mã UUID)."};
            case "401" -> new String[]{"Unauthorized", "Not signed in, or with a password or API token that is "
                    + "wrong, revoked, or held back after repeated failures. The WWW-Authenticate header names "
                    + "the schemes (Bearer with error=\"invalid_token\" for a bad token).", null};
            case "403" -> new String[]{"Forbidden", "Signed in, but the record lies outside the account's scope "
                    + "or role (another centre's course, another employer's vacancy); nothing about it is "
                    + "revealed.", null};
            case "404" -> new String[]{"Not Found", "No record with this id or code.",
                    "Không tìm thấy bản ghi này."};
            case "415" -> new String[]{"Unsupported Media Type", "The body is not sent as application/json.",
                    null};
            case "406" -> new String[]{"Not Acceptable", "The Accept header asks for something other than JSON.",
                    null};
            default -> new String[]{"Unprocessable Content", "The request was read but refused by a rule, "
                    + "with the reason in `detail` and `code`, the value at fault in `field`, and every value at "
                    + "fault in `errors`.", "Số định danh phải gồm đúng 12 chữ số."};
        };
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "about:blank");
        example.put("title", described[0]);
        example.put("status", Integer.valueOf(status));
        if (described[2] != null) {
            example.put("detail", described[2]);
        }
        example.put("instance", path.replaceAll("\\{[^}]+}", "3f2c8a7e-1b4d-4c6e-9a0f-5d7e8b9c0a1b"));
        if (status.equals("422")) {
            example.put("code", "citizenId.format");
            example.put("field", "citizenId");
        } else if (status.equals("400")) {
            example.put("code", code);
        }
        return new ApiResponse().description(described[1]).content(new Content().addMediaType(PROBLEM_TYPE,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
                        .addExamples(status, new Example().summary(described[0]).value(example))));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        ObjectSchema error = new ObjectSchema();
        error.addProperty("code", new StringSchema().description("The rule's stable key, e.g. citizenId.format."));
        error.addProperty("detail", new StringSchema().description("The reason in the caller's language."));
        error.addProperty("field", new StringSchema().description("The field at fault, e.g. person.citizenId."));
        ObjectSchema problem = new ObjectSchema();
        problem.description("An RFC 9457 problem detail, with this application's own members.");
        problem.addProperty("type", new StringSchema().format("uri").example("about:blank"));
        problem.addProperty("title", new StringSchema().description("The HTTP status in words (English)."));
        problem.addProperty("status", new IntegerSchema().example(422));
        problem.addProperty("detail", new StringSchema().description("What went wrong, in the caller's language."));
        problem.addProperty("instance", new StringSchema().format("uri-reference"));
        problem.addProperty("code", new StringSchema().description("A stable key of the reason, for programs."));
        problem.addProperty("field", new StringSchema().description("The value at fault, when there is one."));
        problem.addProperty("errors", new io.swagger.v3.oas.models.media.ArraySchema().items(error)
                .description("Every value at fault, when there are several."));
        problem.required(List.of("type", "title", "status"));
        return problem;
    }
}
