package fr.portailpartenaires.application.shared;

import fr.portailpartenaires.domain.convention.Convention;
import fr.portailpartenaires.domain.convention.ConventionId;
import fr.portailpartenaires.domain.convention.PartnerConventions;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.reference.PartnerType;
import fr.portailpartenaires.domain.convention.EtatConvention;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The partners' conventions, each stored with an optimistic version. */
public interface Conventions {

    /** A convention as stored, with the version it was read at. */
    record Stored(Convention convention, long version) {
    }

    /**
     * Stores a new convention. Answers false, storing nothing, when it is a pending request and the same partner
     * already has a pending request for the same code (a unique key, so it holds under concurrency too).
     */
    boolean add(Convention convention);

    /** Every convention of the partner, in request order. */
    PartnerConventions of(PartnerId partner);

    Optional<Stored> find(ConventionId id);

    /**
     * Stores the new state of a convention if its stored version is still {@code expectedVersion}; answers false,
     * changing nothing, otherwise (someone changed it in between).
     */
    boolean update(Convention convention, long expectedVersion);

    /**
     * The pending requests made with a caisse, oldest first, keyset-paginated: those after the given one
     * (exclusive) in (requestedAt, id) order. An unknown {@code after} gives an empty page.
     */
    List<Convention.EnAttenteDeValidation> pendingOf(CaisseCode caisse, Optional<ConventionId> after, int limit);

    /**
     * The conventions of a caisse, whatever their partner, oldest request first (keyset after {@code after}), of one
     * partner type and one état on {@code today} when given.
     */
    List<Convention> ofCaisse(CaisseCode caisse, Optional<PartnerType> type, Optional<EtatConvention> etat,
            LocalDate today, Optional<ConventionId> after, int limit);
}
