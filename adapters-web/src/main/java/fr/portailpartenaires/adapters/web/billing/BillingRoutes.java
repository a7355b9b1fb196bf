package fr.portailpartenaires.adapters.web.billing;

import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.JsonBody;
import fr.portailpartenaires.adapters.web.JsonFields;
import fr.portailpartenaires.adapters.web.Outcomes;
import fr.portailpartenaires.adapters.web.PathIds;
import fr.portailpartenaires.adapters.web.PortalApp;
import fr.portailpartenaires.adapters.web.Problem;
import fr.portailpartenaires.adapters.web.Requests;
import fr.portailpartenaires.adapters.web.SessionCookie;
import fr.portailpartenaires.application.billing.ManageInvoices;
import fr.portailpartenaires.application.billing.PaymentSlips;
import fr.portailpartenaires.application.billing.PaymentSlips.SlipFormat;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.List;
import java.util.Optional;

/**
 * Billing over HTTP (spec §5.1–5.2): the caisse's invoices and their payment; the partner's payment slips of the
 * working convention, downloaded as PDF, XML or CSV (never cached: they hold the retirees' NIRs).
 */
public record BillingRoutes(ManageInvoices invoices, PaymentSlips slips, SessionCookie sessions) implements RouteGroup {

    /** The body of {@code POST /api/caisse/factures/{id}/paiement}: the date is ISO ({@code AAAA-MM-JJ}). */
    record PaymentJson(String datePaiement, String reference, String montant, List<LinePaymentJson> lignes)
            implements JsonBody<ManageInvoices.PaymentForm> {

        @Override
        public ManageInvoices.PaymentForm command(JsonFields fields) {
            return new ManageInvoices.PaymentForm(
                    fields.isoDate("datePaiement", datePaiement, "La date de paiement"), reference, montant,
                    lignes == null ? null : lignes.stream().map(line -> line == null ? null
                            : new ManageInvoices.LinePayment(line.certificat(), line.montant())).toList());
        }
    }

    /** One line of a payment, paid in part. */
    record LinePaymentJson(String certificat, String montant) {
    }

    private static final Problem INVOICE_NOT_FOUND = Problem.notFound("Cette facture est introuvable.");
    private static final Problem SLIP_NOT_FOUND = Problem.notFound("Ce bordereau de paiement est introuvable.");

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/caisse/factures", this::invoices);
        routes.get("/api/caisse/factures/{id}", this::invoice);
        routes.post("/api/caisse/factures/{id}/paiement", this::pay);
        routes.get("/api/bordereaux", this::slips);
        routes.get("/api/bordereaux/{id}/{format}", this::download);
    }

    private void invoices(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> Outcomes.respond(ctx, invoices.invoices(principal)));
    }

    private void invoice(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> PathIds.withId(ctx, INVOICE_NOT_FOUND, id ->
                Outcomes.respond(ctx, invoices.invoice(principal, id))));
    }

    private void pay(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> PathIds.withId(ctx, INVOICE_NOT_FOUND, id ->
                Requests.command(ctx, PaymentJson.class, form -> Outcomes.respond(ctx,
                        invoices.recordPayment(principal, id, form, ctx.ip()), 201, ctx::json))));
    }

    private void slips(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> Outcomes.respond(ctx, slips.slips(principal)));
    }

    private void download(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> PathIds.withId(ctx, SLIP_NOT_FOUND, id -> {
            Optional<SlipFormat> format = SlipDownloads.format(ctx.pathParam("format"));
            if (format.isEmpty()) {
                PortalApp.problem(ctx, Problem.notFound("Les bordereaux se téléchargent en pdf, xml ou csv."));
                return;
            }
            Outcomes.respond(ctx, slips.download(principal, id, format.get(), ctx.ip()), 200,
                    slip -> SlipDownloads.send(ctx, slip, format.get()));
        }));
    }
}
