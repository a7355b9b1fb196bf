package fr.portailpartenaires.application.shared;

import fr.portailpartenaires.domain.exchange.ExchangeEntry;
import fr.portailpartenaires.domain.exchange.ExchangeInterface;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.reference.RegimeCode;
import fr.portailpartenaires.domain.shared.Components;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The exchange history (spec §5.3): appended by the services, searched, purged; never edited. */
public interface ExchangeHistory {

    /** Appends an entry in the transaction open on this thread. */
    void append(ExchangeEntry entry);

    /** The entries matching the query, in its date order, keyset-paginated. */
    List<ExchangeEntry> search(Query query);

    /** Deletes the entries that occurred before {@code instant}; answers how many. */
    int purgeBefore(Instant instant);

    /** Where a page ends: the date and id of its last entry. */
    record Cursor(Instant occurredAt, UUID id) {
        public Cursor {
            Components.required(Cursor.class, occurredAt, id);
        }
    }

    /**
     * A search of the history.
     *
     * @param from                  entries that occurred at or after this instant
     * @param to                    and strictly before this one
     * @param partner               of this partner only (a partner user's scope)
     * @param regime                of this régime only
     * @param caisse                of this caisse only
     * @param convention            of this convention only
     * @param exchangeInterface     of this interface only
     * @param commentaire           whose commentaire contains this text, ignoring case
     * @param bordereauxOnlyFor     the entries of these conventions are shown only for {@link ExchangeInterface#BORDEREAU_PAIEMENT}
     *                              (an ergothérapeute sees only the loads and downloads of payment slips)
     * @param ascending             oldest first; else newest first
     * @param after                 the last entry of the previous page
     * @param limit                 at most this many entries
     */
    record Query(Instant from, Instant to, Optional<UUID> partner, Optional<RegimeCode> regime,
            Optional<CaisseCode> caisse, Optional<UUID> convention, Optional<ExchangeInterface> exchangeInterface,
            Optional<String> commentaire, Set<UUID> bordereauxOnlyFor, boolean ascending, Optional<Cursor> after,
            int limit) {

        public Query {
            Components.required(Query.class, from, to, partner, regime, caisse, convention, exchangeInterface,
                    commentaire, bordereauxOnlyFor, ascending, after, limit);
            bordereauxOnlyFor = Set.copyOf(bordereauxOnlyFor);
            if (limit < 1) {
                throw new IllegalArgumentException("A page holds at least one entry");
            }
        }

        /** Every entry of the period, newest first, 100 at most: add criteria with the {@code with…} methods. */
        public static Query between(Instant from, Instant to) {
            return new Query(from, to, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Set.of(), false, Optional.empty(), 100);
        }

        public Query withPartner(UUID value) {
            return new Query(from, to, Optional.of(value), regime, caisse, convention, exchangeInterface, commentaire,
                    bordereauxOnlyFor, ascending, after, limit);
        }

        public Query withRegime(RegimeCode value) {
            return new Query(from, to, partner, Optional.of(value), caisse, convention, exchangeInterface, commentaire,
                    bordereauxOnlyFor, ascending, after, limit);
        }

        public Query withCaisse(CaisseCode value) {
            return new Query(from, to, partner, regime, Optional.of(value), convention, exchangeInterface, commentaire,
                    bordereauxOnlyFor, ascending, after, limit);
        }

        public Query withConvention(UUID value) {
            return new Query(from, to, partner, regime, caisse, Optional.of(value), exchangeInterface, commentaire,
                    bordereauxOnlyFor, ascending, after, limit);
        }

        public Query withInterface(ExchangeInterface value) {
            return new Query(from, to, partner, regime, caisse, convention, Optional.of(value), commentaire,
                    bordereauxOnlyFor, ascending, after, limit);
        }

        public Query withCommentaire(String value) {
            return new Query(from, to, partner, regime, caisse, convention, exchangeInterface, Optional.of(value),
                    bordereauxOnlyFor, ascending, after, limit);
        }

        public Query withBordereauxOnlyFor(Set<UUID> value) {
            return new Query(from, to, partner, regime, caisse, convention, exchangeInterface, commentaire, value,
                    ascending, after, limit);
        }

        public Query sorted(boolean oldestFirst) {
            return new Query(from, to, partner, regime, caisse, convention, exchangeInterface, commentaire,
                    bordereauxOnlyFor, oldestFirst, after, limit);
        }

        public Query page(Optional<Cursor> afterEntry, int size) {
            return new Query(from, to, partner, regime, caisse, convention, exchangeInterface, commentaire,
                    bordereauxOnlyFor, ascending, afterEntry, size);
        }
    }
}
