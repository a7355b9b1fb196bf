package fr.portailpartenaires.domain.reference;

import fr.portailpartenaires.domain.shared.Result;
import java.util.Arrays;
import java.util.Locale;

/**
 * The type of a PPAS partner (type partenaire); it decides which services the partner sees.
 * {@link #code()} is the stable string stored and exchanged; {@link #label()} is shown to users.
 */
public enum PartnerType {
    STRUCTURE_EVALUATION("STRUCTURE_EVALUATION", "Structure d'évaluation"),
    PRESTATAIRE_AIDE_DOMICILE("PRESTATAIRE_AIDE_DOMICILE", "Prestataire de services d'aide à domicile"),
    PRESTATAIRE_ERGOTHERAPEUTE("PRESTATAIRE_ERGOTHERAPEUTE", "Prestataire Ergothérapeute"),
    HABITAT("HABITAT", "Habitat");

    private final String code;
    private final String label;

    PartnerType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The type with this code (trimmed, case-insensitive), or a French refusal. */
    public static Result<PartnerType> fromCode(String raw) {
        if (raw == null || raw.isBlank()) {
            return Result.refused("type_partenaire.obligatoire", "Le type de partenaire est obligatoire.");
        }
        String wanted = raw.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(type -> type.code.equals(wanted))
                .findFirst()
                .<Result<PartnerType>>map(Result::ok)
                .orElseGet(() -> Result.refused("type_partenaire.inconnu", "Le type de partenaire est inconnu."));
    }
}
