package fr.portailpartenaires.domain.habitat;

/** Why an intervention order is closed without a visit certificate ("Att. Visite sans suite"). */
public enum SansSuiteMotif {
    REFUS_DU_BENEFICIAIRE("Refus du bénéficiaire"),
    BENEFICIAIRE_INJOIGNABLE("Bénéficiaire injoignable"),
    DECES("Décès"),
    ENTREE_EN_ETABLISSEMENT("Entrée en établissement"),
    DEMENAGEMENT("Déménagement"),
    AUTRE("Autre");

    private final String label;

    SansSuiteMotif(String label) {
        this.label = label;
    }

    /** The French label shown in the list of motifs and printed on the certificate. */
    public String label() {
        return label;
    }
}
