package vn.tuyenquang.workforce.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.tuyenquang.workforce.WorkforceApplication;

@ExtendWith(OutputCaptureExtension.class)
class ElasticsearchStartFailureTest {

    @Test
    void whenTheEngineCannotStartTheApplicationSaysWhatFailedAndWhatToDoWithoutAStackTrace(CapturedOutput output) {
        assertThatThrownBy(() -> SpringApplication.run(WorkforceApplication.class,
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:start-failure;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                "--workforce.elasticsearch.local.distribution=target/missing/elasticsearch.zip"));

        assertThat(output.getOut())
                .contains("APPLICATION FAILED TO START")
                .contains("The Elasticsearch distribution was not found at")
                .contains("target/missing/elasticsearch.zip")
                .contains("Action:")
                .contains("./mvnw spring-boot:run")
                .doesNotContain("\tat org.springframework");
    }
}
