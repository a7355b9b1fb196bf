package fr.portailpartenaires.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
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

    /**
     * The library's entry point, and every class it reaches, names no class of the web adapter, its HTTP server or a
     * logging backend: an embedding service has none of them on its class path (ADR 23).
     */
    static ArchRule theLibraryNeedsNoWebAdapterNorLogback(String root) {
        return noClasses().that().haveFullyQualifiedName(root + ".bootstrap.Portal")
                .should().transitivelyDependOnClassesThat().resideInAnyPackage(
                        root + ".adapters.web..", "io.javalin..", "org.eclipse.jetty..", "ch.qos.logback..")
                .allowEmptyShould(false)
                .because("the web adapter and Logback are optional dependencies of portail-bootstrap (ADR 23)");
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

    /**
     * A feature of the application ({@code application.<feature>}) reaches another feature only through its use-case
     * interfaces (annotated {@code application.shared.UseCase}) and the records they declare; {@code shared} reaches
     * no feature.
     */
    static ArchRule featuresMeetThroughUseCases(String root) {
        String application = root + ".application.";
        String useCase = application + "shared.UseCase";
        return classes().that().resideInAPackage(root + ".application.*..")
                .should(new ArchCondition<JavaClass>("reach another feature only through its use-case interfaces") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        String feature = featureOf(origin, application);
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            JavaClass target = dependency.getTargetClass().getBaseComponentType();
                            String targetFeature = featureOf(target, application);
                            boolean allowed = targetFeature == null || targetFeature.equals(feature)
                                    || targetFeature.equals("shared")
                                    || (!feature.equals("shared") && isUseCase(target, useCase));
                            if (!allowed) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                })
                .allowEmptyShould(false);
    }

    /** The application's services implement use-case interfaces only (one per interface, never an out-port). */
    static ArchRule servicesImplementUseCasesOnly(String root) {
        String useCase = root + ".application.shared.UseCase";
        return classes().that().resideInAPackage(root + ".application..").and().haveSimpleNameEndingWith("Service")
                .and().areNotInterfaces()
                .should(new ArchCondition<JavaClass>("implement use-case interfaces only") {
                    @Override
                    public void check(JavaClass service, ConditionEvents events) {
                        if (service.getRawInterfaces().isEmpty()) {
                            events.add(SimpleConditionEvent.violated(service,
                                    service.getName() + " implements no use-case interface"));
                        }
                        for (JavaClass implemented : service.getRawInterfaces()) {
                            if (!implemented.isAnnotatedWith(useCase)) {
                                events.add(SimpleConditionEvent.violated(service, service.getName() + " implements "
                                        + implemented.getName() + ", which is not a use-case interface"));
                            }
                        }
                    }
                })
                .allowEmptyShould(false);
    }

    /** JSON is the web adapter's business: no Jackson in the domain or the application. */
    static ArchRule noJacksonInTheCore(String root) {
        return noClasses().that().resideInAnyPackage(root + ".domain..", root + ".application..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .allowEmptyShould(false)
                .because("the edge owns its shapes: JSON names must not dictate the use-case API");
    }

    /**
     * No command or view of the core is a Jackson binding target: the web adapter names no class of the application or
     * the domain as a class object (as {@code Requests.body(ctx, X.class)} would), so every JSON body is a record of
     * the adapter, mapped to the command.
     */
    static ArchRule noCoreClassIsBoundToJson(String root) {
        String application = root + ".application.";
        String domain = root + ".domain.";
        return classes().that().resideInAPackage(root + ".adapters.web..")
                .should(new ArchCondition<JavaClass>("name no class of the application or the domain as a class object") {
                    @Override
                    public void check(JavaClass adapter, ConditionEvents events) {
                        adapter.getReferencedClassObjects().stream()
                                .filter(reference -> reference.getRawType().getName().startsWith(application)
                                        || reference.getRawType().getName().startsWith(domain))
                                .forEach(reference -> events.add(SimpleConditionEvent.violated(reference,
                                        adapter.getName() + " names " + reference.getRawType().getName()
                                                + ".class " + reference.getSourceCodeLocation())));
                    }
                })
                .allowEmptyShould(false)
                .because("the edge owns its shapes: Jackson binds the web adapter's records, mapped to the commands");
    }

    private static String featureOf(JavaClass javaClass, String application) {
        String name = javaClass.getPackageName();
        if (!name.startsWith(application)) {
            return null;
        }
        String rest = name.substring(application.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static boolean isUseCase(JavaClass target, String useCase) {
        for (JavaClass type = target; type != null; type = type.getEnclosingClass().orElse(null)) {
            if (type.isAnnotatedWith(useCase)) {
                return true;
            }
        }
        return false;
    }
}
