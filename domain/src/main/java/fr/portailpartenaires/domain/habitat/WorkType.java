package fr.portailpartenaires.domain.habitat;

/**
 * A type of works the occupational therapist recommends after the visit (types de travaux
 * préconisés), also the type of works a decision finances.
 *
 * <p>The seed only speaks of "travaux d'amélioration du logement" and of the retiree's "logement et
 * cadre de vie"; this list covers the usual adaptations of a home for ageing that its users expect,
 * in the order of the form. {@link #AUTRE} must be described in the free-text recommendations.
 */
public enum WorkType {
    SALLE_DE_BAIN("Salle de bain / douche"),
    WC("WC"),
    ACCESSIBILITE("Accessibilité du logement (seuils, rampe, élargissement de portes)"),
    MONTE_ESCALIER("Monte-escalier"),
    BARRES_D_APPUI("Barres d'appui"),
    ECLAIRAGE("Éclairage"),
    SOLS("Revêtements de sols"),
    AUTRE("Autres travaux (à préciser)");

    private final String label;

    WorkType(String label) {
        this.label = label;
    }

    /** The French label shown on the form and printed on the certificate. */
    public String label() {
        return label;
    }
}
