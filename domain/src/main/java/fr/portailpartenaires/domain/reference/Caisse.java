package fr.portailpartenaires.domain.reference;

import fr.portailpartenaires.domain.shared.Components;
import fr.portailpartenaires.domain.shared.InvalidValueException;
import fr.portailpartenaires.domain.shared.Refusal;

/**
 * A funding body (caisse) and the régime it belongs to, as seeded in the reference data.
 *
 * @param code    the caisse code, e.g. {@code CARSAT-NORD-PICARDIE}
 * @param regime  the régime the caisse belongs to, e.g. {@code CNAV}
 * @param libelle the name shown to users and in mails, e.g. "CARSAT Nord-Picardie"
 */
public record Caisse(CaisseCode code, RegimeCode regime, String libelle) {

    public Caisse {
        Components.required(Caisse.class, code, regime, libelle);
        if (libelle.isBlank()) {
            throw new InvalidValueException(
                    Refusal.of("caisse.libelle_obligatoire"));
        }
        libelle = libelle.strip();
    }

    /** The régime of the CAF profile (caisses d'allocations familiales, spec §6). */
    public static final String CAF_REGIME = "CAF";

    /** A caisse of the CAF profile, whose administrators administer AFAS conventions. */
    public boolean isCaf() {
        return CAF_REGIME.equals(regime.value());
    }
}
