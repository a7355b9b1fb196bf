package fr.portailpartenaires.adapters.web.contact;

import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.pages.Form;
import fr.portailpartenaires.adapters.web.pages.CaptchaField;
import fr.portailpartenaires.adapters.web.pages.Pages;
import fr.portailpartenaires.application.contact.ContactAssistance;
import fr.portailpartenaires.application.registration.IssueCaptcha;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.Outcome;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * « Nous contacter » (spec §2.4, §10.2): the assistance form, with a captcha when the sender is not logged in. The
 * seed's Motif becomes the message's subject.
 */
public record ContactPages(ContactAssistance contact, IssueCaptcha captcha, Pages pages) implements RouteGroup {

    /** The seed's motifs (PPAS manual, Contact page). */
    public static final List<String> MOTIFS = List.of("Problème de navigation, d'affichage",
            "Problème d'accès à l'espace abonné ou à vos rubriques", "Suggestions, remarques, critiques",
            "Demande d'informations sur les aides", "Autres questions");
    static final List<String> FIELDS = List.of("numeroConvention", "institution", "departement", "nom", "prenom",
            "email", "telephone", "objet", "message", "captcha");

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/contact", ctx -> form(ctx, Form.empty(FIELDS.toArray(String[]::new)), 200));
        routes.post("/contact", this::send);
    }

    private void form(Context ctx, Form form, int status) {
        boolean anonymous = pages.sessions().principal(ctx).isEmpty();
        (anonymous ? CaptchaField.issue(captcha, ctx, pages) : Optional.of(CaptchaField.none())).ifPresent(field ->
                pages.render(ctx, status, "contact/contact.jte", "Nous contacter", Map.of(
                        "form", CaptchaField.worded(form, ctx), "motifs", MOTIFS, "anonymous", anonymous,
                        "captcha", field)));
    }

    private void send(Context ctx) {
        Optional<Principal> sender = pages.sessions().principal(ctx);
        Form form = Form.typed(ctx, FIELDS, List.of("captcha"));
        var outcome = contact.send(new ContactAssistance.ContactForm(Form.param(ctx, "numeroConvention"),
                Form.param(ctx, "institution"), Form.param(ctx, "departement"), Form.param(ctx, "nom"),
                Form.param(ctx, "prenom"), Form.param(ctx, "email"), Form.param(ctx, "telephone"),
                Form.param(ctx, "objet"), Form.param(ctx, "message"), Form.uuid(ctx, "captchaId"),
                Form.param(ctx, "captcha")), sender, ctx.ip());
        switch (outcome) {
            case Outcome.Done<ContactAssistance.Sent> done -> pages.redirect(ctx, "/contact", done.value().message());
            case Outcome.Invalid<ContactAssistance.Sent> invalid -> form(ctx, form.withErrors(invalid.errors()), 422);
            case Outcome.Refused<ContactAssistance.Sent> refused -> pages.refused(ctx, refused);
        }
    }
}
