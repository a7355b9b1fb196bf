package fr.portailpartenaires.adapters.web.contact;

import fr.portailpartenaires.adapters.web.Outcomes;
import fr.portailpartenaires.adapters.web.Requests;
import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.SessionCookie;
import fr.portailpartenaires.application.contact.ContactAssistance;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Map;

/** « Nous contacter » (spec §2.4): anyone, logged in or not, writes to the assistance. */
public record ContactRoutes(ContactAssistance contact, SessionCookie sessions) implements RouteGroup {

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.post("/api/contact", this::contact);
    }

    private void contact(Context ctx) {
        Requests.body(ctx, ContactAssistance.ContactForm.class).ifPresent(form ->
                Outcomes.respond(ctx, contact.send(form, sessions.principal(ctx), ctx.ip()), 201,
                        sent -> ctx.json(Map.of("id", sent.id(), "message", sent.message()))));
    }
}
