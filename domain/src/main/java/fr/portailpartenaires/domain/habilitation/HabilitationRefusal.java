package fr.portailpartenaires.domain.habilitation;

import fr.portailpartenaires.domain.shared.Refusal;

/** Why an operation on an AFAS convention was refused; {@link #refusal()} carries the French message. */
public enum HabilitationRefusal {
    MANAGER_REQUIRED("afas.responsable_habilitation_requis",
            "Seuls les membres du groupe AFAS-HAB (responsables des habilitations) gèrent les groupes et les "
                    + "habilitations des utilisateurs."),
    PLACE_SCOPE_ACTIVITY_PROVIDER_ONLY("afas.portee_lieux_reservee",
            "Seul le rôle Fournisseur de données d'activité peut être attribué sur des lieux d'implantation."),
    EMPTY_ACTIVITY_SCOPE("afas.activite_obligatoire", "La sélection d'au moins une activité est obligatoire."),
    EMPTY_PLACE_SCOPE("afas.lieu_obligatoire", "La sélection d'au moins un lieu d'implantation est obligatoire."),
    EMAIL_ALREADY_USED("afas.adresse_mail_deja_utilisee",
            "Cette adresse mail est déjà utilisée : une adresse mail ne peut être utilisée qu'une seule fois."),
    USER_NOT_FOUND("afas.utilisateur_introuvable", "Utilisateur introuvable pour cette convention."),
    UNKNOWN_ACTIVITY("afas.activite_inconnue", "Cette activité n'appartient pas à la convention."),
    UNKNOWN_PLACE("afas.lieu_inconnu", "Ce lieu d'implantation n'appartient pas à la convention."),
    GROUPS_NOT_CREATED("afas.groupes_absents",
            "Les groupes AFAS-HAB et AFAS-DEC n'ont pas encore été créés par votre CAF."),
    GROUPS_ALREADY_CREATED("afas.groupes_existants",
            "Les groupes AFAS-HAB et AFAS-DEC existent déjà pour cette convention."),
    ALREADY_MEMBER("afas.deja_membre", "L'utilisateur appartient déjà à ce groupe."),
    NOT_MEMBER("afas.pas_membre", "L'utilisateur n'appartient pas à ce groupe."),
    LAST_MANAGER("afas.dernier_responsable",
            "Le groupe AFAS-HAB doit conserver au moins un membre actif tant que la convention est ouverte."),
    DATES_IN_WRONG_ORDER("afas.dates_inversees", "La date de fin ne peut pas précéder la date de début."),
    CONVENTION_CLOSED("afas.convention_cloturee", "La convention est clôturée."),
    USER_CLOSED("afas.utilisateur_cloture", "Le compte de cet utilisateur est clôturé."),
    GRANT_NOT_FOUND("afas.habilitation_introuvable", "Habilitation introuvable."),
    GRANT_OVERLAPS("afas.habilitation_chevauchante",
            "Cet utilisateur a déjà ce rôle sur cette activité pour une période qui chevauche celle demandée."),
    GRANT_BEFORE_CONVENTION("afas.habilitation_avant_convention",
            "Une habilitation ne peut pas commencer avant l'ouverture de la convention."),
    GRANT_ALREADY_ENDED("afas.habilitation_terminee", "Cette habilitation est déjà terminée."),
    REQUEST_NOT_FOUND("afas.demande_introuvable", "Demande de validation introuvable."),
    REQUEST_ALREADY_VALIDATED("afas.demande_deja_validee", "Cette demande de validation a déjà été validée."),
    IDENTIFIERS_EXHAUSTED("afas.identifiants_epuises",
            "Plus aucun identifiant n'est disponible pour cette convention : contactez votre CAF.");

    private final Refusal refusal;

    HabilitationRefusal(String code, String message) {
        this.refusal = Refusal.of(code, message);
    }

    public Refusal refusal() {
        return refusal;
    }

    /** The refusal this enum names, if any (to map it to a protocol's answer). */
    public static java.util.Optional<HabilitationRefusal> of(Refusal refusal) {
        return java.util.Arrays.stream(values()).filter(known -> known.refusal.equals(refusal)).findFirst();
    }
}
