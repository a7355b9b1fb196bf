package fr.portailpartenaires.adapters.web;

import fr.portailpartenaires.application.port.in.BrowseReferenceData;
import fr.portailpartenaires.application.port.in.IssueCaptcha;
import fr.portailpartenaires.application.port.in.RegisterPartner;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/** Public pages' API: reference lists, captcha, self-registration (spec §2.1). */
final class PublicRoutes {

    private final BrowseReferenceData referenceData;
    private final IssueCaptcha captcha;
    private final RegisterPartner registration;

    PublicRoutes(BrowseReferenceData referenceData, IssueCaptcha captcha, RegisterPartner registration) {
        this.referenceData = referenceData;
        this.captcha = captcha;
        this.registration = registration;
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/referentiel/regimes", ctx -> ctx.json(referenceData.regimes()));
        routes.get("/api/referentiel/regimes/{regime}/caisses", ctx -> ctx.json(referenceData.caisses(ctx.pathParam("regime"))));
        routes.get("/api/referentiel/types-partenaire", ctx -> ctx.json(referenceData.partnerTypes()));
        routes.post("/api/captchas", this::issueCaptcha);
        routes.post("/api/inscriptions", this::register);
    }

    private void issueCaptcha(Context ctx) {
        String previous = ctx.queryParam("remplace");
        IssueCaptcha.Captcha issued;
        try {
            issued = previous == null ? captcha.issue() : captcha.refresh(UUID.fromString(previous));
        } catch (IllegalArgumentException e) {
            issued = captcha.issue();
        }
        ctx.status(201).header("Cache-Control", "no-store").json(Map.of(
                "id", issued.id(),
                "image", "data:image/png;base64," + Base64.getEncoder().encodeToString(issued.png())));
    }

    private void register(Context ctx) {
        Requests.body(ctx, RegisterPartner.RegistrationForm.class).ifPresent(form ->
                Outcomes.respond(ctx, registration.register(form, ctx.ip()), 201,
                        submitted -> ctx.json(Map.of("id", submitted.id().value(), "message", submitted.message()))));
    }
}
