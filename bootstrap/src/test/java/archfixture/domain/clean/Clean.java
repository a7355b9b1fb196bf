package archfixture.domain.clean;

/** Obeys every rule. */
public record Clean(String name) {
}
