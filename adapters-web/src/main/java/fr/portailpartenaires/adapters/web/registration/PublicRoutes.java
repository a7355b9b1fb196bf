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
            Outcomes.respond(ctx, captcha.ask(ctx.ip()), 201,
                    question -> ctx.json(Map.of("id", question.id(), "question", question.text())));
            return;
        }
        Outcomes.respond(ctx, captcha.refresh(previous(ctx.queryParam("remplace")), ctx.ip()), 201,
                issued -> ctx.json(Map.of("id", issued.id(), "image", Pages.pngDataUrl(issued.png()))));
    }

    /** The challenge a refresh replaces; none when the parameter is absent or no id. */
    private static UUID previous(String replaced) {
        try {
            return replaced == null ? null : UUID.fromString(replaced);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void registerPartner(Context ctx) {
        Requests.command(ctx, RegistrationJson.class, form ->
                Outcomes.respond(ctx, registration.register(form, ctx.ip()), 201,
                        submitted -> ctx.json(Map.of("id", submitted.id().value(), "message", RegistrationLabels.SUBMITTED))));
    }
}
