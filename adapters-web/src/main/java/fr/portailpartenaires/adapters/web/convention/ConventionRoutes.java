package fr.portailpartenaires.adapters.web.convention;

import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.Outcomes;
import fr.portailpartenaires.adapters.web.PortalApp;
import fr.portailpartenaires.adapters.web.Problem;
import fr.portailpartenaires.adapters.web.Requests;
import fr.portailpartenaires.adapters.web.SessionCookie;
import fr.portailpartenaires.application.convention.ManageConventions;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.convention.ReviewConventionRequests;
import fr.portailpartenaires.application.convention.SelectConvention;
import fr.portailpartenaires.domain.convention.ConventionId;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The conventions (spec §3.3, §3.4): the partner's Conventions tab, the convention selector of the session, and
 * the caisse's review of the requests made with it.
 */
public final class ConventionRoutes implements RouteGroup {

    record InvalidationRequest(String motif) {
    }

    record SelectionRequest(String convention) {
    }

    private static final String NOT_FOUND = "Cette convention est introuvable.";

    private final ManageConventions conventions;
    private final ReviewConventionRequests review;
    private final SelectConvention selection;
    private final SessionCookie sessions;

    public ConventionRoutes(ManageConventions conventions, ReviewConventionRequests review, SelectConvention selection,
            SessionCookie sessions) {
        this.conventions = conventions;
        this.review = review;
        this.selection = selection;
        this.sessions = sessions;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/partenaire/conventions", this::list);
        routes.post("/api/partenaire/conventions", this::request);
        routes.put("/api/partenaire/conventions/{id}", this::modify);
        routes.get("/api/session/convention", this::selection);
        routes.put("/api/session/convention", this::select);
        routes.get("/api/caisse/conventions", this::pending);
        routes.put("/api/caisse/conventions/{id}", this::modify);
        routes.post("/api/caisse/conventions/{id}/validation", this::validate);
        routes.post("/api/caisse/conventions/{id}/invalidation", this::invalidate);
    }

    private void list(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> Outcomes.respond(ctx, conventions.list(principal)));
    }

    private void request(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal ->
                Requests.body(ctx, ManageConventions.ConventionRequest.class).ifPresent(form ->
                        Outcomes.respond(ctx, conventions.request(principal, form, ctx.ip()), 201, ctx::json)));
    }

    /** A partner is always refused (a validated convention is its caisse's to change); the caisse may. */
    private void modify(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withId(ctx, id ->
                Requests.body(ctx, ManageConventions.ConventionChange.class).ifPresent(change ->
                        Outcomes.respond(ctx, conventions.modify(principal, id, change, ctx.ip())))));
    }

    private void selection(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal ->
                Outcomes.respond(ctx, selection.selection(principal), 200, chosen -> ctx.json(json(chosen))));
    }

    private void select(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal ->
                Requests.body(ctx, SelectionRequest.class).ifPresent(request -> {
                    Optional<ConventionId> id = id(request.convention());
                    Outcome<SelectConvention.Selection> outcome = id.isPresent()
                            ? selection.select(principal, id.get())
                            : new Outcome.Invalid<>(Map.of("convention",
                                    List.of("Choisissez une convention (son identifiant).")));
                    Outcomes.respond(ctx, outcome, 200, chosen -> ctx.json(json(chosen)));
                }));
    }

    private void pending(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal ->
                Outcomes.respond(ctx, review.pendingRequests(principal, id(ctx.queryParam("apres")),
                        Requests.limitOr(ctx, 20))));
    }

    private void validate(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withId(ctx, id ->
                Outcomes.respond(ctx, review.validateRequest(principal, id, ctx.ip()))));
    }

    private void invalidate(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withId(ctx, id ->
                Requests.body(ctx, InvalidationRequest.class).ifPresent(request ->
                        Outcomes.respond(ctx, review.invalidateRequest(principal, id, request.motif(), ctx.ip())))));
    }

    private static Map<String, Object> json(SelectConvention.Selection chosen) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("selection", chosen.selected().orElse(null));
        body.put("choix", chosen.choices());
        return body;
    }

    private static void withId(Context ctx, Consumer<ConventionId> action) {
        Optional<ConventionId> id = id(ctx.pathParam("id"));
        if (id.isEmpty()) {
            PortalApp.problem(ctx, Problem.notFound(NOT_FOUND, "convention.introuvable"));
            return;
        }
        action.accept(id.get());
    }

    private static Optional<ConventionId> id(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ConventionId(UUID.fromString(raw.strip())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
