package fr.portailpartenaires.adapters.web.convention;

import fr.portailpartenaires.adapters.web.PortalApp;
import fr.portailpartenaires.adapters.web.Problem;
import fr.portailpartenaires.domain.convention.ConventionId;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** A convention's id as the convention routes read it, from a path or a body: anything but a UUID names none. */
final class ConventionIds {

    private static final String NOT_FOUND = "Cette convention est introuvable.";

    private ConventionIds() {
    }

    /** Runs the action with the {@code {id}} of the path; an id that is not a UUID is a 404, as an unknown one. */
    static void withId(Context ctx, Consumer<ConventionId> action) {
        Optional<ConventionId> id = parse(ctx.pathParam("id"));
        if (id.isEmpty()) {
            PortalApp.problem(ctx, Problem.notFound(NOT_FOUND, "convention.introuvable"));
            return;
        }
        action.accept(id.get());
    }

    static Optional<ConventionId> parse(String raw) {
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
