package archfixture.application.beta;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Breaks "no Jackson in the core": a command shaped by its JSON names. */
public record BindsJson(@JsonProperty("motDePasse") String password) {
}
