package fr.portailpartenaires.domain.habitat;

import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;
import fr.portailpartenaires.domain.shared.TypedCodes;

/** The retiree's household for the resources of an intervention order: PS (personne seule) or C (couple). */
public enum Ressources {
    PS("Personne seule"),
    C("Couple");

    private final String label;

    Ressources(String label) {
        this.label = label;
    }

    /** The French label ("Personne seule", "Couple"); the list shows the code. */
    public String label() {
        return label;
    }

    /** Reads {@code PS} or {@code C} (case-insensitive). */
    public static Result<Ressources> parse(String raw) {
        return TypedCodes.constant(raw, values(), Ressources::name,
                Refusal.of("ressources.obligatoires"),
                Refusal.of("ressources.inconnues"));
    }
}
