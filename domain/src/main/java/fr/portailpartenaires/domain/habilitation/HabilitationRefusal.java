package fr.portailpartenaires.domain.habilitation;

import fr.portailpartenaires.domain.shared.Refusal;

/** Why an operation on an AFAS convention was refused; {@link #refusal()} carries the French message. */
public enum HabilitationRefusal {
    MANAGER_REQUIRED("afas.responsable_habilitation_requis"),
    PLACE_SCOPE_ACTIVITY_PROVIDER_ONLY("afas.portee_lieux_reservee"),
    EMPTY_ACTIVITY_SCOPE("afas.activite_obligatoire"),
    EMPTY_PLACE_SCOPE("afas.lieu_obligatoire"),
    EMAIL_ALREADY_USED("afas.adresse_mail_deja_utilisee"),
    USER_NOT_FOUND("afas.utilisateur_introuvable"),
    UNKNOWN_ACTIVITY("afas.activite_inconnue"),
    UNKNOWN_PLACE("afas.lieu_inconnu"),
    GROUPS_NOT_CREATED("afas.groupes_absents"),
    GROUPS_ALREADY_CREATED("afas.groupes_existants"),
    ALREADY_MEMBER("afas.deja_membre"),
    NOT_MEMBER("afas.pas_membre"),
    LAST_MANAGER("afas.dernier_responsable"),
    DATES_IN_WRONG_ORDER("afas.dates_inversees"),
    CONVENTION_CLOSED("afas.convention_cloturee"),
    USER_CLOSED("afas.utilisateur_cloture"),
    GRANT_NOT_FOUND("afas.habilitation_introuvable"),
    GRANT_OVERLAPS("afas.habilitation_chevauchante"),
    GRANT_BEFORE_CONVENTION("afas.habilitation_avant_convention"),
    GRANT_ALREADY_ENDED("afas.habilitation_terminee"),
    REQUEST_NOT_FOUND("afas.demande_introuvable"),
    REQUEST_ALREADY_VALIDATED("afas.demande_deja_validee"),
    IDENTIFIERS_EXHAUSTED("afas.identifiants_epuises");

    private final Refusal refusal;

    HabilitationRefusal(String code) {
        this.refusal = Refusal.of(code);
    }

    public Refusal refusal() {
        return refusal;
    }

    /** The refusal this enum names, if any (to map it to a protocol's answer). */
    public static java.util.Optional<HabilitationRefusal> of(Refusal refusal) {
        return java.util.Arrays.stream(values()).filter(known -> known.refusal.equals(refusal)).findFirst();
    }
}
