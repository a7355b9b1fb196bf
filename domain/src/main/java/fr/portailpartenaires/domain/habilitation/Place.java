package fr.portailpartenaires.domain.habilitation;

import java.util.Objects;

/** A lieu d'implantation of an activity (seed: « ESC L'éclair »). */
public record Place(PlaceId id, String libelle) {

    public Place {
        Objects.requireNonNull(id, "id");
        requireLabel(libelle);
    }

    static void requireLabel(String libelle) {
        Objects.requireNonNull(libelle, "libelle");
        if (libelle.isBlank() || libelle.length() > 100) {
            throw new IllegalArgumentException("A libellé has 1 to 100 characters: " + libelle);
        }
    }
}
