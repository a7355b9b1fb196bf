package fr.portailpartenaires.adapters.web;

import fr.portailpartenaires.application.port.in.AcceptUsageRules;
import fr.portailpartenaires.application.port.in.ContactAssistance;
import fr.portailpartenaires.application.port.in.ForgottenPassword;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Map;

/**
 * What users do for themselves (spec §2.2, §2.4): ask for a temporary password when they forgot
 * theirs, accept the usage rules (CAF profile), write to the assistance.
 */
final class SelfServiceRoutes {

    record UsageRulesRequest(String version) {
    }

    private final ForgottenPassword forgottenPassword;
    private final AcceptUsageRules usageRules;
    private final ContactAssistance contact;
    private final SessionCookie sessions;

    SelfServiceRoutes(ForgottenPassword forgottenPassword, AcceptUsageRules usageRules, ContactAssistance contact,
            SessionCookie sessions) {
        this.forgottenPassword = forgottenPassword;
        this.usageRules = usageRules;
        this.contact = contact;
        this.sessions = sessions;
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.post("/api/mot-de-passe-oublie", this::forgottenPassword);
        routes.post("/api/session/regles-utilisation", this::acceptUsageRules);
        routes.post("/api/contact", this::contact);
    }

    /** 202 with the same body whether or not the pair matched: the request is taken into account, nothing more is said. */
    private void forgottenPassword(Context ctx) {
        Requests.body(ctx, ForgottenPassword.Request.class).ifPresent(request ->
                Outcomes.respond(ctx, forgottenPassword.request(request, ctx.ip()), 202,
                        requested -> ctx.header("Cache-Control", "no-store").json(Map.of("message", requested.message()))));
    }

    private void acceptUsageRules(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal ->
                Requests.body(ctx, UsageRulesRequest.class).ifPresent(request ->
                        Outcomes.respond(ctx, usageRules.accept(principal, request.version(), ctx.ip()), 200,
                                loggedIn -> SessionRoutes.opened(ctx, sessions, loggedIn))));
    }

    private void contact(Context ctx) {
        Requests.body(ctx, ContactAssistance.ContactForm.class).ifPresent(form ->
                Outcomes.respond(ctx, contact.send(form, sessions.principal(ctx), ctx.ip()), 201,
                        sent -> ctx.json(Map.of("id", sent.id(), "message", sent.message()))));
    }
}
