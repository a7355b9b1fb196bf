package fr.portailpartenaires.application.billing;

import fr.portailpartenaires.application.shared.UseCaseBase;
import fr.portailpartenaires.application.shared.UseCaseSupport;
import fr.portailpartenaires.domain.billing.InvoiceLine;
import fr.portailpartenaires.domain.convention.ConventionId;
import fr.portailpartenaires.domain.shared.Money;
import fr.portailpartenaires.domain.shared.Nir;
import fr.portailpartenaires.domain.shared.BusinessTime;
import java.time.Instant;
import java.util.UUID;

/** Opens the invoice line of each transmission (spec §5.1), at the convention's tariff or the default one. */
public final class OpenInvoiceLineService extends UseCaseBase<BillingPorts> implements OpenInvoiceLine {

    public OpenInvoiceLineService(UseCaseSupport support, BillingPorts ports) {
        super(support, ports);
    }

    @Override
    public InvoiceLine open(ConventionId convention, String certificateReference, String retireeName, Nir nir,
            Instant transmittedAt) {
        return support.inTransaction(() -> {
            if (ports.conventions().find(convention).isEmpty()) {
                throw new IllegalArgumentException("No convention " + convention.value());
            }
            Money tariff = ports.tariffs().on(convention.value(), BusinessTime.dateOf(transmittedAt))
                    .orElse(ports.settings().defaultTariff());
            return ports.invoices().open(new InvoiceLine(UUID.randomUUID(), convention.value(), certificateReference,
                    retireeName, nir, tariff, transmittedAt));
        });
    }
}
