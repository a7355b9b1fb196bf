package fr.portailpartenaires.domain.habilitation;

import java.util.Arrays;
import java.util.Optional;

/** The état of a grant in the search (spec §6.4); {@link #NON_ATTRIBUE} lists the gaps instead of grants. */
public enum GrantState {
    ACTIF("Actif"),
    /** ended */
    HISTORIQUE("Historique"),
    /** not started yet, waiting for the CAF's validation, or its user not active */
    INACTIF("Inactif"),
    NON_ATTRIBUE("Non attribué");

    private final String libelle;

    GrantState(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    public static Optional<GrantState> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String wanted = raw.strip().replace(' ', '_');
        return Arrays.stream(values())
                .filter(state -> state.name().equalsIgnoreCase(wanted) || state.libelle.equalsIgnoreCase(raw.strip()))
                .findFirst();
    }
}
