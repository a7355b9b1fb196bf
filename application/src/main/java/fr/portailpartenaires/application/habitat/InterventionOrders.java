package fr.portailpartenaires.application.habitat;

import fr.portailpartenaires.domain.habitat.InterventionFile;
import fr.portailpartenaires.domain.habitat.InterventionOrder;
import fr.portailpartenaires.domain.shared.Components;
import fr.portailpartenaires.domain.shared.Nir;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The Habitat intervention orders (spec §4) and their files (visit certificate, decision), each stored with an
 * optimistic version. Lists are scoped to one convention and keyset-paginated (never OFFSET).
 */
public interface InterventionOrders {

    /** An order as stored, with its file and the version they were read at. */
    record Stored(InterventionOrder order, InterventionFile file, long version) {
        public Stored {
            Components.required(Stored.class, order, file, version);
        }
    }

    /** Which files a list shows. */
    enum Filter {
        /** every file until it is closed (the list without filter) */
        OUVERTS,
        /** no certificate created yet */
        VISITE_A_FAIRE,
        /** nothing sent to the caisse (neither transmitted nor sans suite) on or after the relance day */
        RELANCE,
        /** transmitted with its decision loaded, or sans suite */
        CLOS
    }

    /** What a list is sorted by; the order id breaks ties. */
    enum Sort {
        NIR,
        DATE_DE_COMMANDE,
        /**
         * Ascending: the files with nothing sent yet first, oldest order first — so every file en relance comes
         * before every other one; then the files already sent. Descending is the reverse.
         */
        RELANCE
    }

    /**
     * One page's question.
     *
     * @param relanceUpTo the files not sent whose date de commande is on or before this day are en relance (today
     *                    minus the relance delay)
     * @param nir         the exact NIR searched for, if any
     */
    record Query(UUID conventionId, Filter filter, Sort sort, boolean descending, Optional<Nir> nir,
            LocalDate relanceUpTo) {
        public Query {
            Components.required(Query.class, conventionId, filter, sort, descending, nir, relanceUpTo);
        }
    }

    /**
     * Where the previous page ended: the sort key of its last row (its NIR, which never changes, is read back by
     * its id) — so a cursor never carries a NIR.
     *
     * @param sent whether that row's certificate was sent to the caisse (transmitted or sans suite) when listed
     */
    record Position(UUID id, LocalDate dateDeCommande, boolean sent) {
        public Position {
            Components.required(Position.class, id, dateDeCommande, sent);
        }
    }

    /** Stores a new order with its new file. */
    void add(InterventionOrder order);

    Optional<Stored> find(UUID orderId);

    /**
     * Stores the new state of an order's file (certificate, decision, and the list's state columns) if its stored
     * version is still {@code expectedVersion}; answers false, changing nothing, otherwise.
     */
    boolean update(InterventionFile file, long expectedVersion);

    /**
     * The rows of the query after the given position (exclusive), at most {@code limit}. A position whose order is
     * not in the query's convention gives an empty page.
     */
    List<Stored> page(Query query, Optional<Position> after, int limit);
}
