package fr.portailpartenaires.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real code of every module obeys the architecture (bootstrap's tests see every module). */
class ArchitectureTest {

    private static final String ROOT = "fr.portailpartenaires";
    private static JavaClasses production;

    @BeforeAll
    static void importProductionCode() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ArchitectureTest::notATestJar)
                .importPackages(ROOT);
    }

    /** The application's test support (its test-jar, on this module's test classpath) is no production code. */
    private static boolean notATestJar(Location location) {
        return !location.contains("-tests.jar");
    }

    @Test
    void the_import_sees_every_module() {
        for (String module : new String[] {"domain", "application", "adapters.persistence", "adapters.web", "bootstrap"}) {
            assertThat(production.stream().filter(c -> c.getPackageName().startsWith(ROOT + "." + module)))
                    .as("classes of module %s", module).isNotEmpty();
        }
    }

    @Test
    void the_import_leaves_the_test_support_out() {
        assertThat(production.stream().filter(c -> c.getPackageName().equals(ROOT + ".application.testing"))).isEmpty();
    }

    @Test
    void the_domain_depends_only_on_the_jdk() {
        ArchitectureRules.domainDependsOnlyOnTheJdk(ROOT).check(production);
    }

    @Test
    void the_application_never_sees_adapter_technology() {
        ArchitectureRules.applicationNeverSeesAdapterTechnology(ROOT).check(production);
    }

    @Test
    void dependencies_point_inwards_and_adapters_never_see_each_other() {
        ArchitectureRules.layersAndAdapters(ROOT).check(production);
    }

    @Test
    void domain_packages_have_no_cycles() {
        ArchitectureRules.noCyclesBetweenDomainPackages(ROOT).check(production);
    }

    @Test
    void domain_and_use_cases_take_time_from_a_clock() {
        ArchitectureRules.timeComesFromAClock(ROOT).check(production);
    }

    @Test
    void a_feature_reaches_another_only_through_its_use_cases() {
        ArchitectureRules.featuresMeetThroughUseCases(ROOT).check(production);
    }

    @Test
    void services_implement_use_case_interfaces_only() {
        ArchitectureRules.servicesImplementUseCasesOnly(ROOT).check(production);
    }

    @Test
    void the_library_needs_no_web_adapter_nor_logback() {
        ArchitectureRules.theLibraryNeedsNoWebAdapterNorLogback(ROOT).check(production);
    }

    @Test
    void no_command_of_the_core_is_a_jackson_binding_target() {
        ArchitectureRules.noCoreClassIsBoundToJson(ROOT).check(production);
    }

    @Test
    void no_jackson_in_the_domain_or_the_application() {
        ArchitectureRules.noJacksonInTheCore(ROOT).check(production);
    }
}
