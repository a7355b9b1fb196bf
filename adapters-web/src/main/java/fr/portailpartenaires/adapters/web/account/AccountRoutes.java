package fr.portailpartenaires.adapters.web.account;

import fr.portailpartenaires.adapters.web.JsonBody;
import fr.portailpartenaires.adapters.web.JsonFields;
import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.Outcomes;
import fr.portailpartenaires.adapters.web.Requests;
import fr.portailpartenaires.adapters.web.SessionCookie;
import fr.portailpartenaires.application.account.ChangeMyEmail;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Map;

/**
 * The logged-in user's own account (spec §2.4, « Modifier mon adresse mail »): the request needs a session;
 * the confirmation needs only the token of the mailed link, which is the proof.
 */
public record AccountRoutes(ChangeMyEmail emailChange, SessionCookie sessions) implements RouteGroup {

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.post("/api/compte/adresse-mail", this::requestEmailChange);
        routes.post("/api/compte/adresse-mail/confirmation", this::confirmEmailChange);
    }

    private void requestEmailChange(Context ctx) {
        Requests.withPrincipalAndCommand(ctx, sessions, EmailChangeRequest.class, (principal, form) ->
                Outcomes.respond(ctx, emailChange.request(principal, form, ctx.ip()), 202,
                        sent -> ctx.json(Map.of("message", sent.message()))));
    }

    private void confirmEmailChange(Context ctx) {
        Requests.body(ctx, ConfirmationRequest.class).ifPresent(request ->
                Outcomes.respond(ctx, emailChange.confirm(request.jeton(), ctx.ip()), 200,
                        confirmed -> ctx.header("Cache-Control", "no-store").json(confirmed)));
    }

    /** The body of {@code POST /api/compte/adresse-mail}. */
    record EmailChangeRequest(String nouvelleAdresse, String confirmation, String motDePasse)
            implements JsonBody<ChangeMyEmail.EmailChangeForm> {

        @Override
        public ChangeMyEmail.EmailChangeForm command(JsonFields fields) {
            return new ChangeMyEmail.EmailChangeForm(nouvelleAdresse, confirmation, motDePasse);
        }
    }

    /** @param jeton the token of the link mailed to the new address */
    record ConfirmationRequest(String jeton) {
    }
}
