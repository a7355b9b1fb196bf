package fr.portailpartenaires.application.habitat;

import fr.portailpartenaires.application.shared.OpaqueCursor;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The opaque cursor of the Habitat list ({@link OpaqueCursor}): the list it belongs to (filter, sort, direction) and
 * the sort key of the page's last row (date de commande, sent or not, order id). It never holds a NIR: the adapter
 * reads the last row's NIR back by its id. A cursor that does not decode, or belongs to another list, is refused.
 */
final class OrderCursor {

    static final Refusal INVALID = Refusal.of("curseur.invalide");
    static final Refusal OTHER_LIST = Refusal.of("curseur.autre_liste");

    private static final String VERSION = "1";

    private OrderCursor() {
    }

    static String encode(InterventionOrders.Filter filter, InterventionOrders.Sort sort, boolean descending,
            InterventionOrders.Position position) {
        return OpaqueCursor.encode(VERSION, filter.name(), sort.name(), descending ? "D" : "A",
                position.dateDeCommande().toString(), position.sent() ? "1" : "0", position.id().toString());
    }

    /** The position the cursor holds, if it decodes and belongs to this list. */
    static Result<InterventionOrders.Position> decode(String raw, InterventionOrders.Filter filter,
            InterventionOrders.Sort sort, boolean descending) {
        List<String> parts = OpaqueCursor.decode(raw, 7).orElse(null);
        if (parts == null || !VERSION.equals(parts.get(0))
                || !("0".equals(parts.get(5)) || "1".equals(parts.get(5)))
                || !("A".equals(parts.get(3)) || "D".equals(parts.get(3)))) {
            return Result.refused(INVALID);
        }
        LocalDate date;
        UUID id;
        try {
            date = LocalDate.parse(parts.get(4));
            id = UUID.fromString(parts.get(6));
        } catch (DateTimeException | IllegalArgumentException e) {
            return Result.refused(INVALID);
        }
        if (!filter.name().equals(parts.get(1)) || !sort.name().equals(parts.get(2))
                || descending != "D".equals(parts.get(3))) {
            return Result.refused(OTHER_LIST);
        }
        return Result.ok(new InterventionOrders.Position(id, date, "1".equals(parts.get(5))));
    }
}
