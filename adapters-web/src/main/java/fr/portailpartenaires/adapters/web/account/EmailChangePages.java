package fr.portailpartenaires.adapters.web.account;

import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.pages.Form;
import fr.portailpartenaires.adapters.web.pages.Pages;
import fr.portailpartenaires.application.account.ChangeMyEmail;
import fr.portailpartenaires.application.shared.Outcome;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.List;
import java.util.Map;

/**
 * « Modifier mon adresse mail » and the page its mail links to (spec §2.4, §10.2). The link only shows a button:
 * mail scanners follow links, so the GET changes nothing and only the POST confirms.
 */
public record EmailChangePages(ChangeMyEmail changeMyEmail, Pages pages) implements RouteGroup {

    static final List<String> FIELDS = List.of("nouvelleAdresse", "confirmation", "motDePasse");

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/compte/adresse-mail", ctx -> pages.requireLogin(ctx, false).ifPresent(principal ->
                form(ctx, Form.empty("nouvelleAdresse", "confirmation", "motDePasse"), 200)));
        routes.post("/compte/adresse-mail", this::request);
        routes.get("/compte/adresse-mail/confirmation", this::confirmation);
        routes.post("/compte/adresse-mail/confirmation", this::confirm);
        routes.get("/compte/adresse-mail/confirmee", ctx -> pages.takeFlash(ctx, "adresse").ifPresentOrElse(
                email -> pages.render(ctx, "account/adresse-mail-confirmee.jte", "Adresse e-mail modifiée",
                        Map.of("email", email)),
                () -> Pages.redirect(ctx, "/compte/adresse-mail")));
    }

    private void form(Context ctx, Form form, int status) {
        pages.render(ctx, status, "account/adresse-mail.jte", "Modifier mon adresse mail", Map.of("form", form));
    }

    private void request(Context ctx) {
        pages.requireLogin(ctx, false).ifPresent(principal -> {
            Form form = Form.typed(ctx, FIELDS, List.of("motDePasse"));
            var outcome = changeMyEmail.request(principal, new ChangeMyEmail.EmailChangeForm(
                    Form.param(ctx, "nouvelleAdresse"), Form.param(ctx, "confirmation"), Form.param(ctx, "motDePasse")),
                    ctx.ip());
            switch (outcome) {
                case Outcome.Done<ChangeMyEmail.LinkSent> done ->
                        pages.redirect(ctx, "/compte/adresse-mail", done.value().message());
                case Outcome.Invalid<ChangeMyEmail.LinkSent> invalid -> form(ctx, form.withErrors(invalid.errors()), 422);
                case Outcome.Refused<ChangeMyEmail.LinkSent> refused -> pages.refused(ctx, refused);
            }
        });
    }

    private void confirmation(Context ctx) {
        String token = ctx.queryParam("jeton");
        if (token == null || token.isBlank()) {
            pages.error(ctx, 404);
            return;
        }
        pages.render(ctx, "account/adresse-mail-confirmation.jte", "Confirmer ma nouvelle adresse e-mail",
                Map.of("token", token));
    }

    private void confirm(Context ctx) {
        switch (changeMyEmail.confirm(Form.param(ctx, "jeton"), ctx.ip())) {
            case Outcome.Done<ChangeMyEmail.Confirmed> done -> {
                pages.flash(ctx, "adresse", done.value().email());
                Pages.redirect(ctx, "/compte/adresse-mail/confirmee");
            }
            case Outcome.Invalid<ChangeMyEmail.Confirmed> invalid -> pages.error(ctx, 404);
            case Outcome.Refused<ChangeMyEmail.Confirmed> refused -> pages.refused(ctx, refused);
        }
    }
}
