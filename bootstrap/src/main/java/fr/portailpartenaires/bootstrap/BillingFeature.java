package fr.portailpartenaires.bootstrap;

import fr.portailpartenaires.adapters.persistence.billing.JooqInvoices;
import fr.portailpartenaires.adapters.persistence.billing.JooqPayments;
import fr.portailpartenaires.adapters.persistence.billing.JooqTariffs;
import fr.portailpartenaires.application.billing.BillingPorts;
import fr.portailpartenaires.application.billing.BillingSettings;
import fr.portailpartenaires.application.billing.InvoicingJob;
import fr.portailpartenaires.application.billing.ManageInvoices;
import fr.portailpartenaires.application.billing.ManageInvoicesService;
import fr.portailpartenaires.application.billing.OpenInvoiceLine;
import fr.portailpartenaires.application.billing.OpenInvoiceLineService;
import fr.portailpartenaires.application.billing.PaymentSlipService;
import fr.portailpartenaires.application.billing.PaymentSlips;
import fr.portailpartenaires.application.billing.ManageTariffs;
import fr.portailpartenaires.application.billing.ManageTariffsService;
import fr.portailpartenaires.application.billing.Tariffs;
import fr.portailpartenaires.application.shared.ExchangeHistory;
import fr.portailpartenaires.application.shared.WorkingConvention;

/** Invoice lines opened by transmissions, global invoices, payments and the partner's payment slips (spec §5). */
public final class BillingFeature {

    private final Tariffs tariffs;
    private final OpenInvoiceLine openInvoiceLine;
    private final InvoicingJob invoicingJob;
    private final ManageInvoices invoices;
    private final ManageTariffsService manageTariffs;
    private final PaymentSlips paymentSlips;

    BillingFeature(Infrastructure infra, BillingSettings settings, WorkingConvention workingConvention,
            ExchangeHistory exchanges) {
        tariffs = new JooqTariffs(infra.database());
        var ports = new BillingPorts(new JooqInvoices(infra.database()), new JooqPayments(infra.database()), tariffs,
                infra.conventions(), workingConvention, exchanges, settings);
        openInvoiceLine = new OpenInvoiceLineService(infra.support(), ports);
        invoicingJob = new InvoicingJob(infra.support(), ports);
        invoices = new ManageInvoicesService(infra.support(), ports);
        manageTariffs = new ManageTariffsService(infra.support(), ports);
        paymentSlips = new PaymentSlipService(infra.support(), ports);
    }

    /** Opens the invoice line of a transmitted certificate, joining the caller's transaction. */
    public OpenInvoiceLine openInvoiceLine() {
        return openInvoiceLine;
    }

    public ManageInvoices invoices() {
        return invoices;
    }

    /** The caisse's fees of its conventions, from an effective date. */
    public ManageTariffs tariffs() {
        return manageTariffs;
    }

    public PaymentSlips paymentSlips() {
        return paymentSlips;
    }

    Tariffs tariffStore() {
        return tariffs;
    }

    int generateDueInvoices() {
        return invoicingJob.generateDueInvoices();
    }
}
