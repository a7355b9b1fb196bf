package fr.portailpartenaires.domain.billing;

/** Why a global invoice was generated (spec §5.1). */
public enum InvoiceTrigger {
    /** 48 hours after the transmission that brought the open lines to 50 or more. */
    SEUIL_ATTEINT("48 heures après transmission, 50 lignes ou plus"),
    /** The weekly invoicing, for the lines transmitted before it. */
    HEBDOMADAIRE("Facturation hebdomadaire");

    private final String label;

    InvoiceTrigger(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
