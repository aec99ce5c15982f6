package vn.tuyenquang.workforce;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

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

    @ArchTest
    static final ArchRule constructorInjectionOnly = fields().should().notBeAnnotatedWith(Autowired.class);

    @ArchTest
    static final ArchRule noStandardStreams = NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule noJavaUtilLogging = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
}
