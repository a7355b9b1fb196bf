package fr.portailpartenaires.application.habitat;

import fr.portailpartenaires.application.billing.OpenInvoiceLine;
import fr.portailpartenaires.application.shared.Conventions;
import fr.portailpartenaires.application.shared.ExchangeHistory;
import fr.portailpartenaires.application.shared.Partners;
import fr.portailpartenaires.application.shared.UseCaseSupport;
import fr.portailpartenaires.domain.shared.Components;

/**
 * What the Habitat use cases work on besides the {@link UseCaseSupport}: built once where the feature is wired
 * ({@link #of}) and given to each of its services, which call the ports and the helpers they need.
 *
 * @param conventions  the conventions, the ergothérapeute's and those a caisse follows
 * @param partners     the partners, named in a document's header
 * @param orders       the intervention orders and their files
 * @param invoiceLines the billing's use case opening a transmitted certificate's invoice line
 * @param views        a file as the use cases answer it
 * @param pages        a page of a convention's orders, for the ergothérapeute and the caisse
 * @param exchanges    the exchange-history entries of a transmission and a download
 * @param files        the frame of the ergothérapeute's use cases
 */
public record HabitatPorts(Conventions conventions, Partners partners, InterventionOrders orders,
        OpenInvoiceLine invoiceLines, FileViews views, OrderPages pages, HabitatExchanges exchanges,
        ErgotherapeuteFiles files) {

    public HabitatPorts {
        Components.required(HabitatPorts.class, conventions, partners, orders, invoiceLines, views, pages, exchanges,
                files);
    }

    /**
     * The ports, and the helpers built on them and on the services' clock (to the microsecond, see
     * {@link UseCaseSupport#toMicroseconds()}).
     */
    public static HabitatPorts of(UseCaseSupport support, Conventions conventions, Partners partners,
            InterventionOrders orders, OpenInvoiceLine invoiceLines, ExchangeHistory history) {
        UseCaseSupport onMicroseconds = support.toMicroseconds();
        FileViews views = new FileViews(onMicroseconds.clock());
        return new HabitatPorts(conventions, partners, orders, invoiceLines, views,
                new OrderPages(orders, views, onMicroseconds.clock()), new HabitatExchanges(history),
                new ErgotherapeuteFiles(onMicroseconds, conventions, orders, views));
    }
}
