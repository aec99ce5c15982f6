package vn.tuyenquang.workforce.imports;

import org.springframework.batch.core.launch.support.TaskExecutorJobLauncher;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.tuyenquang.workforce.accounts.Role;
import vn.tuyenquang.workforce.system.BackgroundJobs;
import vn.tuyenquang.workforce.system.PageAccess;

@Configuration(proxyBeanMethods = false)
class ImportsConfiguration {

    static final int IMPORTS_AT_ONCE = 4;

    /**
     * Imports run in the background, four at a time (each independent of the others); the upload answers at
     * once with the progress page.
     */
    @Bean
    TaskExecutorJobLauncher importJobLauncher(JobRepository jobs) throws Exception {
        return BackgroundJobs.launcher(jobs, "import", IMPORTS_AT_ONCE);
    }

    /** Where uploaded files are kept until their retention ends; shared storage when several instances run. */
    @Bean
    ImportStorage importStorage(ImportSettings settings) {
        return new ImportStorage(settings.directory());
    }

    /** When someone was last served here: a servlet filter on every path (Spring Boot registers a filter bean). */
    @Bean
    PeopleServed peopleServed() {
        return new PeopleServed();
    }

    /** The rest between chunks while people are being served ({@code workforce.imports.rest}). */
    @Bean
    ImportPacing importPacing(ImportSettings settings, PeopleServed served) {
        return new ImportPacing(settings.rest(), served);
    }

    /**
     * Graduates files are for the department, administrators and centre staff (each call checks the
     * centre); labour surveys for the department and administrators.
     */
    @Bean
    PageAccess importPages() {
        return paths -> paths
                .requestMatchers("/imports/surveys", "/imports/labour-survey-*.csv")
                .hasAnyRole(Role.ADMIN.name(), Role.DEPARTMENT.name())
                .requestMatchers("/imports/**")
                .hasAnyRole(Role.ADMIN.name(), Role.DEPARTMENT.name(), Role.CENTRE_STAFF.name());
    }
}
