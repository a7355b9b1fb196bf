package fr.portailpartenaires.adapters.web.registration;

/** What the registration's JSON answer and pages say to people, made here rather than in the use case. */
final class RegistrationLabels {

    /** The seed's success sentence, once the registration is submitted (spec §2.1). */
    static final String SUBMITTED =
            "Votre préinscription est terminée. Votre demande est en attente de validation par la caisse.";

    private RegistrationLabels() {
    }
}
