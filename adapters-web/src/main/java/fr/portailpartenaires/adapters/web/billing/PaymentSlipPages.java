package fr.portailpartenaires.adapters.web.billing;

import fr.portailpartenaires.adapters.web.PathIds;
import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.pages.ConventionSelector;
import fr.portailpartenaires.adapters.web.pages.Pages;
import fr.portailpartenaires.adapters.web.pages.ServicePage;
import fr.portailpartenaires.application.billing.PaymentSlips;
import fr.portailpartenaires.application.billing.PaymentSlips.SlipFormat;
import fr.portailpartenaires.application.billing.PaymentSlips.SlipSummary;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * « Bordereaux de paiements » (spec §5.2, §10.2; manuel ergothérapeutes §4): the convention selector under the title,
 * then the slips of the convention worked on — code convention, date de paiement, référence, montant — each
 * downloaded as PDF, XML or CSV from this page's own links, which the browser follows with its session cookie. The
 * list and the files come from {@link PaymentSlips}, as for the JSON API: a slip of another partner or convention is
 * « introuvable » (404 page), and every download is written in the exchange history.
 */
public record PaymentSlipPages(PaymentSlips slips, ConventionSelector selector, Pages pages) implements RouteGroup {

    static final String PATH = ServicePage.PAYMENT_SLIPS.path();
    static final String TITLE = ServicePage.PAYMENT_SLIPS.label();
    private static final String NOT_FOUND = "Ce bordereau de paiement est introuvable.";

    /**
     * A slip as the list shows it.
     *
     * @param files the address of each format's download, PDF first
     */
    public record Row(String codeConvention, String datePaiement, String reference, String montant,
            List<File> files) {
    }

    /** A download link: « PDF », « XML » or « CSV », and its address. */
    public record File(String label, String href) {
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get(PATH, this::list);
        routes.get(PATH + "/{id}/{format}", this::download);
    }

    private void list(Context ctx) {
        pages.requireLogin(ctx, false).ifPresent(principal -> {
            switch (slips.slips(principal)) {
                case Outcome.Done<List<SlipSummary>> done -> render(ctx, principal, done.value().stream()
                        .map(PaymentSlipPages::row).toList(), Optional.empty());
                case Outcome.Refused<List<SlipSummary>> refused
                        when refused.reason() == Outcome.Reason.UNPROCESSABLE ->
                        render(ctx, principal, List.of(), Optional.of(refused.refusal().message()));
                case Outcome.Refused<List<SlipSummary>> refused -> pages.refused(ctx, refused);
                case Outcome.Invalid<List<SlipSummary>> invalid -> pages.error(ctx, 422);
            }
        });
    }

    private void render(Context ctx, Principal principal, List<Row> rows,
            Optional<String> unavailable) {
        pages.render(ctx, "billing/bordereaux.jte", TITLE, Map.of("selector", selector.view(ctx, principal),
                "rows", rows, "unavailable", unavailable.orElse("")));
    }

    private void download(Context ctx) {
        pages.requireLogin(ctx, false).ifPresent(principal -> {
            Optional<UUID> id = PathIds.parse(ctx.pathParam("id"));
            Optional<SlipFormat> format = SlipDownloads.format(ctx.pathParam("format"));
            if (id.isEmpty() || format.isEmpty()) {
                pages.error(ctx, 404, NOT_FOUND, Optional.empty());
                return;
            }
            switch (slips.download(principal, id.get(), format.get(), ctx.ip())) {
                case Outcome.Done<PaymentSlips.PaymentSlip> done -> SlipDownloads.send(ctx, done.value(), format.get());
                case Outcome.Refused<PaymentSlips.PaymentSlip> refused -> pages.refused(ctx, refused);
                case Outcome.Invalid<PaymentSlips.PaymentSlip> invalid -> pages.error(ctx, 404, NOT_FOUND,
                        Optional.empty());
            }
        });
    }

    private static Row row(SlipSummary slip) {
        return new Row(slip.codeConvention(), SlipText.frenchDate(slip.datePaiement()), slip.reference(),
                euros(slip.montant()), Arrays.stream(SlipFormat.values())
                        .map(format -> new File(format.name(), PATH + "/" + slip.id() + "/" + SlipDownloads.segment(format)))
                        .toList());
    }

    /** {@code 1234.56} → « 1 234,56 € » (spec §10.1), with no-break spaces. */
    static String euros(String decimal) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator('\u00a0');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.00", symbols).format(new BigDecimal(decimal)) + "\u00a0€";
    }
}
