package vn.tuyenquang.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules as Spring Modulith sees them: no cycle, no module reaching into another's sub-packages, and every
 * dependency one its {@code package-info.java} allows. The documentation is written into docs/modules.
 */
class ModularityTests {

    static final Path DOCUMENTATION = Path.of("docs", "modules");

    private final ApplicationModules modules = ApplicationModules.of(WorkforceApplication.class);

    @Test
    void modulesUseOnlyTheDependenciesTheyDeclareThroughEachOthersApiAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void everyModuleDeclaresWhatItMayDependOn() throws Exception {
        String[] undeclared = (String[]) ApplicationModule.class.getMethod("allowedDependencies").getDefaultValue();
        assertThat(modules.stream()).isNotEmpty().allSatisfy(module -> {
            ApplicationModule declared = Class.forName(module.getBasePackage().getName() + ".package-info")
                    .getAnnotation(ApplicationModule.class);
            assertThat(declared).as(module.getName() + " has an @ApplicationModule package-info").isNotNull();
            assertThat(Arrays.equals(declared.allowedDependencies(), undeclared))
                    .as(module.getName() + " lists its allowed dependencies").isFalse();
        });
    }

    /**
     * The public types at the top of each module's package: its surface, what other modules may call. The ceilings are
     * the counts when they were first measured (issue 29); a module's surface may only shrink: lower its ceiling when a
     * type leaves it, and make a new type package-private unless another module needs it. Raised once, with its reason:
     * placement 6 to 10, when its one service of ten collaborators became one per purpose (Shortlists, ContactAnswers,
     * Hiring: +2) and the notices it called became facts it tells (HireRecorded, ContactRequested, ContactAnswered:
     * +3), while RecordingOffices went inside (-1). System 12 to 13 (issue 30): QrCodes, the QR drawing that training's
     * public page and credentials both need, moved out of training rather than copied. Credentials (issue 30) started
     * at 5: its facade (Credentials), the keys it publishes (DepartmentKeys), its settings, and the two records its
     * facade answers with (Credential, TokenCheck). Issue 31: programmes started at 4 (the list, FundingProgrammes; the
     * funding of enrolments, Fundings; the record and the form); training 18 to 20 (FundedEnrolments, an enrolment with
     * the programme that pays, rather than a ninth collaborator of TrainingRegistry; EnrolmentProgress, the year's
     * enrolments the programme report reads); outcomes 4 to 6 (ProgrammeOutcomes and the ProgrammeReport it answers);
     * digital started at 4 (DigitalCourses, the definition; DigitalSkillsReport, the figures; the mark and package-info
     * aside, DigitalMark); parks started at 7 (the list, IndustrialParks, and its file, ParksFile; the mapping of typed
     * names, ParkNames; the figures, ParkReport; the record and the form); accreditation started at 4 (Accreditations,
     * the decision and its form, and the fact it tells, AccreditationLapsing); abroad started at 7 (Departures and its
     * file, DeparturesFile; AbroadReport; Countries, the ISO list the form offers; the record and its form). System 13
     * to 15: SmallCsvFiles, the reading of a small CSV file that parks and abroad both need, and ReportYears, the years
     * five yearly reports offer, rather than copied; orders
     * started at 4 (EmployerOrders, OrderedTraining, the order and its form). Training 20 to 21 (issue 29): its reads for
     * other modules' reports and read models left TrainingRegistry for a facade of their own, TrainingReads; and back to
     * 20 when Paged moved to system (16), so that the audit trail's pages and a vacancy's candidates are counted the way
     * training's are. Indicators 17 to 18 (issue 31): WorkersAbroad, the setting that says whether workers abroad under
     * contract are in the labour force, a choice of IndicatorSettings beside Denominator and NationalSkillCertificates.
     */
    static final java.util.Map<String, Integer> SURFACE_CEILINGS = java.util.Map.ofEntries(
            java.util.Map.entry("abroad", 7), java.util.Map.entry("accounts", 13), java.util.Map.entry("accreditation", 4), java.util.Map.entry("credentials", 5), java.util.Map.entry("demo", 1), java.util.Map.entry("digital", 4),
            java.util.Map.entry("employers", 12),
            java.util.Map.entry("home", 0), java.util.Map.entry("imports", 8), java.util.Map.entry("indicators", 18),
            java.util.Map.entry("matching", 10), java.util.Map.entry("notifications", 4), java.util.Map.entry("orders", 4),
            java.util.Map.entry("outcomes", 6), java.util.Map.entry("parks", 7), java.util.Map.entry("people", 39), java.util.Map.entry("placement", 10), java.util.Map.entry("programmes", 4),
            java.util.Map.entry("reference", 5), java.util.Map.entry("search", 4), java.util.Map.entry("system", 16),
            java.util.Map.entry("text", 4), java.util.Map.entry("training", 20));

