package fr.portailpartenaires.domain.convention;

/** The état of a convention as shown in the Conventions tab, derived from its state and the date. */
public enum EtatConvention {
    EN_ATTENTE_DE_VALIDATION("en attente de validation"),
    VALIDEE("validée"),
    INVALIDEE("invalidée"),
    CLOTUREE("clôturée");

    private final String label;

    EtatConvention(String label) {
        this.label = label;
    }

    /** The French label shown to users. */
    public String label() {
        return label;
    }
}
