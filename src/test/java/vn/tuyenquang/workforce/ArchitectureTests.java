package vn.tuyenquang.workforce;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;
import vn.tuyenquang.workforce.system.ProvinceTime;

@AnalyzeClasses(packagesOf = WorkforceApplication.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule controllersAreInternalToTheirModule = classes()
            .that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
            .should().notBePublic()
            .because("other modules use a module's public facade, never its web layer");

    @ArchTest
    static final ArchRule controllersDoNotQueryTheDatabase = noClasses()
            .that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
            .should().dependOnClassesThat().areAssignableTo(JdbcClient.class)
            .because("a controller binds, calls one thing and chooses a view");

    /** The tables each module owns: only its repositories name them in SQL. */
    static final Map<String, Set<String>> TABLES = Map.ofEntries(
            Map.entry("accounts", Set.of("app_user", "api_token", "login_throttle", "audit_event")),
            Map.entry("people", Set.of("person", "person_qualification", "identity_conflict", "labour_status_period")),
            Map.entry("training", Set.of("training_centre", "course", "enrolment", "certificate", "certificate_number_pair")),
            Map.entry("employers", Set.of("employer", "vacancy")),
            Map.entry("matching", Set.of("search_outbox")),
            Map.entry("placement", Set.of("shortlist_entry", "placement")),
            Map.entry("imports", Set.of("import_run", "import_error", "import_outcome", "import_commune")),
            Map.entry("indicators", Set.of("commune_baseline", "commune_survey", "commune_target", "indicator_snapshot")),
            Map.entry("reference", Set.of("commune", "ethnic_group", "occupation", "qualification_level")),
            Map.entry("system", Set.of("instance_heartbeat")),
            Map.entry("credentials", Set.of("credential")),
            Map.entry("programmes", Set.of("funding_programme", "enrolment_funding")),
            Map.entry("digital", Set.of("digital_skill_group", "digital_course")),
            Map.entry("parks", Set.of("industrial_park", "park_name_mapping")),
            Map.entry("accreditation", Set.of("centre_accreditation")),
            Map.entry("abroad", Set.of("departure")),
            Map.entry("orders", Set.of("course_order")));

    @ArchTest
    static final ArchRule jdbcOnlyInRepositories = noClasses()
            .that().areNotAnnotatedWith(Repository.class)
            .and(DescribedPredicate.describe("are not part of a Flyway migration", (JavaClass type) ->
                    !type.isAssignableTo(JavaMigration.class)
                            && type.getEnclosingClass().map(outer -> !outer.isAssignableTo(JavaMigration.class)).orElse(true)))
            // ShedLock's provider is handed a JdbcTemplate and writes its own lock table, none of the modules'.
            .and().doNotHaveSimpleName("SchedulerLocks")
            .should().dependOnClassesThat().belongToAnyOf(JdbcClient.class, JdbcOperations.class, JdbcTemplate.class,
                    NamedParameterJdbcOperations.class, NamedParameterJdbcTemplate.class, Statement.class, PreparedStatement.class)
            .because("SQL lives in a module's repositories, where the module's tables are");

    @ArchTest
    static final ArchRule repositoriesNameOnlyTheirModulesTables = classes()
            .that().areAnnotatedWith(Repository.class)
            .should(nameInSqlOnlyTheTablesOfTheirModule())
            .because("each table has one owning module; other modules ask its facade");

    @ArchTest
    static final ArchRule constructorInjectionOnly = fields().should().notBeAnnotatedWith(Autowired.class);

    @ArchTest
    static final ArchRule noStandardStreams = NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    /** The server's clock is UTC: from midnight to 07:00 in Tuyên Quang its date is yesterday. */
    @ArchTest
    static final ArchRule everyTodayIsTheProvincesDay = noClasses()
            .that().doNotHaveFullyQualifiedName(ProvinceTime.class.getName())
            .should().callMethodWhere(DescribedPredicate.describe("LocalDate.now, Year.now or YearMonth.now",
                    call -> call.getTarget().getName().equals("now")
                            && Set.of(java.time.LocalDate.class.getName(), java.time.Year.class.getName(),
                                    java.time.YearMonth.class.getName())
                            .contains(call.getTargetOwner().getName())))
            .because("a day in the province is ProvinceTime.today(clock), whatever the server's zone");

    @ArchTest
    static final ArchRule noJavaUtilLogging = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
            Pattern.DOTALL);
    private static final Pattern TABLE = Pattern.compile(
            "\\b(?:from|join|into|update|table|analyze)\\s+([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);

    /** Reads the repository's source: every table its string literals name after FROM, JOIN, INTO, UPDATE … is its module's. */
    private static ArchCondition<JavaClass> nameInSqlOnlyTheTablesOfTheirModule() {
        return new ArchCondition<>("name in SQL only the tables of their module") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                String module = repository.getPackageName().substring(WorkforceApplication.class.getPackageName().length() + 1)
                        .split("\\.")[0];
                Set<String> own = TABLES.getOrDefault(module, Set.of());
                Set<String> everyTable = TABLES.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
                Matcher strings = STRING.matcher(source(repository));
                while (strings.find()) {
                    Matcher tables = TABLE.matcher(strings.group(1) != null ? strings.group(1) : strings.group(2));
                    while (tables.find()) {
                        String table = tables.group(1).toLowerCase(Locale.ROOT);
                        if (everyTable.contains(table) && !own.contains(table)) {
                            events.add(SimpleConditionEvent.violated(repository, repository.getName() + " (module "
                                    + module + ") names the table " + table + ", which is another module's"));
                        }
                    }
                }
            }
        };
    }

    private static String source(JavaClass type) {
        Path file = Path.of("src/main/java", type.getPackageName().replace('.', '/'),
                type.getSimpleName().replaceAll("\\$.*", "") + ".java");
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
