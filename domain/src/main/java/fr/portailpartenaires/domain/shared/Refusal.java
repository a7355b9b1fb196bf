package fr.portailpartenaires.domain.shared;


/**
 * Why the domain said no: a stable machine code (for clients and tests) and the French message
 * shown to the user. Refusals are values, not exceptions.
 *
 * @param code    stable key, e.g. {@code siret.cle_invalide}
 * @param message the French message, e.g. "Le numéro SIRET est invalide (clé de contrôle)."
 */
public record Refusal(String code, String message) {

    public Refusal {
        Components.required(Refusal.class, code, message);
        if (code.isBlank() || message.isBlank()) {
            throw new IllegalArgumentException("A refusal needs a code and a message");
        }
    }

    public static Refusal of(String code, String message) {
        return new Refusal(code, message);
    }
}