    @Test
    void noModulesPublicSurfaceGrows() {
        com.tngtech.archunit.core.domain.JavaClasses classes = new com.tngtech.archunit.core.importer.ClassFileImporter()
                .withImportOption(com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(WorkforceApplication.class.getPackageName());
        assertThat(modules.stream()).allSatisfy(module -> {
            String base = module.getBasePackage().getName();
            long surface = classes.stream().filter(c -> c.getPackageName().equals(base) && c.isTopLevelClass()
                            && c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)
                            && !c.getSimpleName().equals("package-info"))
                    .count();
            assertThat(surface).as("public types of " + module.getIdentifier())
                    .isLessThanOrEqualTo(SURFACE_CEILINGS.getOrDefault(module.getIdentifier().toString(), 0));
        });
    }

    /**
     * Facts are told, not called: every event a module publishes ({@code publishEvent(new X(…))}) has a listener in
     * some module (a fact told to no one is dead code), and no module but notifications writes a notice (notices are a
     * module's reaction to another's facts).
     */
    @Test
    void everyFactToldHasAListenerAndOnlyNotificationsWritesNotices() {
        com.tngtech.archunit.core.domain.JavaClasses classes = new com.tngtech.archunit.core.importer.ClassFileImporter()
                .withImportOption(com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(WorkforceApplication.class.getPackageName());
        java.util.Set<String> told = new java.util.TreeSet<>();
        java.util.Set<String> heard = new java.util.TreeSet<>();
        for (com.tngtech.archunit.core.domain.JavaClass c : classes) {
            for (com.tngtech.archunit.core.domain.JavaMethod method : c.getMethods()) {
                // publishEvent(new X(…)): the record constructed where the call is written (the call and the constructor may sit on
                // neighbouring lines of one statement) is the event.
                java.util.Set<Integer> publishing = method.getMethodCallsFromSelf().stream()
                        .filter(call -> call.getName().equals("publishEvent") && call.getTargetOwner().isAssignableTo(
                                org.springframework.context.ApplicationEventPublisher.class))
                        .map(com.tngtech.archunit.core.domain.JavaAccess::getLineNumber)
                        .collect(java.util.stream.Collectors.toSet());
                method.getConstructorCallsFromSelf().stream()
                        .filter(call -> call.getTargetOwner().isRecord() && publishing.stream()
                                .anyMatch(line -> Math.abs(call.getLineNumber() - line) <= 2))
                        .forEach(call -> told.add(call.getTargetOwner().getName()));
                boolean listens = method.isAnnotatedWith(org.springframework.context.event.EventListener.class)
                        || method.isAnnotatedWith(org.springframework.transaction.event.TransactionalEventListener.class)
                        || method.isAnnotatedWith(org.springframework.modulith.ApplicationModuleListener.class);
                if (listens) {
                    method.getRawParameterTypes().forEach(type -> heard.add(type.getName()));
                    method.getAnnotations().stream().flatMap(a -> a.get("value").stream())
                            .filter(value -> value instanceof com.tngtech.archunit.core.domain.JavaClass[])
                            .flatMap(value -> Arrays.stream((com.tngtech.archunit.core.domain.JavaClass[]) value))
                            .forEach(type -> heard.add(type.getName()));
                }
            }
        }
        assertThat(told).as("events published").contains(
                "vn.tuyenquang.workforce.placement.HireRecorded", "vn.tuyenquang.workforce.placement.ContactRequested",
                "vn.tuyenquang.workforce.placement.ContactAnswered");
        assertThat(heard).as("events some module listens to").containsAll(told);

        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses().that()
                .resideOutsideOfPackage("vn.tuyenquang.workforce.notifications..")
                .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasName.Predicates.name("send"))
                        .and(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                                com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                        com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName("Notifications")))))
                .because("notices are a module's reaction to facts another module tells")
                .check(classes);
    }

    @Test
    void writesTheModuleDocumentation() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCUMENTATION.toString()))
                .writeDocumentation();
        try (var files = Files.list(DOCUMENTATION)) {
            for (Path diagram : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                Files.write(diagram, inStableOrder(Files.readAllLines(diagram)));
            }
        }

        String components = Files.readString(DOCUMENTATION.resolve("components.puml"));
        assertThat(modules.stream()).allSatisfy(module -> {
            assertThat(components).contains(module.getDisplayName());
            assertThat(DOCUMENTATION.resolve("module-" + module.getIdentifier() + ".puml")).exists();
            assertThat(DOCUMENTATION.resolve("module-" + module.getIdentifier() + ".adoc")).exists();
        });
    }

    /** The relations of a diagram sorted, so that the checked-in documentation changes only when the modules do. */
    private static List<String> inStableOrder(List<String> lines) {
        List<String> relations = lines.stream().filter(line -> line.startsWith("Rel(")).sorted().toList();
        List<String> ordered = new ArrayList<>();
        int next = 0;
        for (String line : lines) {
            ordered.add(line.startsWith("Rel(") ? relations.get(next++) : line);
        }
        return ordered;
    }
}
