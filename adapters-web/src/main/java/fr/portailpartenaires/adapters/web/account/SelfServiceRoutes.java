package fr.portailpartenaires.adapters.web.account;

import fr.portailpartenaires.adapters.web.JsonBody;
import fr.portailpartenaires.adapters.web.JsonFields;
import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.Outcomes;
import fr.portailpartenaires.adapters.web.Requests;
import fr.portailpartenaires.adapters.web.SessionCookie;
import fr.portailpartenaires.application.account.AcceptUsageRules;
import fr.portailpartenaires.application.account.ForgottenPassword;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Map;
import java.util.UUID;

/**
 * What users do for themselves (spec §2.2): ask for a temporary password when they forgot theirs,
 * accept the usage rules (CAF profile).
 */
public record SelfServiceRoutes(ForgottenPassword forgottenPassword, AcceptUsageRules usageRules,
        SessionCookie sessions) implements RouteGroup {

    record UsageRulesRequest(String version) {
    }

    /** The body of {@code POST /api/mot-de-passe-oublie}. */
    record ForgottenPasswordRequest(String login, String email, UUID captchaId, String captcha)
            implements JsonBody<ForgottenPassword.Request> {

        @Override
        public ForgottenPassword.Request command(JsonFields fields) {
            return new ForgottenPassword.Request(login, email, captchaId, captcha);
        }
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.post("/api/mot-de-passe-oublie", this::forgottenPassword);
        routes.post("/api/session/regles-utilisation", this::acceptUsageRules);
    }

    /** 202 with the same body whether or not the pair matched: the request is taken into account, nothing more is said. */
    private void forgottenPassword(Context ctx) {
        Requests.command(ctx, ForgottenPasswordRequest.class, request ->
                Outcomes.respond(ctx, forgottenPassword.request(request, ctx.ip()), 202,
                        requested -> ctx.header("Cache-Control", "no-store").json(Map.of("message", requested.message()))));
    }

    private void acceptUsageRules(Context ctx) {
        Requests.withPrincipalAndBody(ctx, sessions, UsageRulesRequest.class, (principal, request) ->
                Outcomes.respond(ctx, usageRules.accept(principal, request.version(), ctx.ip()), 200,
                        loggedIn -> SessionRoutes.opened(ctx, sessions, loggedIn)));
    }
}
