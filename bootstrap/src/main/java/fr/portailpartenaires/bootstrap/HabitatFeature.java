package fr.portailpartenaires.bootstrap;

import fr.portailpartenaires.adapters.persistence.habitat.JooqInterventionOrders;
import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.SessionCookie;
import fr.portailpartenaires.adapters.web.habitat.HabitatRoutes;
import fr.portailpartenaires.application.billing.OpenInvoiceLine;
import fr.portailpartenaires.application.shared.ExchangeHistory;
import fr.portailpartenaires.application.habitat.DownloadHabitatDocuments;
import fr.portailpartenaires.application.habitat.HabitatService;
import fr.portailpartenaires.application.habitat.InterventionOrders;
import fr.portailpartenaires.application.habitat.ManageHabitatOrders;
import fr.portailpartenaires.application.habitat.WorkOnHabitatFiles;
import java.util.List;

/** The Habitat service: the caisse's intervention orders, the ergothérapeute's files and certificates (spec §4). */
public final class HabitatFeature {

    private final InterventionOrders orders;
    private final HabitatService habitat;

    HabitatFeature(Infrastructure infra, OpenInvoiceLine invoicing, ExchangeHistory exchanges) {
        orders = new JooqInterventionOrders(infra.database());
        habitat = new HabitatService(infra.validator(), infra.conventions(), infra.partners(), orders, invoicing,
                exchanges, infra.auditLog(), infra.transactions(), infra.clock());
    }

    public ManageHabitatOrders habitatOrders() {
        return habitat;
    }

    public WorkOnHabitatFiles habitatFiles() {
        return habitat;
    }

    public DownloadHabitatDocuments habitatDocuments() {
        return habitat;
    }

    InterventionOrders orders() {
        return orders;
    }

    List<RouteGroup> routes(SessionCookie sessions) {
        return List.of(new HabitatRoutes(habitat, habitat, habitat, sessions));
    }
}
