package vn.tuyenquang.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tuyenquang.workforce.reference.ReferenceCatalog;

/** The embedded default: the same migrations on H2 in PostgreSQL mode, as used with nothing configured. */
@SpringBootTest(properties = {
        "workforce.elasticsearch.local.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:embedded-default;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"})
@Import(TestInfrastructure.Elasticsearch.class)
class EmbeddedDefaultTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReferenceCatalog catalog;

    @Autowired
    List<JavaMigration> javaMigrations;

    /**
     * Every migration H2 is given, in version order: the versioned scripts (the shared ones and its own), read from the
     * classpath, and the migrations written in Java.
     */
    private List<String> migrationsForH2() throws IOException {
        var scripts = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/{common,h2}/V*__*.sql");
        return Stream.concat(Arrays.stream(scripts)
                                .map(script -> script.getFilename().substring(1, script.getFilename().indexOf("__"))),
                        javaMigrations.stream().map(migration -> migration.getVersion().getVersion()))
                .distinct()
                .sorted(Comparator.comparing(Integer::valueOf))
                .toList();
    }

    @Test
    void everyMigrationRunsOnH2AndLoadsTheReferenceLists() throws IOException {
        assertThat(jdbc.sql("select database_path() is null").query(Boolean.class).single())
                .as("running on H2").isTrue();
        assertThat(jdbc.sql("select version from flyway_schema_history where success and version is not null"
                + " order by installed_rank").query(String.class).list()).containsExactlyElementsOf(migrationsForH2());
        assertThat(catalog.communes()).hasSize(124);
        assertThat(catalog.ethnicGroups()).hasSize(54);
        assertThat(catalog.occupations()).hasSize(697);
        assertThat(catalog.qualificationLevels()).hasSize(10);
        assertThat(jdbc.sql("select count(*) from batch_job_instance").query(Integer.class).single()).isZero();
    }
}
