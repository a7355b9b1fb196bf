package fr.portailpartenaires.adapters.web.contact;

import fr.portailpartenaires.adapters.web.JsonBody;
import fr.portailpartenaires.adapters.web.JsonFields;
import fr.portailpartenaires.adapters.web.Outcomes;
import fr.portailpartenaires.adapters.web.Requests;
import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.SessionCookie;
import fr.portailpartenaires.application.contact.ContactAssistance;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Map;
import java.util.UUID;

/** « Nous contacter » (spec §2.4): anyone, logged in or not, writes to the assistance. */
public record ContactRoutes(ContactAssistance contact, SessionCookie sessions) implements RouteGroup {

    /** The body of {@code POST /api/contact}. */
    record ContactRequest(String numeroConvention, String institution, String departement, String nom, String prenom,
            String email, String telephone, String objet, String message, UUID captchaId, String captcha)
            implements JsonBody<ContactAssistance.ContactForm> {

        @Override
        public ContactAssistance.ContactForm command(JsonFields fields) {
            return new ContactAssistance.ContactForm(numeroConvention, institution, departement, nom, prenom, email,
                    telephone, objet, message, captchaId, captcha);
        }
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.post("/api/contact", this::contact);
    }

    private void contact(Context ctx) {
        Requests.command(ctx, ContactRequest.class, form ->
                Outcomes.respond(ctx, contact.send(form, sessions.principal(ctx), ctx.ip()), 201,
                        sent -> ctx.json(Map.of("id", sent.id(), "message", sent.message()))));
    }
}
