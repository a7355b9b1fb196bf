package fr.portailpartenaires.domain.convention;

/** The état of a self-registration request (pré-inscription). */
public enum EtatInscription {
    EN_ATTENTE_DE_VALIDATION("en attente de validation"),
    VALIDEE("validée"),
    INVALIDEE("invalidée");

    private final String label;

    EtatInscription(String label) {
        this.label = label;
    }

    /** The French label shown to users. */
    public String label() {
        return label;
    }
}
