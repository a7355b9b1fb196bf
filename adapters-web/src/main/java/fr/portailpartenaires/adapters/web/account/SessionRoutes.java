package fr.portailpartenaires.adapters.web.account;

import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.Outcomes;
import fr.portailpartenaires.adapters.web.Requests;
import fr.portailpartenaires.adapters.web.SessionCookie;
import fr.portailpartenaires.application.account.Authenticate;
import fr.portailpartenaires.application.partner.ViewMyPartner;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.LinkedHashMap;
import java.util.Map;

/** Login, logout, password change, and the logged-in partner user's partner (spec §2.2, §3). */
public record SessionRoutes(Authenticate authenticate, ViewMyPartner myPartner, SessionCookie sessions)
        implements RouteGroup {

    record LoginRequest(String login, String motDePasse) {
        @Override
        public String toString() {
            return "LoginRequest[login=" + login + "]";
        }
    }

    record PasswordChangeRequest(String motDePasseActuel, String nouveauMotDePasse, String confirmation) {
        @Override
        public String toString() {
            return "PasswordChangeRequest";
        }
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.post("/api/session", this::login);
        routes.delete("/api/session", this::logout);
        routes.post("/api/session/mot-de-passe", this::changePassword);
        routes.get("/api/partenaire", this::myPartner);
    }

    /** A login made with a live session cookie ends that session: the browser keeps only the new one. */
    private void login(Context ctx) {
        Requests.body(ctx, LoginRequest.class).ifPresent(request ->
                Outcomes.respond(ctx, authenticate.login(request.login(), request.motDePasse(), ctx.ip(),
                        SessionCookie.device(ctx)), 200,
                        loggedIn -> {
                            sessions.principal(ctx).ifPresent(previous -> authenticate.logout(previous, ctx.ip()));
                            opened(ctx, sessions, loggedIn);
                        }));
    }

    private void changePassword(Context ctx) {
        Requests.withPrincipalAndBody(ctx, sessions, PasswordChangeRequest.class, (principal, request) ->
                Outcomes.respond(ctx, authenticate.changePassword(principal, request.motDePasseActuel(),
                        request.nouveauMotDePasse(), request.confirmation(), ctx.ip()), 200,
                        loggedIn -> opened(ctx, sessions, loggedIn)));
    }

    private void logout(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> {
            authenticate.logout(principal, ctx.ip());
            sessions.clear(ctx);
            ctx.status(204);
        });
    }

    private void myPartner(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> Outcomes.respond(ctx, myPartner.view(principal)));
    }

    /** Sets the (new) session cookie and answers what the client must know about the session. */
    static void opened(Context ctx, SessionCookie sessions, Authenticate.LoggedIn loggedIn) {
        sessions.opened(ctx, loggedIn);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("login", loggedIn.login());
        body.put("profil", loggedIn.kind());
        body.put("changementMotDePasseRequis", loggedIn.mustChangePassword());
        body.put("derniereConnexion", loggedIn.previousLoginAt().orElse(null));
        body.put("messageDerniereConnexion", loggedIn.previousLoginMessage().orElse(null));
        body.put("acceptationReglesRequise", loggedIn.mustAcceptRules());
        body.put("versionReglesUtilisation", loggedIn.usageRulesToAccept().orElse(null));
        body.put("csrfToken", loggedIn.csrfToken());
        ctx.header("Cache-Control", "no-store").json(body);
    }
}
