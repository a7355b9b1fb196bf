package fr.portailpartenaires.adapters.web.registration;

import fr.portailpartenaires.adapters.web.CachePolicy;
import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.Outcomes;
import fr.portailpartenaires.adapters.web.Requests;
import fr.portailpartenaires.adapters.web.pages.Pages;
import fr.portailpartenaires.application.reference.BrowseReferenceData;
import fr.portailpartenaires.application.registration.IssueCaptcha;
import fr.portailpartenaires.application.registration.RegisterPartner;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Map;
import java.util.UUID;

/** Public pages' API: reference lists, captcha, self-registration (spec §2.1). */
public record PublicRoutes(BrowseReferenceData referenceData, IssueCaptcha captcha, RegisterPartner registration)
        implements RouteGroup {

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/referentiel/regimes", ctx -> publicReferenceData(ctx).json(referenceData.regimes()));
        routes.get("/api/referentiel/regimes/{regime}/caisses",
                ctx -> publicReferenceData(ctx).json(referenceData.caisses(ctx.pathParam("regime"))));
        routes.get("/api/referentiel/types-partenaire", ctx -> publicReferenceData(ctx).json(referenceData.partnerTypes()));
        routes.post("/api/captchas", this::issueCaptcha);
        routes.post("/api/inscriptions", this::registerPartner);
    }

    /** The reference lists are the same for everyone: the only answers of the API a cache may keep (briefly). */
    private static Context publicReferenceData(Context ctx) {
        CachePolicy.publicReferenceData(ctx);
        return ctx;
    }

    private void issueCaptcha(Context ctx) {
        if ("question".equals(ctx.queryParam("type"))) {
            IssueCaptcha.Question question = captcha.ask();
            ctx.status(201).header("Cache-Control", "no-store").json(Map.of("id", question.id(), "question", question.text()));
            return;
        }
        String previous = ctx.queryParam("remplace");
        IssueCaptcha.Captcha issued;
        try {
            issued = previous == null ? captcha.issue() : captcha.refresh(UUID.fromString(previous));
        } catch (IllegalArgumentException e) {
            issued = captcha.issue();
        }
        ctx.status(201).header("Cache-Control", "no-store").json(Map.of(
                "id", issued.id(),
                "image", Pages.pngDataUrl(issued.png())));
    }

    private void registerPartner(Context ctx) {
        Requests.body(ctx, RegisterPartner.RegistrationForm.class).ifPresent(form ->
                Outcomes.respond(ctx, registration.register(form, ctx.ip()), 201,
                        submitted -> ctx.json(Map.of("id", submitted.id().value(), "message", submitted.message()))));
    }
}
