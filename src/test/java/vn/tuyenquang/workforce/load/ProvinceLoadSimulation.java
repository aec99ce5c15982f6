package vn.tuyenquang.workforce.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.RawFileBodyPart;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import vn.tuyenquang.workforce.demo.SyntheticProvince;
import vn.tuyenquang.workforce.reference.Commune;

/**
 * A working day's mix on the demo province, {@code load.users} people at once for {@code load.seconds} (closed model,
 * one to three seconds between a person's requests): the department reads the dashboard and downloads the workbook
 * (10 %), centre staff browse their centre and a course (30 %), employers search candidates for a vacancy (30 %), and
 * anyone verifies a certificate (30 %). Run by load-test/run.sh against one instance and against two behind HAProxy.
 *
 * <p>With {@code load.writes=true} the same readers work beside the writers of March: at the start a centre uploads a
 * graduates file of {@code load.graduates} new learners and the department a labour survey of {@code load.surveyed}
 * new residents (both imported in the background while the readers read), and employers (5 % more people) post
 * vacancies and open them, one every five to ten seconds each. The files are generated here, of persons no earlier run
 * made ({@code load.seed} numbers them).
 */
public class ProvinceLoadSimulation extends Simulation {

    static final String BASE = System.getProperty("load.base", "http://127.0.0.1:8080");
    static final int USERS = Integer.getInteger("load.users", 25);
    static final int SECONDS = Integer.getInteger("load.seconds", 60);
    static final String PASSWORD = "demo-tuyenquang";
    static final Duration THINK_MIN = Duration.ofSeconds(1);
    static final Duration THINK_MAX = Duration.ofSeconds(3);
    static final boolean WRITES = Boolean.getBoolean("load.writes");
    static final int ACCOUNTS = Integer.getInteger("load.accounts", 0);
    static final int GRADUATES = Integer.getInteger("load.graduates", 100_000);
    static final int SURVEYED = Integer.getInteger("load.surveyed", 20_000);
    static final int SEED = Integer.getInteger("load.seed", 1);
    static final String CENTRE = System.getProperty("load.centre", "");
    static final List<String> COURSES = List.of(System.getProperty("load.courses", "").split(","));
    static final Path FILES = Path.of(System.getProperty("load.files", "target/load"));

    final HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptHeader("text/html,application/xhtml+xml")
            .acceptLanguageHeader("vi").userAgentHeader("tq-workforce load test");

