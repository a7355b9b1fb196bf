package fr.portailpartenaires.domain.habitat;

import fr.portailpartenaires.domain.shared.Result;
import java.util.Arrays;
import java.util.Locale;

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
        if (raw == null || raw.isBlank()) {
            return Result.refused("ressources.obligatoires", "Les ressources (PS ou C) sont obligatoires.");
        }
        String wanted = raw.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(value -> value.name().equals(wanted)).findFirst()
                .<Result<Ressources>>map(Result::ok)
                .orElseGet(() -> Result.refused("ressources.inconnues",
                        "Les ressources sont PS (personne seule) ou C (couple)."));
    }
}
