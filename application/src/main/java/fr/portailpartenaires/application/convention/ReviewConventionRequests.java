package fr.portailpartenaires.application.convention;

import fr.portailpartenaires.application.shared.UseCase;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.domain.convention.ConventionId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A caisse administrator reviews the convention requests made with their caisse (spec §3.3, §3.4): a request of
 * another caisse does not exist for them. Each decision mails every administrator of the partner.
 */
@UseCase
public interface ReviewConventionRequests {

    /** The pending requests of the administrator's caisse only, oldest first, keyset-paginated. */
    Outcome<List<PendingConvention>> pendingRequests(Principal caisseAdministrator, Optional<ConventionId> after,
            int limit);

    /** The convention becomes effective; the partner's administrators get the validation mail. */
    Outcome<Decided> validateRequest(Principal caisseAdministrator, ConventionId id, String sourceAddress);

    /** The request is refused for good with a motif; the partner's administrators get the invalidation mail. */
    Outcome<Decided> invalidateRequest(Principal caisseAdministrator, ConventionId id, String motif,
            String sourceAddress);

    /** A pending request as the caisse sees it, with the partner that made it. */
    record PendingConvention(UUID id, Instant demandeeLe, String regime, String caisse, String code,
            String typePartenaire, UUID partenaire, String nomPartenaire, String siret) {
    }

    /** @param etat the new état's label */
    record Decided(UUID id, String code, String etat) {
    }
}
