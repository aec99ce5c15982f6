package vn.tuyenquang.workforce;

import java.net.URI;
import java.util.List;

import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchConnectionDetails;
import org.springframework.boot.autoconfigure.jdbc.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Points the application at the test JVM's real servers ({@link TestServers}). */
public final class TestInfrastructure {

    private TestInfrastructure() {
    }

    /**
     * Another instance of the application, as a second server behind a load balancer would be: its own context on its
     * own port, against the same PostgreSQL, Elasticsearch and import storage as the tests' own instance.
     */
    public static org.springframework.context.ConfigurableApplicationContext anotherInstance(String... properties) {
        return new org.springframework.boot.builder.SpringApplicationBuilder(WorkforceApplication.class,
                Elasticsearch.class, Postgres.class)
                .properties("server.port=0", "workforce.elasticsearch.local.enabled=false",
                        "workforce.indicators.recount-interval=0s", "workforce.indicators.count-wait=60s",
                        "workforce.credentials.key-file=" + IntegrationTest.KEY_FILE,
                        "workforce.accounts.admin.password=" + IntegrationTest.ADMIN_PASSWORD)
                // as arguments, which come before application.yml (default properties come after it)
                .run(java.util.Arrays.stream(properties).map(p -> "--" + p).toArray(String[]::new));
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Elasticsearch {

        @Bean
        ElasticsearchConnectionDetails testElasticsearch() {
            URI address = TestServers.elasticsearch();
            return () -> List.of(new ElasticsearchConnectionDetails.Node(address.getHost(), address.getPort(),
                    ElasticsearchConnectionDetails.Node.Protocol.HTTP, null, null));
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Postgres {

        @Bean
        JdbcConnectionDetails testPostgres() {
            TestServers.Database database = TestServers.postgres();
            return new JdbcConnectionDetails() {
                @Override
                public String getUsername() {
                    return database.username();
                }

                @Override
                public String getPassword() {
                    return database.password();
                }

                @Override
                public String getJdbcUrl() {
                    return database.jdbcUrl();
                }
            };
        }
    }

    /**
     * Every module's Java migrations (reference lists, data conversions), wherever they live. Flyway's Java migrations
     * are beans of their modules, so a context that starts some modules alone ({@link ModuleTest}) would otherwise
     * migrate the database without the others' and leave it at a schema the whole application refuses.
     */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Migrations {

        @Bean
        org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer everyModulesJavaMigrations() {
            var scan = new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(false);
            scan.addIncludeFilter(new org.springframework.core.type.filter.AssignableTypeFilter(
                    org.flywaydb.core.api.migration.JavaMigration.class));
            org.flywaydb.core.api.migration.JavaMigration[] migrations = scan
                    .findCandidateComponents(WorkforceApplication.class.getPackageName()).stream()
                    .map(found -> {
                        try {
                            var made = Class.forName(found.getBeanClassName()).getDeclaredConstructor();
                            made.setAccessible(true);
                            return (org.flywaydb.core.api.migration.JavaMigration) made.newInstance();
                        } catch (ReflectiveOperationException e) {
                            throw new IllegalStateException("cannot make " + found.getBeanClassName(), e);
                        }
                    })
                    .toArray(org.flywaydb.core.api.migration.JavaMigration[]::new);
            return configuration -> configuration.javaMigrations(migrations);
        }
    }
}
