package vn.tuyenquang.workforce.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * A working day's mix on the demo province, {@code load.users} people at once for {@code load.seconds} (closed model,
 * one to three seconds between a person's requests): the department reads the dashboard and downloads the workbook
 * (10 %), centre staff browse their centre and a course (30 %), employers search candidates for a vacancy (30 %), and
 * anyone verifies a certificate (30 %). Run by load-test/run.sh against one instance and against two behind HAProxy.
 */
public class ProvinceLoadSimulation extends Simulation {

    static final String BASE = System.getProperty("load.base", "http://127.0.0.1:8080");
    static final int USERS = Integer.getInteger("load.users", 25);
    static final int SECONDS = Integer.getInteger("load.seconds", 60);
    static final String PASSWORD = "demo-tuyenquang";
    static final Duration THINK_MIN = Duration.ofSeconds(1);
    static final Duration THINK_MAX = Duration.ofSeconds(3);

    final HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptHeader("text/html,application/xhtml+xml")
            .acceptLanguageHeader("vi").userAgentHeader("tq-workforce load test");

    static ChainBuilder signIn(String username) {
        return exec(http("sign-in page").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(http("sign in").post("/login").formParam("username", username).formParam("password", PASSWORD)
                        .formParam("_csrf", "#{csrf}").check(status().is(200)));
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

    {
        setUp(people(department, 0.1), people(centre, 0.3), people(employer, 0.3), people(verification, 0.3))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(SECONDS));
    }

    private static PopulationBuilder people(ScenarioBuilder scenario, double share) {
        return scenario.injectClosed(constantConcurrentUsers(Math.max(1, (int) Math.round(USERS * share)))
                .during(Duration.ofSeconds(SECONDS)));
    }
}
