package fr.portailpartenaires.application.testing;

import fr.portailpartenaires.application.registration.RegistrationDetails;
import fr.portailpartenaires.application.registration.Registrations;
import fr.portailpartenaires.domain.convention.ConventionCode;
import fr.portailpartenaires.domain.convention.EtatInscription;
import fr.portailpartenaires.domain.convention.Registration;
import fr.portailpartenaires.domain.convention.RegistrationId;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.user.UserId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Registrations} in memory with the database's rules: one pending request per caisse and convention
 * code (the unique key), an optimistic version bumped by each decision, keyset pages in (submittedAt, id) order.
 */
public final class InMemoryRegistrations implements Registrations {

    /** Who decided a registration, and the partner a validation created. */
    public record Decision(UserId decidedBy, Optional<PartnerId> partner) {
    }

    private static final Comparator<Registration<RegistrationDetails>> KEYSET_ORDER =
            Comparator.comparing((Registration<RegistrationDetails> r) -> r.submittedAt())
                    .thenComparing(r -> r.id().value().toString());

    private final Map<RegistrationId, Stored> stored = new LinkedHashMap<>();
    private final Map<RegistrationId, Decision> decisions = new LinkedHashMap<>();

    @Override
    public synchronized boolean addPending(Registration.EnAttenteDeValidation<RegistrationDetails> registration) {
        if (stored.containsKey(registration.id())) {
            throw new IllegalStateException("Registration " + registration.id() + " is already stored");
        }
        boolean pendingTwin = stored.values().stream().map(Stored::registration).anyMatch(other ->
                other.etat() == EtatInscription.EN_ATTENTE_DE_VALIDATION
                        && other.convention().caisse().code().equals(registration.convention().caisse().code())
                        && other.convention().code().equals(registration.convention().code()));
        if (pendingTwin) {
            return false;
        }
        stored.put(registration.id(), new Stored(registration, 0));
        return true;
    }

    @Override
    public synchronized Optional<Stored> find(RegistrationId id) {
        return Optional.ofNullable(stored.get(id));
    }

    @Override
    public synchronized List<Registration<RegistrationDetails>> pendingWithConventionCode(ConventionCode code) {
        return pending().filter(r -> r.convention().code().equals(code)).toList();
    }

    @Override
    public synchronized boolean loginRequestedByAPendingRegistration(String loginKey) {
        return pending().anyMatch(r -> r.form().administrator().login().key().equals(loginKey));
    }

    @Override
    public synchronized List<Registration.EnAttenteDeValidation<RegistrationDetails>> pendingOf(CaisseCode caisse,
            Optional<RegistrationId> after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("A page holds at least one registration: " + limit);
        }
        Optional<Registration<RegistrationDetails>> cursor = after.map(id -> stored.get(id)).map(Stored::registration);
        if (after.isPresent() && cursor.isEmpty()) {
            return List.of();
        }
        return pending()
                .filter(r -> r.convention().caisse().code().equals(caisse))
                .filter(r -> cursor.map(c -> KEYSET_ORDER.compare(r, c) > 0).orElse(true))
                .sorted(KEYSET_ORDER)
                .limit(limit)
                .map(r -> (Registration.EnAttenteDeValidation<RegistrationDetails>) r)
                .toList();
    }

    @Override
    public synchronized boolean decide(Registration<RegistrationDetails> decided, long expectedVersion,
            UserId decidedBy, Optional<PartnerId> partner) {
        switch (decided) {
            case Registration.EnAttenteDeValidation<RegistrationDetails> pending ->
                    throw new IllegalArgumentException("A decision validates or invalidates: " + pending.id());
            case Registration.Invalidee<RegistrationDetails> invalidee when partner.isPresent() ->
                    throw new IllegalArgumentException(
                            "An invalidated registration creates no partner: " + invalidee.id());
            default -> { }
        }
        Stored current = stored.get(decided.id());
        if (current == null || current.version() != expectedVersion) {
            return false;
        }
        stored.put(decided.id(), new Stored(decided, expectedVersion + 1));
        decisions.put(decided.id(), new Decision(decidedBy, partner));
        return true;
    }

    /** Every stored registration, in submission order. */
    public synchronized List<Registration<RegistrationDetails>> all() {
        return stored.values().stream().map(Stored::registration).toList();
    }

    public synchronized Optional<Decision> decision(RegistrationId id) {
        return Optional.ofNullable(decisions.get(id));
    }

    private java.util.stream.Stream<Registration<RegistrationDetails>> pending() {
        return stored.values().stream().map(Stored::registration)
                .filter(r -> r.etat() == EtatInscription.EN_ATTENTE_DE_VALIDATION);
    }
}
