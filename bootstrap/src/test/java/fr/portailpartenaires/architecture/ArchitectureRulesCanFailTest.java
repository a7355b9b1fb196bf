package fr.portailpartenaires.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each architecture rule catches a violation: applied to the {@code archfixture} classes, which
 * break every rule on purpose, it fails and names the offending class. And a rule over a package
 * with no classes fails instead of passing vacuously.
 */
class ArchitectureRulesCanFailTest {

    private static final String FIXTURES = "archfixture";
    private static JavaClasses fixtures;

    @BeforeAll
    static void importFixtures() {
        fixtures = new ClassFileImporter().importPackages(FIXTURES);
    }

    private static void assertCatches(Function<String, ArchRule> rule, String offender) {
        assertThatThrownBy(() -> rule.apply(FIXTURES).check(fixtures))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(offender);
    }

    @Nested
    class Each_rule_catches_its_violation {

        @Test
        void a_domain_class_using_jooq() {
            assertCatches(ArchitectureRules::domainDependsOnlyOnTheJdk, "UsesJooq");
        }

        @Test
        void a_domain_class_using_jdbc() {
            assertCatches(ArchitectureRules::domainDependsOnlyOnTheJdk, "UsesJdbc");
        }

        @Test
        void an_application_class_using_jdbc() {
            assertCatches(ArchitectureRules::applicationNeverSeesAdapterTechnology, "OpensAConnection");
        }

        @Test
        void an_application_class_using_an_adapter() {
            assertCatches(ArchitectureRules::applicationNeverSeesAdapterTechnology, "CallsTheWebAdapter");
        }

        @Test
        void an_adapter_using_another_adapter() {
            assertCatches(ArchitectureRules::layersAndAdapters, "ReadsTheDatabaseDirectly");
        }

        @Test
        void a_module_using_bootstrap() {
            assertCatches(ArchitectureRules::layersAndAdapters, "KnowsTheWiring");
        }

        @Test
        void a_cycle_between_domain_packages() {
            assertCatches(ArchitectureRules::noCyclesBetweenDomainPackages, "Cycle detected");
        }

        @Test
        void a_domain_class_reading_the_system_clock() {
            assertCatches(ArchitectureRules::timeComesFromAClock, "ReadsTheSystemClock");
        }

        @Test
        void a_feature_reading_another_features_out_port() {
            assertCatches(ArchitectureRules::featuresMeetThroughUseCases, "ReachesIntoAlphasStore");
        }

        @Test
        void a_service_that_is_also_an_out_port() {
            assertCatches(ArchitectureRules::servicesImplementUseCasesOnly, "StoreImplementingService");
        }

        @Test
        void the_library_reaching_the_web_adapter_through_a_feature() {
            assertCatches(ArchitectureRules::theLibraryNeedsNoWebAdapterNorLogback, "archfixture.bootstrap.Portal");
        }

        @Test
        void a_core_class_bound_to_json() {
            assertCatches(ArchitectureRules::noJacksonInTheCore, "BindsJson");
        }

        @Test
        void a_web_adapter_binding_json_onto_a_command_of_the_core() {
            assertCatches(ArchitectureRules::noCoreClassIsBoundToJson, "BindsACommandOfTheCore");
        }
    }

    @Nested
    class No_rule_passes_on_nothing {

        @Test
        void every_rule_fails_on_a_root_with_no_classes() {
            JavaClasses none = new ClassFileImporter().importPackages("archfixture.nothing_here");
            for (Function<String, ArchRule> rule : java.util.List.<Function<String, ArchRule>>of(
                    ArchitectureRules::domainDependsOnlyOnTheJdk,
                    ArchitectureRules::applicationNeverSeesAdapterTechnology,
                    ArchitectureRules::layersAndAdapters,
                    ArchitectureRules::noCyclesBetweenDomainPackages,
                    ArchitectureRules::timeComesFromAClock,
                    ArchitectureRules::featuresMeetThroughUseCases,
                    ArchitectureRules::servicesImplementUseCasesOnly,
                    ArchitectureRules::noJacksonInTheCore,
                    ArchitectureRules::noCoreClassIsBoundToJson,
                    ArchitectureRules::theLibraryNeedsNoWebAdapterNorLogback)) {
                assertThatThrownBy(() -> rule.apply("archfixture.nothing_here").check(none))
                        .isInstanceOf(AssertionError.class);
            }
        }

        @Test
        void a_feature_using_another_through_its_use_case_and_a_service_implementing_its_use_case_are_accepted() {
            JavaClasses good = new ClassFileImporter().importClasses(
                    archfixture.application.beta.UsesAlphaThroughItsUseCase.class,
                    archfixture.application.alpha.AlphaService.class, archfixture.application.alpha.AlphaUseCase.class,
                    archfixture.application.alpha.AlphaUseCase.Command.class,
                    archfixture.application.alpha.AlphaStore.class, archfixture.application.shared.UseCase.class);
            assertThatCode(() -> ArchitectureRules.featuresMeetThroughUseCases(FIXTURES).check(good))
                    .doesNotThrowAnyException();
            assertThatCode(() -> ArchitectureRules.servicesImplementUseCasesOnly(FIXTURES).check(good))
                    .doesNotThrowAnyException();
        }

        @Test
        void a_web_adapter_binding_its_own_record_and_mapping_it_to_the_command_is_accepted() {
            JavaClasses good = new ClassFileImporter().importClasses(archfixture.adapters.web.BindsItsOwnBody.class,
                    archfixture.adapters.web.BindsItsOwnBody.Body.class);
            assertThatCode(() -> ArchitectureRules.noCoreClassIsBoundToJson(FIXTURES).check(good))
                    .doesNotThrowAnyException();
        }

        @Test
        void the_fixtures_have_a_clean_class_that_the_rules_accept() {
            JavaClasses clean = new ClassFileImporter().importClasses(archfixture.domain.clean.Clean.class);
            assertThatCode(() -> ArchitectureRules.domainDependsOnlyOnTheJdk(FIXTURES).check(clean)).doesNotThrowAnyException();
        }
    }
}
