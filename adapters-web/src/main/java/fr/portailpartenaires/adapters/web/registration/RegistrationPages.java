package fr.portailpartenaires.adapters.web.registration;

import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.pages.AddressFields;
import fr.portailpartenaires.adapters.web.pages.ReferenceChoices;
import fr.portailpartenaires.adapters.web.pages.Form;
import fr.portailpartenaires.adapters.web.pages.CaptchaField;
import fr.portailpartenaires.adapters.web.pages.Pages;
import fr.portailpartenaires.application.reference.BrowseReferenceData;
import fr.portailpartenaires.application.registration.IssueCaptcha;
import fr.portailpartenaires.application.registration.RegisterPartner;
import fr.portailpartenaires.application.shared.Outcome;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The pré-inscription path (spec §2.1, PPAS manual §1.1.1): CGU → « J'accepte » → the convention gate → the form
 * with its captcha → the seed's success message. Each step only carries what the person chose to the next; the use
 * case checks it all again (a skipped step is one of its errors), and stores nothing unless everything is valid.
 */
public record RegistrationPages(BrowseReferenceData referenceData, IssueCaptcha captcha, RegisterPartner registration,
        Pages pages, String cguVersion) implements RouteGroup {

    static final List<String> FIELDS = java.util.stream.Stream.of(
            List.of("regime", "caisse", "codeConvention", "typePartenaire", "nomPartenaire", "siret", "telephone"),
            AddressFields.FIELDS,
            List.of("administrateur.nom", "administrateur.prenom", "administrateur.login", "administrateur.email",
                    "administrateur.telephone", "captcha")).flatMap(List::stream).toList();

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/inscription", ctx -> pages.render(ctx, "registration/cgu.jte",
                "Pré-inscription : conditions générales d'utilisation", Map.of("version", cguVersion)));
        routes.post("/inscription", ctx -> Pages.redirect(ctx, "/inscription/convention?cgu="
                + encode(Form.param(ctx, "cguVersion"))));
        routes.get("/inscription/convention", ctx -> gate(ctx, Form.empty("conventionDetenue"), false, 200));
        routes.post("/inscription/convention", this::passGate);
        routes.get("/inscription/formulaire", ctx -> form(ctx, Form.empty(FIELDS.toArray(String[]::new)), 200));
        routes.post("/inscription/formulaire", this::submit);
        routes.get("/inscription/terminee", ctx -> pages.takeFlash(ctx, "inscription").ifPresentOrElse(
                message -> pages.render(ctx, "registration/terminee.jte", "Pré-inscription terminée",
                        Map.of("message", message)),
                () -> Pages.redirect(ctx, "/inscription")));
    }

    /** The CGU version the person accepted, as carried from step to step. */
    private static String accepted(Context ctx) {
        String fromQuery = ctx.queryParam("cgu");
        String version = fromQuery != null ? fromQuery : Form.param(ctx, "cguVersion");
        return version.length() > 20 ? version.substring(0, 20) : version;
    }

    private void gate(Context ctx, Form form, boolean refused, int status) {
        pages.render(ctx, status, "registration/convention.jte", "Pré-inscription : numéro de convention",
                Map.of("form", CaptchaField.worded(form, ctx), "version", accepted(ctx), "refused", refused));
    }

    private void passGate(Context ctx) {
        switch (Form.param(ctx, "conventionDetenue")) {
            case "oui" -> Pages.redirect(ctx, "/inscription/formulaire?cgu=" + encode(accepted(ctx)));
            case "non" -> gate(ctx, Form.empty("conventionDetenue"), true, 200);
            default -> gate(ctx, Form.empty("conventionDetenue").withError("conventionDetenue",
                    "Indiquez si vous détenez un numéro de convention signée avec votre caisse."), false, 422);
        }
    }

    private void form(Context ctx, Form form, int status) {
        ReferenceChoices choices = new ReferenceChoices(referenceData);
        CaptchaField.issue(captcha, ctx, pages).ifPresent(field -> pages.render(ctx, status,
                "registration/formulaire.jte", "Formulaire de pré-inscription", Map.of(
                        "form", CaptchaField.worded(form, ctx), "version", accepted(ctx),
                        "regimes", choices.regimes(), "caisses", choices.caissesByRegime(),
                        "types", choices.partnerTypes(), "captcha", field)));
    }

    private void submit(Context ctx) {
        Form form = Form.typed(ctx, FIELDS, List.of("captcha"));
        String action = ctx.formParam("action");
        if ("nouvelle-image".equals(action) || "question-texte".equals(action)) {
            form(ctx, form, 200);
            return;
        }
        var outcome = registration.register(new RegisterPartner.RegistrationForm(accepted(ctx),
                "true".equals(ctx.formParam("cguAcceptees")), "true".equals(ctx.formParam("conventionDetenue")),
                Form.param(ctx, "regime"), Form.param(ctx, "caisse"), Form.param(ctx, "codeConvention"),
                Form.param(ctx, "typePartenaire"), Form.param(ctx, "nomPartenaire"), Form.param(ctx, "siret"),
                Form.param(ctx, "telephone"),
                AddressFields.form(ctx),
                new RegisterPartner.AdministratorForm(Form.param(ctx, "administrateur.nom"),
                        Form.param(ctx, "administrateur.prenom"), Form.param(ctx, "administrateur.login"),
                        Form.param(ctx, "administrateur.email"), Form.param(ctx, "administrateur.telephone")),
                Form.uuid(ctx, "captchaId"), Form.param(ctx, "captcha")), ctx.ip());
        switch (outcome) {
            case Outcome.Done<RegisterPartner.Submitted> done -> {
                pages.flash(ctx, "inscription", RegistrationLabels.SUBMITTED);
                Pages.redirect(ctx, "/inscription/terminee");
            }
            case Outcome.Invalid<RegisterPartner.Submitted> invalid -> form(ctx, form.withErrors(invalid.errors()), 422);
            case Outcome.Refused<RegisterPartner.Submitted> refused -> pages.refused(ctx, refused);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