    /**
     * Signs in with one of the role's accounts ({@code load.accounts} copies of each demo account, made by run.sh: a
     * centre's staff each have their own, and the sign-in throttle counts attempts in flight per account and address),
     * a few seconds apart from the others, and checks that it got in.
     */
    static ChainBuilder signIn(String username) {
        return exec(session -> session.set("account", ACCOUNTS == 0 ? username
                        : username + "." + (1 + session.userId() % ACCOUNTS)))
                .exec(pause(Duration.ZERO, Duration.ofSeconds(5)))
                .exec(http("sign-in page").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(http("sign in").post("/login").formParam("username", "#{account}").formParam("password", PASSWORD)
                        .formParam("_csrf", "#{csrf}").check(status().is(200))
                        .check(css("form[action='/logout']").exists()));
    }

    final ScenarioBuilder department = scenario("department").exec(signIn("demo.so")).forever().on(
            exec(http("dashboard").get("/indicators")).pause(THINK_MIN, THINK_MAX)
                    .exec(http("workbook").get("/indicators/export.xlsx")).pause(THINK_MIN, THINK_MAX));

    final ScenarioBuilder centre = scenario("centre staff").exec(signIn("demo.truong")).forever().on(
            // A centre's staff are taken from the list of centres to their own centre's page.
            exec(http("centre").get("/training/centres")
                    .check(css("a[href*='/training/courses/']", "href").saveAs("course")))
                    .pause(THINK_MIN, THINK_MAX)
                    .exec(http("course").get("#{course}")).pause(THINK_MIN, THINK_MAX));

    final ScenarioBuilder employer = scenario("employer").exec(signIn("demo.dn"))
            .exec(http("employer").get("/employers").check(css("a[href^='/vacancies/']", "href").saveAs("vacancy")))
            .forever().on(exec(http("candidates").get("#{vacancy}/candidates")).pause(THINK_MIN, THINK_MAX)
                    .exec(http("vacancy").get("#{vacancy}")).pause(THINK_MIN, THINK_MAX));

    final ScenarioBuilder verification = scenario("public verification")
            .feed(csv(System.getProperty("load.codes", "target/load/codes.csv")).circular())
            .forever().on(exec(http("verify").get("/verify/#{code}")).pause(THINK_MIN, THINK_MAX));

    final ScenarioBuilder posting = scenario("employer posting").exec(signIn("demo.dn"))
            .exec(http("employer").get("/employers")
                    .check(css("a[href$='/vacancies/new']", "href").saveAs("newVacancy")))
            .forever().on(exec(http("vacancy form").get("#{newVacancy}")
                            .check(css("form[action$='/vacancies']", "action").saveAs("postTo"))
                            .check(css("input[name=_csrf]", "value").saveAs("csrf")))
                    .pause(Duration.ofSeconds(5), Duration.ofSeconds(10))
                    .exec(http("post vacancy").post("#{postTo}").formParam("_csrf", "#{csrf}")
                            .formParam("title", "Công nhân hàn (thử tải)").formParam("occupationCode", "7212")
                            .formParam("minLevelCode", "SO_CAP").formParam("skills", "Hàn điện, hàn hơi")
                            .formParam("headcount", "5").formParam("payMinVnd", "7000000")
                            .formParam("payMaxVnd", "9000000").formParam("communeCode", "00694")
                            .formParam("deadline", LocalDate.now().plusDays(30).toString())
                            .check(currentLocationRegex("/vacancies/([0-9a-f-]{36})$").saveAs("posted"))
                            .check(css("input[name=_csrf]", "value").saveAs("csrf")))
                    .exec(http("open vacancy").post("/vacancies/#{posted}/status").formParam("_csrf", "#{csrf}")
                            .formParam("status", "OPEN").check(status().is(200))));

    {
        List<PopulationBuilder> people = new ArrayList<>(List.of(people(department, 0.1), people(centre, 0.3),
                people(employer, 0.3), people(verification, 0.3)));
        if (WRITES) {
            people.add(people(posting, 0.05));
            people.add(upload("centre upload", "demo.truong", "/imports/graduates/" + CENTRE, graduatesFile(), "")
                    .injectOpen(atOnceUsers(1)));
            people.add(upload("survey upload", "demo.so", "/imports/surveys", surveyFile(),
                    String.valueOf(LocalDate.now().getYear())).injectOpen(atOnceUsers(1)));
        }
        setUp(people).protocols(protocol).maxDuration(Duration.ofSeconds(SECONDS));
    }

    /** One upload by {@code username} of {@code file} to the import page {@code page}, with the survey's year if any. */
    private static ScenarioBuilder upload(String name, String username, String page, Path file, String surveyYear) {
        var post = http(name).post(page).asMultipartForm().formParam("_csrf", "#{csrf}")
                .bodyPart(RawFileBodyPart("file", file.toAbsolutePath().toString()).fileName(file.getFileName().toString())
                        .contentType("text/csv"))
                .check(currentLocationRegex("/imports/[0-9a-f-]{36}$").exists());
        if (!surveyYear.isEmpty()) {
            post = post.formParam("surveyYear", surveyYear).formParam("fullSurvey", "false");
        }
        return scenario(name).exec(signIn(username))
                .exec(http(name + " page").get(page).check(css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(post);
    }

    /** The generated files' persons: numbered after every earlier run's (and the demo's residents'). */
    private static SyntheticProvince generator() {
        return new SyntheticProvince(SEED, communes(), 500_000 + SEED * 10_000);
    }

    private static Path graduatesFile() {
        try {
            Files.createDirectories(FILES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path file = FILES.resolve("graduates-" + SEED + ".csv");
        generator().writeGraduatesFile(file, GRADUATES, COURSES, "LT" + SEED);
        return file;
    }

    private static Path surveyFile() {
        Path file = FILES.resolve("survey-" + SEED + ".csv");
        List<Commune> all = communes();
        new SyntheticProvince(SEED, all, 700_000 + SEED * 10_000)
                .writeSurveyFile(file, SURVEYED, all.subList(0, 12), LocalDate.now().getYear());
        return file;
    }

    /** The province's communes, from the reference list the application reads. */
    private static List<Commune> communes() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(ProvinceLoadSimulation.class
                .getResourceAsStream("/reference/tuyen-quang-communes.csv"), StandardCharsets.UTF_8))) {
            return in.lines().skip(1).map(line -> line.split(","))
                    .map(f -> new Commune(f[0], f[1], Commune.Kind.valueOf(f[2].toUpperCase(Locale.ROOT)),
                            new BigDecimal(f[4]), new BigDecimal(f[5])))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PopulationBuilder people(ScenarioBuilder scenario, double share) {
        return scenario.injectClosed(constantConcurrentUsers(Math.max(1, (int) Math.round(USERS * share)))
                .during(Duration.ofSeconds(SECONDS)));
    }
}
