package fr.portailpartenaires.application.billing;

import fr.portailpartenaires.application.shared.Conventions;
import fr.portailpartenaires.application.shared.Transactions;
import fr.portailpartenaires.domain.billing.InvoiceLine;
import fr.portailpartenaires.domain.convention.ConventionId;
import fr.portailpartenaires.domain.shared.Money;
import fr.portailpartenaires.domain.shared.Nir;
import fr.portailpartenaires.domain.shared.BusinessTime;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Opens the invoice line of each transmission (spec §5.1), at the convention's tariff or the default one. */
public final class OpenInvoiceLineService implements OpenInvoiceLine {

    private final Invoices invoices;
    private final Tariffs tariffs;
    private final Conventions conventions;
    private final Transactions transactions;
    private final BillingSettings settings;

    public OpenInvoiceLineService(Invoices invoices, Tariffs tariffs, Conventions conventions,
            Transactions transactions, BillingSettings settings) {
        this.invoices = Objects.requireNonNull(invoices, "invoices");
        this.tariffs = Objects.requireNonNull(tariffs, "tariffs");
        this.conventions = Objects.requireNonNull(conventions, "conventions");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public InvoiceLine open(ConventionId convention, String certificateReference, String retireeName, Nir nir,
            Instant transmittedAt) {
        return transactions.inTransaction(() -> {
            if (conventions.find(convention).isEmpty()) {
                throw new IllegalArgumentException("No convention " + convention.value());
            }
            Money tariff = tariffs.on(convention.value(), BusinessTime.dateOf(transmittedAt))
                    .orElse(settings.defaultTariff());
            return invoices.open(new InvoiceLine(UUID.randomUUID(), convention.value(), certificateReference,
                    retireeName, nir, tariff, transmittedAt));
        });
    }
}
