package fr.portailpartenaires.application.convention;

import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.UseCase;
import fr.portailpartenaires.domain.convention.ConventionId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A caisse administrator follows the conventions of their caisse (spec §3.4): all of them, whatever the partner, by
 * partner type (the ergothérapeutes' among them) and état today; a convention of another caisse does not exist for
 * them. The orders of one of them come from the Habitat feature.
 */
@UseCase
public interface FollowCaisseConventions {

    int MAX_PAGE = 100;

    /** Oldest request first, keyset after {@code after}; the filters are optional. */
    Outcome<List<CaisseConvention>> conventions(Principal caisseAdministrator, Filter filter,
            Optional<ConventionId> after, int limit);

    /**
     * @param typePartenaire a partner type's code ({@code PRESTATAIRE_ERGOTHERAPEUTE}…), or blank for all
     * @param etat           {@code EN_ATTENTE_DE_VALIDATION}, {@code VALIDEE}, {@code INVALIDEE}, {@code CLOTUREE}, or
     *                       blank for all
     */
    record Filter(String typePartenaire, String etat) {
        public static Filter none() {
            return new Filter(null, null);
        }
    }

    record CaisseConvention(UUID id, String code, String codeTypePartenaire, String typePartenaire, String codeEtat,
            String etat, UUID partenaire, String nomPartenaire, Instant demandeeLe, LocalDate dateDeCloture) {
    }
}
