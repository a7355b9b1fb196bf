package fr.portailpartenaires.application.registration;

import fr.portailpartenaires.application.shared.LoginReservations;
import fr.portailpartenaires.domain.convention.ConventionCode;
import fr.portailpartenaires.domain.convention.Registration;
import fr.portailpartenaires.domain.convention.RegistrationId;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/** The self-registrations (pré-inscriptions) and their decisions. */
public interface Registrations extends LoginReservations {

    /** A registration as stored, with its optimistic version. */
    record Stored(Registration<RegistrationDetails> registration, long version) {
    }

    /**
     * Stores a new pending registration. Answers false, storing nothing, when another request for the
     * same caisse and convention code is pending (a unique key, so it holds under concurrency too).
     */
    boolean addPending(Registration.EnAttenteDeValidation<RegistrationDetails> registration);

    Optional<Stored> find(RegistrationId id);

    /** The pending registrations of one convention code, whatever the caisse (for the domain's duplicate rule). */
    List<Registration<RegistrationDetails>> pendingWithConventionCode(ConventionCode code);

    /**
     * The pending registrations of a caisse, oldest first, keyset-paginated: those after the given one
     * (exclusive) in (submittedAt, id) order.
     */
    List<Registration.EnAttenteDeValidation<RegistrationDetails>> pendingOf(CaisseCode caisse,
            Optional<RegistrationId> after, int limit);

    /**
     * Records the caisse's decision. Answers false, changing nothing, when the stored version is no longer
     * {@code expectedVersion} (someone decided in between).
     *
     * @param partner the partner created by a validation
     */
    boolean decide(Registration<RegistrationDetails> decided, long expectedVersion, UserId decidedBy,
            Optional<PartnerId> partner);
}
