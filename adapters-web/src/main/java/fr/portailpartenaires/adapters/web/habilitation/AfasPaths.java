package fr.portailpartenaires.adapters.web.habilitation;

import fr.portailpartenaires.adapters.web.PathIds;
import fr.portailpartenaires.adapters.web.Problem;
import fr.portailpartenaires.domain.habilitation.AfasConventionId;
import io.javalin.http.Context;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/** The paths of the AFAS routes and the ids they carry. */
final class AfasPaths {

    /** The partner's AFAS conventions. */
    static final String CONVENTIONS = "/api/partenaire/conventions-afas";
    /** The CAF's AFAS conventions. */
    static final String CAF_CONVENTIONS = "/api/caf/conventions-afas";

    private static final Problem NOT_FOUND =
            Problem.notFound("La ressource demandée n'existe pas.", "ressource.introuvable");

    private AfasPaths() {
    }

    /** The convention of the path ({@code {id}}), or a 404 problem. */
    static void withConvention(Context ctx, Consumer<AfasConventionId> action) {
        withPathId(ctx, "id", AfasConventionId::new, action);
    }

    /** The path parameter as an id, or a 404 problem when it is not one (nothing can have that id). */
    static <T> void withPathId(Context ctx, String name, Function<UUID, T> toId, Consumer<T> action) {
        PathIds.withId(ctx, name, toId, NOT_FOUND, action);
    }
}
