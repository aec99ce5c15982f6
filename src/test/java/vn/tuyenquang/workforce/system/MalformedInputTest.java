package vn.tuyenquang.workforce.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.tuyenquang.workforce.IntegrationTest;
import vn.tuyenquang.workforce.accounts.CurrentUser;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.accounts.TestAccounts;

/**
 * Every mapped endpoint, read from the request mappings themselves, called by each kind of signed-in user
 * with malformed values in every path variable and every parameter it declares (too long, NUL, negative,
 * huge, the wrong type, an unknown choice, an impossible date): none may answer 5xx. An endpoint added
 * later is walked too, so one that forgets its validation fails here (issue 14, part 3).
 */
@IntegrationTest
@Import(TestAccounts.class)
class MalformedInputTest {

    /** Values no endpoint should accept, and none should fail on. */
    static final List<String> MALFORMED = List.of("x", "-1", "99999999999999999999", "\u0000", "9".repeat(5000),
            "+999999999-12-31", "Ω".repeat(300), "NO_SUCH_CHOICE");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void noEndpointAnswers5xxToMalformedValuesWhoeverAsks() throws Exception {
        List<CurrentUser> users = everyKindOfUser();
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
            HttpMethod method = methods.contains(RequestMethod.POST) ? HttpMethod.POST : HttpMethod.GET;
            for (String pattern : mapping.getKey().getPatternValues()) {
                if (pattern.startsWith("/error")) {
                    continue;
                }
                List<String> parameters = parametersOf(mapping.getValue());
                for (String value : MALFORMED) {
                    String path = pattern.replaceAll("\\{[^}]+}", java.net.URLEncoder.encode(value,
                            java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
                    for (CurrentUser user : users) {
                        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method,
                                java.net.URI.create(path));
                        for (String parameter : parameters) {
                            request.param(parameter, value);
                        }
                        request = pattern.startsWith("/api/")
                                ? request.with(httpBasic(user.getUsername(), TestAccounts.PASSWORD))
                                : request.with(user(user));
                        if (method == HttpMethod.POST) {
                            request.with(csrf());
                        }
                        int status = statusOf(request);
                        requests++;
                        if (status >= 500) {
                            failures.add(status + " " + method + " " + pattern + " as " + user.role() + " with "
                                    + shown(value));
                        }
                    }
                }
            }
        }
        assertThat(requests).isGreaterThan(1000);
        assertThat(failures).as("requests answered 5xx").isEmpty();
    }

    /**
     * Every operation that takes a JSON body gets, from each kind of user, bodies that are not what it takes: each field
     * given twice, of the wrong type, too long, holding NUL; fields missing; a document that is not JSON, cut short, an
     * array, null. None may answer 5xx.
     */
    @Test
    void noJsonOperationAnswers5xxToMalformedBodiesWhoeverAsks() throws Exception {
        List<CurrentUser> users = everyKindOfUser();
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            Class<?> body = bodyOf(mapping.getValue());
            if (body == null) {
                continue;
            }
            for (String pattern : mapping.getKey().getPatternValues()) {
                String path = pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                for (String json : malformedBodies(body)) {
                    for (CurrentUser user : users) {
                        int status = statusOf(MockMvcRequestBuilders.post(path)
                                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                                .content(json.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                                .with(httpBasic(user.getUsername(), TestAccounts.PASSWORD)));
                        requests++;
                        if (status >= 500) {
                            failures.add(status + " POST " + pattern + " as " + user.role() + " with " + shown(json));
                        }
                    }
                }
            }
        }
        assertThat(requests).isGreaterThan(500);
        assertThat(failures).as("requests answered 5xx").isEmpty();
    }

    /** A department officer, a commune officer, a centre's staff and an employer. */
    private List<CurrentUser> everyKindOfUser() {
        return List.of(accounts.create(Role.DEPARTMENT), accounts.create(Role.COMMUNE_OFFICER),
                accounts.create(Role.CENTRE_STAFF, accounts.newCentre()), accounts.create(Role.EMPLOYER));
    }

    /** The status a request is answered with; an exception that escapes the application counts as 500. */
    private int statusOf(MockHttpServletRequestBuilder request) throws Exception {
        try {
            return mvc.perform(request).andReturn().getResponse().getStatus();
        } catch (jakarta.servlet.ServletException unhandled) {
            return 500;
        }
    }

    private static Class<?> bodyOf(HandlerMethod handler) {
        for (Parameter parameter : handler.getMethod().getParameters()) {
            if (parameter.getAnnotation(RequestBody.class) != null) {
                return parameter.getType();
            }
        }
        return null;
    }

    private static List<String> malformedBodies(Class<?> body) {
        List<String> bodies = new ArrayList<>(List.of("", "{", "[]", "null", "\"x\"", "{}", "{\"\":1}", "not json",
                "{\"a\":1,\"a\":2}"));
        List<String> fields = body.isRecord()
                ? java.util.Arrays.stream(body.getRecordComponents()).map(RecordComponent::getName).toList()
                : List.of();
        for (String field : fields) {
            for (String value : List.of("\"2026-06-01\"", "1", "-1", "99999999999999999999", "1.5e400", "true",
                    "[]", "{}", "\"\\u0000\"", "\"" + "9".repeat(5000) + "\"", "\"NO_SUCH_CHOICE\"", "null")) {
                bodies.add("{\"" + field + "\":" + value + "}");
            }
            bodies.add("{\"" + field + "\":\"a\",\"" + field + "\":\"b\"}");
        }
        return bodies;
    }

    /** The request parameters an endpoint reads: its @RequestParam names and its form's fields. */
    private static List<String> parametersOf(HandlerMethod handler) {
        Set<String> names = new LinkedHashSet<>();
        for (Parameter parameter : handler.getMethod().getParameters()) {
            RequestParam requestParam = parameter.getAnnotation(RequestParam.class);
            if (requestParam != null) {
                String name = !requestParam.name().isEmpty() ? requestParam.name() : requestParam.value();
                names.add(name.isEmpty() ? parameter.getName() : name);
            } else if (parameter.getAnnotation(PathVariable.class) == null
                    && parameter.getAnnotation(RequestBody.class) == null
                    && (parameter.getAnnotation(ModelAttribute.class) != null || parameter.getType().isRecord())
                    && parameter.getType().getPackageName().startsWith("vn.tuyenquang")) {
                for (RecordComponent component : parameter.getType().getRecordComponents()) {
                    names.add(component.getName());
                }
            }
        }
        return List.copyOf(names);
    }

    private static String shown(String value) {
        return value.length() > 20 ? value.substring(0, 5) + "…(" + value.length() + ")" : value.replace("\u0000", "\\0");
    }
}
