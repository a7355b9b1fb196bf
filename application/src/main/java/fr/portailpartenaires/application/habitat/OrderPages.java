package fr.portailpartenaires.application.habitat;

import static fr.portailpartenaires.application.habitat.HabitatForms.optionalCode;
import static fr.portailpartenaires.application.habitat.WorkOnHabitatFiles.DEFAULT_PAGE;
import static fr.portailpartenaires.application.habitat.WorkOnHabitatFiles.MAX_PAGE;

import fr.portailpartenaires.application.habitat.InterventionOrders.Filter;
import fr.portailpartenaires.application.habitat.InterventionOrders.Sort;
import fr.portailpartenaires.application.habitat.WorkOnHabitatFiles.ListRequest;
import fr.portailpartenaires.application.habitat.WorkOnHabitatFiles.OrderPage;
import fr.portailpartenaires.application.shared.FormErrors;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.domain.convention.ConventionId;
import fr.portailpartenaires.domain.habitat.InterventionFile;
import fr.portailpartenaires.domain.shared.BusinessTime;
import fr.portailpartenaires.domain.shared.Nir;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A page of the « Commandes des interventions » of one convention (spec §4.1): filter, sort, NIR search and the
 * keyset cursor checked, the rows viewed as of today. The ergothérapeute's list and the caisse's follow-up share it.
 */
final class OrderPages {

    private final InterventionOrders orders;
    private final FileViews views;
    private final Clock clock;

    OrderPages(InterventionOrders orders, FileViews views, Clock clock) {
        this.orders = orders;
        this.views = views;
        this.clock = clock;
    }

    Outcome<OrderPage> page(ConventionId conventionId, ListRequest request) {
        ListRequest asked = request == null ? ListRequest.firstPage() : request;
        FormErrors errors = new FormErrors();
        Filter filter = optionalCode(errors, "filtre", asked.filtre(), Filter.class, Filter.OUVERTS);
        Sort sort = optionalCode(errors, "tri", asked.tri(), Sort.class, Sort.DATE_DE_COMMANDE);
        String ordre = asked.ordre() == null || asked.ordre().isBlank() ? "ASC"
                : asked.ordre().strip().toUpperCase(Locale.ROOT);
        if (!ordre.equals("ASC") && !ordre.equals("DESC")) {
            errors.add("ordre", "L'ordre de tri est ASC (croissant) ou DESC (décroissant).");
        }
        boolean descending = ordre.equals("DESC");
        Optional<Optional<Nir>> nir = errors.parseOptional("nir", asked.nir(), Nir::parse);
        int limit = asked.limite() == null ? DEFAULT_PAGE : asked.limite();
        if (limit < 1 || limit > MAX_PAGE) {
            errors.add("limite", "Une page compte de 1 à " + MAX_PAGE + " commandes.");
        }
        Optional<InterventionOrders.Position> after = Optional.empty();
        if (asked.curseur() != null && !asked.curseur().isBlank() && errors.isEmpty()) {
            after = errors.parse("curseur", asked.curseur(), raw -> OrderCursor.decode(raw, filter, sort,
                    descending));
        }
        if (!errors.isEmpty()) {
            return errors.toOutcome();
        }
        LocalDate today = BusinessTime.today(clock);
        var query = new InterventionOrders.Query(conventionId.value(), filter, sort, descending,
                nir.orElseThrow(), today.minus(InterventionFile.RELANCE_DELAY));
        List<InterventionOrders.Stored> rows = orders.page(query, after, limit + 1);
        List<InterventionOrders.Stored> shown = rows.subList(0, Math.min(limit, rows.size()));
        String next = null;
        if (rows.size() > limit) {
            InterventionOrders.Stored last = shown.getLast();
            next = OrderCursor.encode(filter, sort, descending, new InterventionOrders.Position(
                    last.order().id(), last.order().dateDeCommande(), FileViews.isSent(last.file())));
        }
        return Outcome.done(new OrderPage(
                shown.stream().map(row -> views.row(row.order(), row.file(), today)).toList(), next));
    }
}
