package fr.portailpartenaires.adapters.web.registration;

import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.InvalidationJson;
import fr.portailpartenaires.adapters.web.Outcomes;
import fr.portailpartenaires.adapters.web.PathIds;
import fr.portailpartenaires.adapters.web.Problem;
import fr.portailpartenaires.adapters.web.Requests;
import fr.portailpartenaires.adapters.web.SessionCookie;
import fr.portailpartenaires.application.registration.ReviewRegistrations;
import fr.portailpartenaires.domain.convention.RegistrationId;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The caisse back-office API: review of the registrations of the administrator's caisse (spec §3.4). */
public record CaisseRoutes(ReviewRegistrations review, SessionCookie sessions) implements RouteGroup {

    private static final Problem NOT_FOUND = Problem.notFound("Cette demande d'inscription est introuvable.");

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/caisse/inscriptions", this::pending);
        routes.post("/api/caisse/inscriptions/{id}/validation", this::validate);
        routes.post("/api/caisse/inscriptions/{id}/invalidation", this::invalidate);
    }

    private void pending(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> {
            Optional<RegistrationId> after = PathIds.parse(ctx.queryParam("apres")).map(RegistrationId::new);
            int limit = Requests.limitOr(ctx, 20);
            Outcomes.respond(ctx, review.pending(principal, after, limit));
        });
    }

    private void validate(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withId(ctx, id ->
                Outcomes.respond(ctx, review.validate(principal, id, ctx.ip()), 200, validated -> ctx.json(Map.of(
                        "id", validated.id(), "partenaire", validated.partnerId(),
                        "loginAdministrateur", validated.administratorLogin())))));
    }

    private void invalidate(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withId(ctx, id ->
                Requests.body(ctx, InvalidationJson.class).ifPresent(request ->
                        Outcomes.respond(ctx, review.invalidate(principal, id, request.motif(), ctx.ip()), 200,
                                invalidated -> ctx.json(Map.of("id", invalidated.id()))))));
    }

    private static void withId(Context ctx, Consumer<RegistrationId> action) {
        PathIds.withId(ctx, "id", RegistrationId::new, NOT_FOUND, action);
    }
}
