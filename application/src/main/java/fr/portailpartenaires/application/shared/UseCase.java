package fr.portailpartenaires.application.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a use-case interface: what a feature offers to the adapters that drive it (HTTP, pages, an embedding
 * service) and to the other features. A feature reaches another only through these (and the records they
 * declare); its services implement nothing else. Both rules are checked by ArchUnit.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface UseCase {
}
