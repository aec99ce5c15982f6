package vn.tuyenquang.workforce.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.tuyenquang.workforce.credentials.Credential;
import vn.tuyenquang.workforce.credentials.Credentials;
import vn.tuyenquang.workforce.employers.Employers;
import vn.tuyenquang.workforce.employers.NewVacancy;
import vn.tuyenquang.workforce.imports.GraduateImports;
import vn.tuyenquang.workforce.indicators.Denominator;
import vn.tuyenquang.workforce.indicators.IndicatorSettings;
import vn.tuyenquang.workforce.indicators.Snapshots;
import vn.tuyenquang.workforce.people.Sex;
import vn.tuyenquang.workforce.people.TestPeople;
import vn.tuyenquang.workforce.orders.EmployerOrders;
import vn.tuyenquang.workforce.orders.OrderForm;
import vn.tuyenquang.workforce.parks.IndustrialPark;
import vn.tuyenquang.workforce.parks.IndustrialParks;
import vn.tuyenquang.workforce.parks.ParkForm;
import vn.tuyenquang.workforce.programmes.FundingProgramme;
import vn.tuyenquang.workforce.programmes.FundingProgrammes;
import vn.tuyenquang.workforce.programmes.ProgrammeForm;
import vn.tuyenquang.workforce.training.Certificate;
import vn.tuyenquang.workforce.training.Enrolment;
import vn.tuyenquang.workforce.training.NewCourse;
import vn.tuyenquang.workforce.training.Certificates;
import vn.tuyenquang.workforce.training.TrainingRegistry;
import vn.tuyenquang.workforce.IntegrationTest;

/**
 * Every role against every page and API endpoint: who may see it, who is refused, and where an
 * anonymous visitor is sent. A new endpoint fails {@link #everyEndpointIsInTheMatrix} until it is added.
 */
