package vn.tuyenquang.workforce;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/**
 * One module (the test's package) with the modules whose beans it uses, and theirs, against the real PostgreSQL
 * ({@link TestServers}); no Elasticsearch, no other module. It starts in a third of the whole application's time and
 * shows that the module does what it says with no more than it declares; the facts it tells are read with Modulith's
 * {@code Scenario} or {@code PublishedEvents}. Journeys across modules stay {@link IntegrationTest}s, and so do pages
 * rendered in the layout, which shows every signed-in user their unread notices (the notifications module): a page
 * test starts the whole application; an API test need not.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
@Import({TestInfrastructure.Postgres.class, TestInfrastructure.Migrations.class})
@TestPropertySource(properties = {"workforce.accounts.admin.password=" + IntegrationTest.ADMIN_PASSWORD,
        "workforce.elasticsearch.local.enabled=false"})
public @interface ModuleTest {

    /**
     * Modules started besides those the module's beans use: {@code system} always (its clock and web rules are used by
     * everyone, though no module injects a bean of it by type), {@code accounts} where pages are signed in to.
     */
    @AliasFor(annotation = ApplicationModuleTest.class, attribute = "extraIncludes")
    String[] extraIncludes() default "system";
}
