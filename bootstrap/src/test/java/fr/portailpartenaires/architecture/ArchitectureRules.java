package fr.portailpartenaires.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

/**
 * The architecture of the portal as rules over a root package, so that the same rule checks the
 * real code ({@code fr.portailpartenaires}) and, in {@link ArchitectureRulesCanFailTest}, fixture
 * classes that break it on purpose ({@code archfixture}).
 */
final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** The domain depends only on the JDK (no JDBC) and, at most, Jakarta Validation annotations. */
    static ArchRule domainDependsOnlyOnTheJdk(String root) {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java.lang..", "java.util..", "java.time..", "java.math..", "java.text..",
                        "java.io..", "java.nio.charset..", "java.security..", "java.net..",
                        "jakarta.validation.constraints..", root + ".domain..")
                .allowEmptyShould(false)
                .because("the domain is pure Java: no framework, no database, no I/O library");
    }

    /** The use cases see the domain and the JDK, never an adapter's technology. */
    static ArchRule applicationNeverSeesAdapterTechnology(String root) {
        return noClasses().that().resideInAPackage(root + ".application..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        root + ".adapters..", root + ".bootstrap..",
                        "org.jooq..", "io.javalin..", "java.sql..", "javax.sql..",
                        "org.simplejavamail..", "jakarta.mail..", "org.eclipse.jetty..",
                        "com.zaxxer..", "org.flywaydb..", "ch.qos.logback..")
                .allowEmptyShould(false)
                .because("application holds the use cases and their ports; technology belongs to adapters");
    }

    /** adapters → application → domain; adapters never see each other; only bootstrap sees every module. */
    static ArchRule layersAndAdapters(String root) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Domain").definedBy(root + ".domain..")
                .layer("Application").definedBy(root + ".application..")
                .layer("Persistence").definedBy(root + ".adapters.persistence..")
                .layer("Web").definedBy(root + ".adapters.web..")
                .layer("Mail").definedBy(root + ".adapters.mail..")
                .layer("Bootstrap").definedBy(root + ".bootstrap..")
                .whereLayer("Bootstrap").mayNotBeAccessedByAnyLayer()
                .whereLayer("Persistence").mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("Web").mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("Mail").mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("Application").mayOnlyBeAccessedByLayers("Persistence", "Web", "Mail", "Bootstrap")
                .whereLayer("Domain").mayOnlyBeAccessedByLayers("Application", "Persistence", "Web", "Mail", "Bootstrap")
                .allowEmptyShould(false);
    }

    /** The domain's packages (one per aggregate or concept) form no cycle. */
    static ArchRule noCyclesBetweenDomainPackages(String root) {
        return slices().matching(root + ".domain.(*)..")
                .should().beFreeOfCycles()
                .allowEmptyShould(false);
    }

    /** Time is an input: domain and use cases read it from a Clock, never from the system directly. */
    static ArchRule timeComesFromAClock(String root) {
        return noClasses().that().resideInAnyPackage(root + ".domain..", root + ".application..")
                .should().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .allowEmptyShould(false)
                .because("derived facts (relance at 60 days, a convention's état) must be testable by moving a Clock");
    }
}