@IntegrationTest
@Import(TestAccounts.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    enum Who { ANONYMOUS, ADMIN, DEPARTMENT, COMMUNE_OFFICER, CENTRE_STAFF, EMPLOYER }

    /** What a person sees: the page, a refusal, or (anonymous on the web) the login page. */
    enum Outcome { ALLOWED, DENIED, LOGIN }

    /** A mapped path pattern, the path requested for it, and who may see it. */
    record Endpoint(String pattern, String path, boolean api, Set<Who> allowed) {

        static Endpoint page(String path, Set<Who> allowed) {
            return new Endpoint(path, path, false, allowed);
        }

        static Endpoint page(String pattern, String path, Set<Who> allowed) {
            return new Endpoint(pattern, path, false, allowed);
        }

        static Endpoint api(String path, Set<Who> allowed) {
            return new Endpoint(path, path, true, allowed);
        }

        static Endpoint api(String pattern, String path, Set<Who> allowed) {
            return new Endpoint(pattern, path, true, allowed);
        }
    }

    private static final Set<Who> EVERYONE = Set.of(Who.values());
    private static final Set<Who> SIGNED_IN = Set.of(Who.ADMIN, Who.DEPARTMENT, Who.COMMUNE_OFFICER, Who.CENTRE_STAFF,
            Who.EMPLOYER);
    private static final Set<Who> PROVINCE = Set.of(Who.ADMIN, Who.DEPARTMENT);
    /** The department and administrators, and the staff of the centre the records belong to. */
    private static final Set<Who> TRAINING = Set.of(Who.ADMIN, Who.DEPARTMENT, Who.CENTRE_STAFF);
    /** The fixture learner lives in the commune officer's commune and studies at the staff's centre. */
    private static final Set<Who> PERSON_SCOPE = Set.of(Who.ADMIN, Who.DEPARTMENT, Who.COMMUNE_OFFICER, Who.CENTRE_STAFF);
    /** The whole record (export, matching on every qualification): not a centre, which sees the identity alone. */
    private static final Set<Who> WHOLE_RECORD = Set.of(Who.ADMIN, Who.DEPARTMENT, Who.COMMUNE_OFFICER);
    /** The province's figures for the department and administrators, the officer's own commune's for them. */
    private static final Set<Who> INDICATORS = Set.of(Who.ADMIN, Who.DEPARTMENT, Who.COMMUNE_OFFICER);
    /** The department and administrators, and the employer the records belong to. */
    private static final Set<Who> EMPLOYERS = Set.of(Who.ADMIN, Who.DEPARTMENT, Who.EMPLOYER);
    /** The year the matrix freezes, so that the snapshot page has something to show. */
    static final int FROZEN_YEAR = 2024;

    static final List<Endpoint> MATRIX = List.of(
            Endpoint.page("/", EVERYONE),
            Endpoint.page("/login", EVERYONE),
            Endpoint.page("/reference/communes", EVERYONE),
            Endpoint.page("/reference/ethnic-groups", EVERYONE),
            Endpoint.page("/reference/occupations", EVERYONE),
            Endpoint.page("/reference/qualification-levels", EVERYONE),
            Endpoint.page("/account/password", SIGNED_IN),
            Endpoint.api("/api/me", SIGNED_IN),
            Endpoint.page("/admin/accounts", Set.of(Who.ADMIN)),
            Endpoint.page("/admin/accounts/new", Set.of(Who.ADMIN)),
            Endpoint.page("/audit", Set.of(Who.ADMIN, Who.DEPARTMENT)),
            Endpoint.page("/audit/export.csv", Set.of(Who.ADMIN, Who.DEPARTMENT)),
            Endpoint.api("/api/reference/communes", EVERYONE),
            Endpoint.api("/api/reference/communes/{code}", "/api/reference/communes/00694", EVERYONE),
            Endpoint.api("/api/reference/ethnic-groups", EVERYONE),
            Endpoint.api("/api/reference/occupations", EVERYONE),
            Endpoint.api("/api/reference/occupations/{code}", "/api/reference/occupations/7212", EVERYONE),
            Endpoint.api("/api/reference/qualification-levels", EVERYONE),
            Endpoint.api("/actuator/health", EVERYONE),
            Endpoint.page("/training/centres", TRAINING),
            Endpoint.page("/training/centres/new", PROVINCE),
            Endpoint.page("/training/learners", TRAINING),
            Endpoint.page("/training/centres/{id}", "/training/centres/<centre>", TRAINING),
            Endpoint.page("/training/centres/{id}/courses/new", "/training/centres/<centre>/courses/new", TRAINING),
            Endpoint.page("/training/courses/{id}", "/training/courses/<course>", TRAINING),
            Endpoint.page("/training/certificates/{id}", "/training/certificates/<certificate>", TRAINING),
            Endpoint.page("/verify", EVERYONE),
            Endpoint.page("/status", EVERYONE),
            Endpoint.page("/verify/{code}", "/verify/<code>", EVERYONE),
            Endpoint.page("/verify/{code}/qr.svg", "/verify/<code>/qr.svg", EVERYONE),
            Endpoint.page("/.well-known/jwks.json", EVERYONE),
            Endpoint.page("/.well-known/did.json", EVERYONE),
            Endpoint.page("/credentials/status/{list}", "/credentials/status/1", EVERYONE),
            Endpoint.page("/credentials/revocations/{statusIndex}", "/credentials/revocations/<statusIndex>", EVERYONE),
            Endpoint.page("/credentials/wallet/{handle}", "/credentials/wallet/<wallet>", EVERYONE),
            Endpoint.page("/credentials/{certificateId}", "/credentials/<certificate>", TRAINING),
            Endpoint.page("/credentials/{certificateId}/qr.svg", "/credentials/<certificate>/qr.svg", TRAINING),
            Endpoint.page("/credentials/{certificateId}/badge.jwt", "/credentials/<certificate>/badge.jwt", TRAINING),
            Endpoint.page("/credentials/{certificateId}/certificate.pdf", "/credentials/<certificate>/certificate.pdf",
                    TRAINING),
            Endpoint.page("/credentials/courses/{courseId}/certificates.pdf", "/credentials/courses/<course>/certificates.pdf",
                    TRAINING),
            Endpoint.page("/imports/graduates/{centreId}", "/imports/graduates/<centre>", TRAINING),
            Endpoint.page("/imports/{id}", "/imports/<import>", TRAINING),
            Endpoint.page("/imports/{id}/errors.csv", "/imports/<import>/errors.csv", TRAINING),
            Endpoint.page("/imports/{id}/report.csv", "/imports/<import>/report.csv", TRAINING),
            Endpoint.page("/imports/{id}/rejected.csv", "/imports/<import>/rejected.csv", TRAINING),
            Endpoint.page("/imports/{id}/report.xlsx", "/imports/<import>/report.xlsx", TRAINING),
            Endpoint.page("/imports/graduates-template.csv", TRAINING),
            Endpoint.page("/imports/graduates/{centreId}/sample.csv", "/imports/graduates/<centre>/sample.csv", TRAINING),
            Endpoint.page("/imports/surveys", PROVINCE),
            Endpoint.page("/imports/labour-survey-template.csv", PROVINCE),
            Endpoint.page("/imports/labour-survey-sample.csv", PROVINCE),
            Endpoint.api("/api/training/centres", PROVINCE),
            Endpoint.api("/api/training/centres/{id}", "/api/training/centres/<centre>", TRAINING),
            Endpoint.api("/api/training/centres/{id}/courses", "/api/training/centres/<centre>/courses", TRAINING),
            Endpoint.api("/api/training/courses/{id}", "/api/training/courses/<course>", TRAINING),
            Endpoint.api("/api/training/certificates/{id}", "/api/training/certificates/<certificate>", TRAINING),
            Endpoint.api("/api/training/verify/{code}", "/api/training/verify/<code>", EVERYONE),
            Endpoint.page("/v3/api-docs", EVERYONE),
            Endpoint.page("/v3/api-docs.yaml", EVERYONE),
            Endpoint.page("/v3/api-docs/swagger-config", EVERYONE),
            Endpoint.page("/swagger-ui.html", EVERYONE),
            Endpoint.page("/people/{id}", "/people/<person>", PERSON_SCOPE),
            Endpoint.page("/people/{id}/export.json", "/people/<person>/export.json", WHOLE_RECORD),
            Endpoint.page("/people/conflicts", PROVINCE),
            Endpoint.page("/account/tokens", SIGNED_IN),
            Endpoint.page("/admin/accounts/{id}/tokens", "/admin/accounts/<account>/tokens", Set.of(Who.ADMIN)),
            Endpoint.page("/indicators", INDICATORS),
            Endpoint.page("/indicators/print", INDICATORS),
            Endpoint.page("/indicators/export.xlsx", INDICATORS),
            Endpoint.page("/indicators/export.csv", "/indicators/export.csv?table=trend", INDICATORS),
            Endpoint.page("/indicators/baselines", PROVINCE),
            Endpoint.page("/indicators/snapshots/{year}", "/indicators/snapshots/" + FROZEN_YEAR, PROVINCE),
            Endpoint.page("/indicators/snapshots/new", "/indicators/snapshots/new?year=" + FROZEN_YEAR, PROVINCE),
            Endpoint.page("/employers", EMPLOYERS),
            Endpoint.page("/employers/new", PROVINCE),
            Endpoint.page("/employers/{id}", "/employers/<employer>", EMPLOYERS),
            Endpoint.page("/employers/{id}/vacancies/new", "/employers/<employer>/vacancies/new", EMPLOYERS),
            Endpoint.page("/vacancies/{id}", "/vacancies/<vacancy>", EMPLOYERS),
            Endpoint.page("/vacancies/{id}/candidates", "/vacancies/<vacancy>/candidates", EMPLOYERS),
            Endpoint.page("/vacancies/{id}/shortlist", "/vacancies/<vacancy>/shortlist", EMPLOYERS),
            Endpoint.api("/api/employers/{id}/vacancies", "/api/employers/<employer>/vacancies", EMPLOYERS),
            Endpoint.api("/api/vacancies/{id}", "/api/vacancies/<vacancy>", EMPLOYERS),
            Endpoint.api("/api/vacancies/{id}/candidates", "/api/vacancies/<vacancy>/candidates", EMPLOYERS),
            Endpoint.page("/people/{id}/contacts", "/people/<person>/contacts", PERSON_SCOPE),
            Endpoint.page("/people/{id}/vacancies", "/people/<person>/vacancies", WHOLE_RECORD),
            Endpoint.page("/training/centres/{id}/vacancies", "/training/centres/<centre>/vacancies", TRAINING),
            Endpoint.page("/placements", PROVINCE),
            Endpoint.page("/contacts", PERSON_SCOPE),
            Endpoint.page("/notifications", SIGNED_IN),
            Endpoint.page("/vacancies/{id}/edit", "/vacancies/<vacancy>/edit", EMPLOYERS),
            Endpoint.page("/people/{id}/export", "/people/<person>/export", WHOLE_RECORD),
            Endpoint.page("/outcomes", TRAINING),
            Endpoint.page("/training/unmatched-learners", INDICATORS),
            Endpoint.page("/training/unmatched-learners.csv", INDICATORS),
            Endpoint.page("/outcomes/export.xlsx", TRAINING),
            Endpoint.page("/outcomes/programmes", TRAINING),
            Endpoint.page("/outcomes/programmes.csv", TRAINING),
            Endpoint.page("/programmes", TRAINING),
            Endpoint.page("/programmes/new", PROVINCE),
            Endpoint.page("/programmes/{id}/edit", "/programmes/<programme>/edit", PROVINCE),
            Endpoint.api("/api/programmes", TRAINING),
            Endpoint.page("/digital-skills", INDICATORS),
            Endpoint.page("/parks", PROVINCE),
            Endpoint.page("/abroad", INDICATORS),
            Endpoint.page("/orders", TRAINING),
            Endpoint.api("/api/orders", "/api/orders?year=2025", TRAINING),
            Endpoint.api("/api/orders/courses/{courseId}", "/api/orders/courses/<course>", TRAINING),
            Endpoint.api("/api/abroad", INDICATORS),
            Endpoint.api("/api/accreditation/centres/{centreId}", "/api/accreditation/centres/<centre>", TRAINING),
            Endpoint.page("/orders/courses/{id}", "/orders/courses/<course>", TRAINING),
            Endpoint.page("/abroad/new", INDICATORS),
            Endpoint.page("/abroad.csv", INDICATORS),
            Endpoint.page("/abroad/template.csv", INDICATORS),
            Endpoint.page("/accreditation/centres/{id}", "/accreditation/centres/<centre>", TRAINING),
            Endpoint.page("/parks/new", PROVINCE),
            Endpoint.page("/parks/names", PROVINCE),
            Endpoint.page("/parks/report.csv", PROVINCE),
            Endpoint.page("/parks/template.csv", PROVINCE),
            Endpoint.page("/parks/{code}/edit", "/parks/<park>/edit", PROVINCE),
            Endpoint.api("/api/parks", PROVINCE),
            Endpoint.api("/api/parks/report", PROVINCE),
            Endpoint.page("/digital-skills.csv", INDICATORS),
            Endpoint.api("/api/digital-skills", INDICATORS),
            Endpoint.page("/digital-skills/definition", TRAINING),
            Endpoint.page("/digital-skills/courses/{id}", "/digital-skills/courses/<course>", TRAINING),
            Endpoint.page("/demand", PROVINCE),
            Endpoint.page("/suggest/occupations", SIGNED_IN),
            Endpoint.page("/suggest/skills", SIGNED_IN));

    /**
     * Mappings reached only by POST from pages already in the matrix; AccountPagesTest, TrainingPagesTest, IndicatorPagesTest and
     * TrainingApiTest check who may post to them.
     */
    static final Set<String> POST_ONLY = Set.of("/indicators/targets", "/admin/accounts/{id}/enabled", "/admin/accounts/{id}/unblock", "/admin/accounts/{id}/password-reset", "/account/tokens/{token}/revoke",
            "/admin/accounts/{id}/tokens/{token}/revoke", "/training/centres/{id}/courses",
            "/training/courses/{id}/enrolments", "/training/courses/{id}/search", "/training/enrolments/{id}/complete", "/training/enrolments/{id}/drop",
            "/training/enrolments/{id}/certificate", "/training/certificates/{id}/revoke",
            "/training/centres/{id}/staff", "/imports/{id}/resume", "/api/training/centres/{id}/courses",
            "/api/training/courses/{id}/enrolments", "/api/training/enrolments/{id}/completion",
            "/api/training/enrolments/{id}/drop", "/api/training/enrolments/{id}/certificate",
            "/api/training/certificates/{id}/revocation", "/api/training/learners/search", "/people/{id}/reveal",
            "/people/{id}/consent", "/people/conflicts/{id}", "/indicators/snapshots", "/employers/{id}/accounts", "/employers/{id}/vacancies",
            "/vacancies/{id}/status", "/programmes/{id}", "/api/programmes/{id}", "/digital-skills/groups", "/parks/import", "/parks/{code}", "/abroad/import",
            "/abroad/{id}/return", "/training/centres/{id}/ownership", "/orders/courses/{id}/remove", "/api/abroad/departures",
            "/digital-skills/groups/{code}/remove", "/digital-skills/courses/{id}/unmark", "/shortlist/{entryId}/stage", "/people/{id}/contacts/{entryId}",
            "/shortlist/{entryId}/contact-request", "/shortlist/{entryId}/undo-hire", "/notifications/{id}", "/notifications/read",
            "/api/search/candidates/reindex", "/api/search/vacancies/reindex", "/api/vacancies/{id}/status",
            "/verify/token");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    TrainingRegistry training;

    @Autowired
    Certificates certificates;

    @Autowired
    Credentials credentials;

    @Autowired
    GraduateImports imports;

    @Autowired
    Snapshots snapshots;

    @Autowired
    Employers employers;

    @Autowired
    FundingProgrammes programmes;

    @Autowired
    IndustrialParks parks;

    @Autowired
    EmployerOrders orders;

    private final Map<Who, CurrentUser> users = new EnumMap<>(Who.class);
    /** The records the matrix's paths point at: one centre, its course, a certificate and its code. */
    private final Map<String, String> records = new java.util.HashMap<>();

    @BeforeAll
    void createOneAccountPerRoleAndTheirRecords() {
        UUID centre = testAccounts.newCentre();
        for (Role role : Role.values()) {
            users.put(Who.valueOf(role.name()), testAccounts.create(role, centre));
        }
        CurrentUser staff = users.get(Who.CENTRE_STAFF);
        UUID course = training.createCourse(staff, centre, new NewCourse("MATRIX", "Hàn", "7212", "SO_CAP", 3, true)).id();
        Enrolment enrolment = training.enrol(staff, course,
                TestPeople.person("Ma Thị Lan", LocalDate.of(1998, 8, 8), Sex.FEMALE), LocalDate.of(2026, 1, 5));
        training.complete(staff, enrolment.id(), LocalDate.of(2026, 4, 5));
        Certificate certificate = certificates.issue(staff, enrolment.id(), "MATRIX-1", LocalDate.of(2026, 4, 6));
        snapshots.freeze(users.get(Who.DEPARTMENT), FROZEN_YEAR, new IndicatorSettings(false, true, Denominator.LABOUR_FORCE), false);
        CurrentUser employer = users.get(Who.EMPLOYER);
        records.put("<employer>", employer.employerId().orElseThrow().toString());
        records.put("<vacancy>", employers.createVacancy(employer, employer.employerId().orElseThrow(),
                new NewVacancy("Thợ hàn", "7212", "SO_CAP", "Hàn điện", 5, 7_000_000L, 9_000_000L, "00694", null, null,
                        null, LocalDate.now().plusMonths(1), null, null)).id().toString());
        records.put("<centre>", centre.toString());
        orders.record(staff, course, new OrderForm(employers.employer(employer, employer.employerId().orElseThrow())
                .taxCode().value(), 5, 2));
        records.put("<park>", parks.create(new ParkForm("MATRIX-" + UUID.randomUUID().toString().substring(0, 6),
                "Khu của ma trận", IndustrialPark.Kind.KCN, "00694")).code());
        records.put("<programme>", programmes.create(new ProgrammeForm("MATRIX-" + UUID.randomUUID().toString()
                .substring(0, 6), "Chương trình của ma trận", FundingProgramme.Kind.OTHER, 2026, null)).id().toString());
        records.put("<account>", users.get(Who.CENTRE_STAFF).id().toString());
        records.put("<course>", course.toString());
        records.put("<certificate>", certificate.id().toString());
        records.put("<person>", enrolment.personId().toString());
        records.put("<code>", certificate.verificationCode());
        Credential credential = credentials.of(staff, certificate.id());
        records.put("<wallet>", credential.walletHandle());
        records.put("<statusIndex>", String.valueOf(credential.statusIndex()));
        records.put("<import>", imports.upload(staff, centre, "mot-dong.csv", new java.io.ByteArrayInputStream(
                ("so_dinh_danh,ho_ten,ngay_sinh,gioi_tinh,ma_xa,tinh_trang_viec_lam,ma_khoa_hoc,ngay_nhap_hoc\n"
                        + "không phải số,,,,,,,\n").getBytes(java.nio.charset.StandardCharsets.UTF_8))).id().toString());
    }

    private String resolve(String path) {
        String resolved = path;
        for (var record : records.entrySet()) {
            resolved = resolved.replace(record.getKey(), record.getValue());
        }
        return resolved;
    }

    Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : MATRIX) {
            for (Who who : Who.values()) {
                Outcome expected = endpoint.allowed().contains(who) ? Outcome.ALLOWED
                        : who == Who.ANONYMOUS && !endpoint.api() ? Outcome.LOGIN : Outcome.DENIED;
                cases.add(Arguments.of(who, endpoint.path(), endpoint.api(), expected));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} GET {1} → {3}")
    @MethodSource("cases")
    void eachRoleIsAllowedOrRefusedAsTheMatrixSays(Who who, String path, boolean api, Outcome expected) throws Exception {
        MockHttpServletRequestBuilder request = get(resolve(path));
        if (who != Who.ANONYMOUS) {
            CurrentUser user = users.get(who);
            request = api ? request.with(httpBasic(user.getUsername(), TestAccounts.PASSWORD)) : request.with(user(user));
        }
        MvcResult result = mvc.perform(request).andReturn();
        int status = result.getResponse().getStatus();

        switch (expected) {
            case ALLOWED -> {
                assertThat(status).as("%s GET %s", who, path).isIn(200, 302);
                if (status == 302) {
                    assertThat(result.getResponse().getRedirectedUrl()).as("%s GET %s", who, path)
                            .doesNotEndWith("/login").doesNotEndWith("/account/password");
                }
            }
            case DENIED -> assertThat(status).as("%s GET %s", who, path).isIn(api && who == Who.ANONYMOUS ? 401 : 403);
            case LOGIN -> {
                assertThat(status).as("%s GET %s", who, path).isEqualTo(302);
                assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
            }
        }
    }

    /**
     * A path no controller answers is not found, for everyone (it says nothing about what exists); a path a controller
     * answers and no module opened is refused, which {@link #everyEndpointIsInTheMatrix} keeps from happening unseen.
     */
    @Test
    void aRequestToAPathNoControllerAnswersIsNotFoundForEveryone() throws Exception {
        CurrentUser admin = users.get(Who.ADMIN);
        assertThat(mvc.perform(get("/some/new/page").with(user(admin))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/some/new/page")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/api/some/new/endpoint").with(httpBasic(admin.getUsername(), TestAccounts.PASSWORD)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void everyEndpointIsInTheMatrix() {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> mapped.addAll(info.getPatternValues()));
        mapped.removeIf(path -> path.startsWith("/error") || POST_ONLY.contains(path));
        Set<String> covered = new TreeSet<>();
        MATRIX.forEach(endpoint -> covered.add(endpoint.pattern()));

        assertThat(covered).containsAll(mapped);
    }

    /**
     * Every page a role may open that stands on its own (not a record's page, a form, a download, a print view or the
     * API's description) is a link in the menu the role sees on the home page, and no link there leads to a page it may not
     * open.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Who.class)
    void theMenuReachesEveryPageTheRoleMayOpenAndNoOther(Who who) throws Exception {
        MockHttpServletRequestBuilder home = get("/");
        if (who != Who.ANONYMOUS) {
            home = home.with(user(users.get(who)));
        }
        String page = mvc.perform(home).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        Set<String> links = new TreeSet<>();
        java.util.regex.Matcher href = java.util.regex.Pattern.compile("href=\"(/[^\"?#]*)").matcher(page);
        while (href.find()) {
            links.add(href.group(1));
        }
        Set<String> standalone = new TreeSet<>();
        Set<String> refused = new TreeSet<>();
        for (Endpoint endpoint : MATRIX) {
            String path = endpoint.pattern();
            if (endpoint.api() || path.contains("{") || !path.matches("/[a-z/-]*") || path.endsWith("/new")
                    || path.endsWith("/print") || path.startsWith("/v3") || path.startsWith("/swagger") || path.startsWith("/suggest")
                    || path.equals("/login") && who != Who.ANONYMOUS) {
                continue;
            }
            (endpoint.allowed().contains(who) ? standalone : refused).add(path);
        }
        assertThat(links).as("the menu of %s", who).containsAll(standalone);
        assertThat(links).as("the menu of %s", who).filteredOn(refused::contains).isEmpty();
    }
}
