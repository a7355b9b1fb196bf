package archfixture.application.shared;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** The fixtures' marker of a use-case interface, as {@code fr.portailpartenaires.application.shared.UseCase}. */
@Retention(RetentionPolicy.RUNTIME)
public @interface UseCase {
}
