package fr.portailpartenaires.domain.habitat;

/** How the Habitat aid is paid (modalités de paiement): to the provider in the retiree's place, or to the retiree. */
public enum PaymentTerms {
    AVEC_SUBROGATION("Avec subrogation"),
    SANS_SUBROGATION("Sans subrogation");

    private final String label;

    PaymentTerms(String label) {
        this.label = label;
    }

    /** The French label printed on the decision notification. */
    public String label() {
        return label;
    }
}
