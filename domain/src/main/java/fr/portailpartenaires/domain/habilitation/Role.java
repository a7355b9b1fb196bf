package fr.portailpartenaires.domain.habilitation;

import java.util.Arrays;
import java.util.Optional;

/** The AFAS roles a user may be granted (spec §6.4). */
public enum Role {
    APPROBATEUR("Approbateur"),
    FOURNISSEUR_DONNEES_ACTIVITE("Fournisseur de données d'activité"),
    FOURNISSEUR_DONNEES_FINANCIERES("Fournisseur de données financières");

    private final String libelle;

    Role(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    /** Only the activity data provider may be granted on places (lieux d'implantation). */
    public boolean allowsPlaces() {
        return this == FOURNISSEUR_DONNEES_ACTIVITE;
    }

    /** An approver grant waits for the CAF's validation. */
    public boolean needsCafValidation() {
        return this == APPROBATEUR;
    }

    /** By constant name or libellé, case-insensitively. */
    public static Optional<Role> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String wanted = raw.strip();
        return Arrays.stream(values())
                .filter(role -> role.name().equalsIgnoreCase(wanted) || role.libelle.equalsIgnoreCase(wanted))
                .findFirst();
    }
}
