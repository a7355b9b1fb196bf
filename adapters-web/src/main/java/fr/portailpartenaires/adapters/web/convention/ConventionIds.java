package fr.portailpartenaires.adapters.web.convention;

import fr.portailpartenaires.adapters.web.PathIds;
import fr.portailpartenaires.adapters.web.Problem;
import fr.portailpartenaires.domain.convention.ConventionId;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.Consumer;

/** A convention's id as the convention routes read it, from a path or a body: anything but a UUID names none. */
final class ConventionIds {

    private static final Problem NOT_FOUND =
            Problem.notFound("Cette convention est introuvable.", "convention.introuvable");

    private ConventionIds() {
    }

    /** Runs the action with the {@code {id}} of the path; an id that is not a UUID is a 404, as an unknown one. */
    static void withId(Context ctx, Consumer<ConventionId> action) {
        PathIds.withId(ctx, "id", ConventionId::new, NOT_FOUND, action);
    }

    static Optional<ConventionId> parse(String raw) {
        return PathIds.parse(raw).map(ConventionId::new);
    }
}
