package fr.portailpartenaires.application.exchange;

import fr.portailpartenaires.application.shared.UseCase;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * « Historique des échanges » (spec §5.3, manuel ergothérapeutes §5): the exchanges of the last six months. A
 * partner user sees their partner's (an ergothérapeute's convention shows only the loads and downloads of payment
 * slips); a caisse administrator sees their caisse's. The période is mandatory; régime, caisse, convention,
 * interface applicative and commentaire refine it; the date sorts ascending or descending. « Réinitialiser » is
 * a search with the période only.
 */
@UseCase
public interface SearchExchangeHistory {

    Outcome<Page> search(Principal principal, Criteria criteria);

    /**
     * The search form; every field is text as typed.
     *
     * @param du                   first day of the période ({@code AAAA-MM-JJ}, or {@code JJ/MM/AAAA} as the page's
     *                             form types it), mandatory
     * @param au                   last day of the période, mandatory, not before {@code du}
     * @param regime               a régime code
     * @param caisse               a caisse code
     * @param convention           a convention id of the caller's partner
     * @param interfaceApplicative an interface code ({@code BORDEREAU_PAIEMENT}…)
     * @param commentaire          text the commentaire contains (case ignored)
     * @param tri                  {@code asc} or {@code desc} (default) on the date of the exchange
     * @param apres                the {@code suivant} token of the previous page
     * @param limite               page size, 1 to 100 (default 50)
     */
    record Criteria(String du, String au, String regime, String caisse, String convention,
            String interfaceApplicative, String commentaire, String tri, String apres, Integer limite) {

        /** The période only (« Réinitialiser »). */
        public static Criteria period(String du, String au) {
            return new Criteria(du, au, null, null, null, null, null, null, null, null);
        }
    }

    /** @param suivant the token of the next page, absent on the last one */
    record Page(List<Entry> entrees, Optional<String> suivant) {
    }

    record Entry(UUID id, Instant dateEchange, LocalDate periodeDu, LocalDate periodeAu, String regime,
            String caisse, String application, String interfaceApplicative, String libelleInterface,
            String commentaire, Optional<UUID> convention) {
    }
}
