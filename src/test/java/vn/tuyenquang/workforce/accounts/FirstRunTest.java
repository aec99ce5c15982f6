package vn.tuyenquang.workforce.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.tuyenquang.workforce.TestServers;
import vn.tuyenquang.workforce.WorkforceApplication;

/** A new installation with no administrator and no password setting, as a new user starts it. */
@ExtendWith(OutputCaptureExtension.class)
class FirstRunTest {

    private static final Pattern ONE_TIME_PASSWORD = Pattern.compile("one-time password\\s+(\\S+)");

    @Test
    void theFirstStartPrintsAOneTimeAdministratorPasswordThatMustBeChanged(CapturedOutput output) {
        try (ConfigurableApplicationContext app = start("first-run")) {
            Matcher printed = ONE_TIME_PASSWORD.matcher(output.getOut());
            assertThat(printed.find()).as("the log shows a one-time password").isTrue();
            String oneTime = printed.group(1);

            Account admin = app.getBean(AccountRepository.class).findByUsername("admin").orElseThrow();
            assertThat(admin.role()).isEqualTo(Role.ADMIN);
            assertThat(admin.mustChangePassword()).isTrue();
            assertThat(app.getBean(PasswordEncoder.class).matches(oneTime, admin.passwordHash())).isTrue();
            assertThat(oneTime).hasSize(16);
        }
    }

    @Test
    void aSecondStartCreatesNoOtherAdministratorAndPrintsNoPassword(CapturedOutput output) {
        try (ConfigurableApplicationContext first = start("second-run")) {
            int printedBefore = output.getOut().split("one-time password", -1).length;
            AccountRepository accounts = first.getBean(AccountRepository.class);
            first.getBean(AdministratorBootstrap.class).run(null);

            assertThat(output.getOut().split("one-time password", -1).length).isEqualTo(printedBefore);
            assertThat(accounts.findAll()).filteredOn(a -> a.role() == Role.ADMIN).hasSize(1);
        }
    }

    private static ConfigurableApplicationContext start(String database) {
        return SpringApplication.run(WorkforceApplication.class,
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:" + database + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                "--spring.elasticsearch.uris=" + TestServers.elasticsearch());
    }
}
