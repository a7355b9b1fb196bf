package fr.portailpartenaires.domain.partner;

import fr.portailpartenaires.domain.shared.Refusal;

/** Why a partner's administration operation was refused; {@link #refusal()} carries the French message. */
public enum PartnerRefusal {
    ADMINISTRATOR_REQUIRED("partenaire.administrateur_requis",
            "Seul un administrateur du partenaire peut effectuer cette opération."),
    USER_NOT_FOUND("partenaire.utilisateur_introuvable", "Utilisateur introuvable."),
    SELF_REVOCATION("partenaire.retrait_de_ses_propres_droits",
            "Vous ne pouvez pas retirer vos propres droits d'administration."),
    LAST_ADMINISTRATOR("partenaire.dernier_administrateur",
            "Le partenaire doit conserver au moins un administrateur."),
    ADMINISTRATOR_DELETION("partenaire.suppression_administrateur",
            "Retirez d'abord les droits d'administration de cet utilisateur avant de le supprimer."),
    /** Checked before {@link #ADMINISTRATOR_DELETION}, whose advice (revoke the right first) one cannot follow alone. */
    SELF_DELETION("partenaire.suppression_de_son_propre_compte",
            "Vous ne pouvez pas supprimer votre propre compte. Demandez à un autre administrateur du partenaire "
                    + "de le faire ; s'il n'y en a pas, donnez d'abord les droits d'administration à un autre "
                    + "utilisateur."),
    LOGIN_ALREADY_USED("login.deja_utilise", "Cet identifiant est déjà utilisé.");

    private final Refusal refusal;

    PartnerRefusal(String code, String message) {
        this.refusal = Refusal.of(code, message);
    }

    public Refusal refusal() {
        return refusal;
    }
}
