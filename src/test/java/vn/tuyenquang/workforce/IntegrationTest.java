package vn.tuyenquang.workforce;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application against a real PostgreSQL and a real Elasticsearch (see {@link TestServers}).
 * It listens on a random port, so pages can also be fetched as a browser would (error pages need the
 * servlet container). Every class so annotated shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"workforce.elasticsearch.local.enabled=false", "workforce.indicators.recount-interval=0s", "workforce.indicators.count-wait=60s",
                "workforce.credentials.key-file=" + IntegrationTest.KEY_FILE,
                "workforce.accounts.admin.password=" + IntegrationTest.ADMIN_PASSWORD})
@AutoConfigureMockMvc
@Import({TestInfrastructure.Elasticsearch.class, TestInfrastructure.Postgres.class})
public @interface IntegrationTest {

    /** The first administrator ("admin") of the test application. */
    String ADMIN_PASSWORD = "test-admin-password";

    /** The department's signing keys of the test application (made at its first start), out of the working copy. */
    String KEY_FILE = "target/test-keys/department-signing-keys.json";
}
