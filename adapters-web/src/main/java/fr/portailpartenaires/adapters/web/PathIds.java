package fr.portailpartenaires.adapters.web;

import io.javalin.http.Context;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Ids as the route groups read them from a path (or a query or a body): anything but a UUID names nothing, so a path
 * id that is not one is a 404, the same answer as for an unknown id.
 */
public final class PathIds {

    private PathIds() {
    }

    /** The text as a UUID (surrounding blanks ignored), or empty when it is absent, blank or not a UUID. */
    public static Optional<UUID> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(raw.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Runs the action with the path's {@code {id}}; when it is not a UUID, answers {@code notFound} instead. */
    public static void withId(Context ctx, Problem notFound, Consumer<UUID> action) {
        withId(ctx, "id", Function.identity(), notFound, action);
    }

    /**
     * Runs the action with the path parameter {@code name} made an id by {@code toId}; when it is not a UUID, answers
     * {@code notFound} instead.
     */
    public static <T> void withId(Context ctx, String name, Function<UUID, T> toId, Problem notFound,
            Consumer<T> action) {
        Optional<UUID> id = parse(ctx.pathParam(name));
        if (id.isEmpty()) {
            PortalApp.problem(ctx, notFound);
            return;
        }
        action.accept(toId.apply(id.get()));
    }
}
