package fr.portailpartenaires.domain.partner;

import fr.portailpartenaires.domain.shared.Refusal;

/** Why a partner's administration operation was refused; {@link #refusal()} carries the French message. */
public enum PartnerRefusal {
    ADMINISTRATOR_REQUIRED("partenaire.administrateur_requis"),
    USER_NOT_FOUND("partenaire.utilisateur_introuvable"),
    SELF_REVOCATION("partenaire.retrait_de_ses_propres_droits"),
    LAST_ADMINISTRATOR("partenaire.dernier_administrateur"),
    ADMINISTRATOR_DELETION("partenaire.suppression_administrateur"),
    /** Checked before {@link #ADMINISTRATOR_DELETION}, whose advice (revoke the right first) one cannot follow alone. */
    SELF_DELETION("partenaire.suppression_de_son_propre_compte"),
    LOGIN_ALREADY_USED("login.deja_utilise");

    private final Refusal refusal;

    PartnerRefusal(String code) {
        this.refusal = Refusal.of(code);
    }

    public Refusal refusal() {
        return refusal;
    }
}
