package vn.tuyenquang.workforce.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.tuyenquang.workforce.TestInfrastructure;

/** The demo profile on the embedded default, as a new user would start it to try every role. */
@SpringBootTest(properties = {"workforce.elasticsearch.local.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"})
@ActiveProfiles("demo")
@AutoConfigureMockMvc
@Import(TestInfrastructure.Elasticsearch.class)
class DemoProvinceTest {

    static final String SURVEY_COMPLETED = "batch_job_execution e join batch_job_instance i"
            + " on i.job_instance_id = e.job_instance_id where i.job_name = 'labourSurveyImport' and e.status = 'COMPLETED'";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoProvince demo;

    @Test
    void aSyntheticProvinceIsLoadedOnceWithItsCentresLearnersAndOneAccountPerRole() throws Exception {
        assertThat(count("training_centre where code like 'GL-%' and name like '%(giả lập)'")).isEqualTo(4);
        assertThat(count("course")).isEqualTo(20);
        assertThat(count("enrolment")).isEqualTo(4 * 300);
        assertThat(count("certificate")).isBetween(600L, 1200L);
        assertThat(count("person where certified")).isPositive();

        // The labour-supply survey of most communes is imported in the background; the others rest on baselines.
        assertThat(count("commune_baseline where baseline_year = 2025")).isEqualTo(10);
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (count(SURVEY_COMPLETED) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(count("commune_survey where survey_year = 2025")).isEqualTo(114);
        assertThat(count(SURVEY_COMPLETED)).isEqualTo(1);
        assertThat(count("person_qualification where source = 'DECLARED'")).isEqualTo(8000);

        demo.run(null);
        assertThat(count("enrolment")).isEqualTo(4 * 300);
        assertThat(count("import_run where kind = 'LABOUR_SURVEY'")).isEqualTo(1);

        assertThat(count("employer where name like '%(giả lập)'")).isEqualTo(3);
        assertThat(count("person where consent_to_be_found")).isEqualTo(400);
        assertThat(count("vacancy where status = 'OPEN'")).isEqualTo(3);
        // Those who asked to be found can be reached: each has a phone; and a few were hired through the application,
        // each with the phone they agreed to share, employed from the day of the hire.
        assertThat(count("person where consent_to_be_found and phone is null")).isZero();
        assertThat(count("placement")).isEqualTo(3 * 3);
        assertThat(count("shortlist_entry where stage = 'HIRED' and contact_phone is not null")).isEqualTo(9);
        assertThat(count("person p join placement h on h.person_id = p.id where p.labour_status = 'EMPLOYED'")).isEqualTo(9);
        for (String account : new String[]{"demo.so", "demo.xa", "demo.truong", "demo.dn"}) {
            mvc.perform(formLogin().user(account).password(DemoProvince.DEMO_PASSWORD))
                    .andExpect(authenticated()).andExpect(redirectedUrl("/"));
        }
        mvc.perform(get("/")).andExpect(content().string(containsString("DỮ LIỆU GIẢ LẬP")));
    }

    private long count(String from) {
        return jdbc.sql("select count(*) from " + from).query(Long.class).single();
    }
}
