package fr.portailpartenaires.bootstrap;

import fr.portailpartenaires.adapters.persistence.billing.JooqInvoices;
import fr.portailpartenaires.adapters.persistence.billing.JooqPayments;
import fr.portailpartenaires.adapters.persistence.billing.JooqTariffs;
import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.SessionCookie;
import fr.portailpartenaires.adapters.web.billing.BillingRoutes;
import fr.portailpartenaires.application.billing.BillingSettings;
import fr.portailpartenaires.application.billing.InvoicingService;
import fr.portailpartenaires.application.billing.ManageInvoices;
import fr.portailpartenaires.application.billing.OpenInvoiceLine;
import fr.portailpartenaires.application.billing.PaymentSlipService;
import fr.portailpartenaires.application.billing.PaymentSlips;
import fr.portailpartenaires.application.billing.Tariffs;
import fr.portailpartenaires.application.shared.WorkingConvention;
import fr.portailpartenaires.application.shared.ExchangeHistory;
import java.util.List;

/** Invoice lines opened by transmissions, global invoices, payments and the partner's payment slips (spec §5). */
public final class BillingFeature {

    private final Tariffs tariffs;
    private final InvoicingService invoicing;
    private final PaymentSlipService paymentSlips;

    BillingFeature(Infrastructure infra, BillingSettings settings, WorkingConvention workingConvention,
            ExchangeHistory exchanges) {
        tariffs = new JooqTariffs(infra.database());
        var invoices = new JooqInvoices(infra.database());
        var payments = new JooqPayments(infra.database());
        invoicing = new InvoicingService(infra.validator(), invoices, payments, tariffs, infra.conventions(),
                infra.auditLog(), infra.transactions(), settings, infra.clock());
        paymentSlips = new PaymentSlipService(workingConvention, payments, invoices, exchanges, infra.auditLog(),
                infra.transactions(), infra.clock());
    }

    /** Opens the invoice line of a transmitted certificate, joining the caller's transaction. */
    public OpenInvoiceLine openInvoiceLine() {
        return invoicing;
    }

    public ManageInvoices invoices() {
        return invoicing;
    }

    public PaymentSlips paymentSlips() {
        return paymentSlips;
    }

    Tariffs tariffs() {
        return tariffs;
    }

    int generateDueInvoices() {
        return invoicing.generateDueInvoices();
    }

    List<RouteGroup> routes(SessionCookie sessions) {
        return List.of(new BillingRoutes(invoicing, paymentSlips, sessions));
    }
}
