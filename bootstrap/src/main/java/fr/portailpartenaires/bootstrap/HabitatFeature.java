package fr.portailpartenaires.bootstrap;

import fr.portailpartenaires.adapters.persistence.habitat.JooqInterventionOrders;
import fr.portailpartenaires.application.billing.OpenInvoiceLine;
import fr.portailpartenaires.application.habitat.DownloadHabitatDocuments;
import fr.portailpartenaires.application.habitat.DownloadHabitatDocumentsService;
import fr.portailpartenaires.application.habitat.HabitatPorts;
import fr.portailpartenaires.application.habitat.InterventionOrders;
import fr.portailpartenaires.application.habitat.ManageHabitatOrders;
import fr.portailpartenaires.application.habitat.ManageHabitatOrdersService;
import fr.portailpartenaires.application.habitat.WorkOnHabitatFiles;
import fr.portailpartenaires.application.habitat.WorkOnHabitatFilesService;
import fr.portailpartenaires.application.shared.ExchangeHistory;

/** The Habitat service: the caisse's intervention orders, the ergothérapeute's files and certificates (spec §4). */
public final class HabitatFeature {

    private final InterventionOrders orders;
    private final ManageHabitatOrders habitatOrders;
    private final WorkOnHabitatFiles habitatFiles;
    private final DownloadHabitatDocuments habitatDocuments;

    HabitatFeature(Infrastructure infra, OpenInvoiceLine invoicing, ExchangeHistory exchanges) {
        orders = new JooqInterventionOrders(infra.database());
        var ports = HabitatPorts.of(infra.support(), infra.conventions(), infra.partners(), orders, invoicing,
                exchanges);
        habitatOrders = new ManageHabitatOrdersService(infra.support(), ports);
        habitatFiles = new WorkOnHabitatFilesService(infra.support(), ports);
        habitatDocuments = new DownloadHabitatDocumentsService(infra.support(), ports);
    }

    public ManageHabitatOrders habitatOrders() {
        return habitatOrders;
    }

    public WorkOnHabitatFiles habitatFiles() {
        return habitatFiles;
    }

    public DownloadHabitatDocuments habitatDocuments() {
        return habitatDocuments;
    }

    InterventionOrders orders() {
        return orders;
    }
}
