package org.newsdesk.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The import-direction table of DESIGN.md, enforced: each package imports only what the table allows. */
class ArchitectureTest {

    private static final List<String> ALL = List.of("domain", "fetch", "feed", "extract", "understand", "cluster",
            "store", "search", "ingest", "readers", "web", "api", "cli", "app", "demo");

    /** Package → the Newsdesk packages it may import (besides itself). */
    private static final Map<String, List<String>> ALLOWED = new LinkedHashMap<>();

    static {
        List<String> stages = List.of("domain", "fetch", "feed", "extract", "understand", "cluster");
        ALLOWED.put("domain", List.of());
        ALLOWED.put("fetch", List.of("domain"));
        ALLOWED.put("feed", List.of("domain"));
        ALLOWED.put("extract", List.of("domain"));
        ALLOWED.put("understand", List.of("domain"));
        ALLOWED.put("cluster", List.of("domain"));
        ALLOWED.put("store", List.of("domain"));
        ALLOWED.put("search", List.of("domain"));
        ALLOWED.put("ingest", concat(stages, List.of("store", "search")));
        // Readers' services (accounts, reading state, comments) stand on the store alone.
        ALLOWED.put("readers", List.of("domain", "store"));
        ALLOWED.put("web", List.of("domain", "store", "search", "ingest", "readers"));
        ALLOWED.put("api", List.of("domain", "store", "search", "ingest", "readers"));
        // Besides the services, the offline commands (extract, understand, cluster) run a stage on files.
        ALLOWED.put("cli", List.of("domain", "ingest", "store", "search", "readers", "extract", "understand", "cluster"));
        ALLOWED.put("app", ALL);
        // The demo network stands apart from the product: it imports nothing of it.
        ALLOWED.put("demo", List.of());
    }

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.newsdesk");

    @TestFactory
    List<DynamicTest> eachPackageImportsOnlyWhatTheDesignAllows() {
        return ALLOWED.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            String[] forbidden = ALL.stream()
                    .filter(p -> !p.equals(entry.getKey()) && !entry.getValue().contains(p))
                    .map(p -> "org.newsdesk." + p + "..")
                    .toArray(String[]::new);
            if (forbidden.length == 0) return;
            noClasses().that().resideInAPackage("org.newsdesk." + entry.getKey() + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                    .allowEmptyShould(true)
                    .check(classes);
        })).toList();
    }

    @TestFactory
    List<DynamicTest> theProductNeverImportsTheDemoNetwork() {
        return List.of(DynamicTest.dynamicTest("only app and tests", () ->
                noClasses().that().resideOutsideOfPackages("org.newsdesk.app..", "org.newsdesk.demo..")
                        .should().dependOnClassesThat().resideInAPackage("org.newsdesk.demo..")
                        .check(classes)));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
