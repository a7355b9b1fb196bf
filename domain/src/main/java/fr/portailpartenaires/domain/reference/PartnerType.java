package fr.portailpartenaires.domain.reference;

import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;
import fr.portailpartenaires.domain.shared.TypedCodes;

/**
 * The type of a PPAS partner (type partenaire); it decides which services the partner sees.
 * {@link #code()} is the stable string stored and exchanged: the constant's name, so a constant is never renamed;
 * {@link #label()} is shown to users.
 */
public enum PartnerType {
    STRUCTURE_EVALUATION("Structure d'évaluation"),
    PRESTATAIRE_AIDE_DOMICILE("Prestataire de services d'aide à domicile"),
    PRESTATAIRE_ERGOTHERAPEUTE("Prestataire Ergothérapeute"),
    HABITAT("Habitat");

    private final String label;

    PartnerType(String label) {
        this.label = label;
    }

    /** The stored and exchanged code: the constant's name ({@code STRUCTURE_EVALUATION}). */
    public String code() {
        return name();
    }

    public String label() {
        return label;
    }

    /** The type with this code (trimmed, case-insensitive), or a French refusal. */
    public static Result<PartnerType> fromCode(String raw) {
        return TypedCodes.constant(raw, values(), PartnerType::code,
                Refusal.of("type_partenaire.obligatoire"),
                Refusal.of("type_partenaire.inconnu"));
    }
}
