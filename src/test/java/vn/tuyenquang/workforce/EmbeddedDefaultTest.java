package vn.tuyenquang.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
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

    @Test
    void everyMigrationRunsOnH2AndLoadsTheReferenceLists() {
        assertThat(jdbc.sql("select database_path() is null").query(Boolean.class).single())
                .as("running on H2").isTrue();
        assertThat(jdbc.sql("select version from flyway_schema_history where success and version is not null"
                + " order by installed_rank").query(String.class).list()).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35");
        assertThat(catalog.communes()).hasSize(124);
        assertThat(catalog.ethnicGroups()).hasSize(54);
        assertThat(catalog.occupations()).hasSize(697);
        assertThat(catalog.qualificationLevels()).hasSize(10);
        assertThat(jdbc.sql("select count(*) from batch_job_instance").query(Integer.class).single()).isZero();
    }
}
