package fr.portailpartenaires.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A path id that is not a UUID is a 404 problem, the handler runs only with a real id. */
class PathIdsTest {

    private static final UUID ID = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
    private final HttpClient client = HttpClient.newHttpClient();
    private Javalin app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void parse_reads_a_uuid_and_nothing_else() {
        assertThat(PathIds.parse(ID.toString())).contains(ID);
        assertThat(PathIds.parse(" " + ID + " ")).contains(ID);
        assertThat(PathIds.parse(null)).isEmpty();
        assertThat(PathIds.parse("")).isEmpty();
        assertThat(PathIds.parse("  ")).isEmpty();
        assertThat(PathIds.parse("not-a-uuid")).isEmpty();
    }

    @Test
    void the_handler_gets_the_id_and_a_non_uuid_is_the_given_404_problem() throws Exception {
        Problem notFound = Problem.notFound("Cette chose est introuvable.", "chose.introuvable");
        app = PortalApp.create(Anonymous.sessions(), List.<RouteGroup>of(routes -> {
            routes.get("/choses/{id}", ctx -> PathIds.withId(ctx, notFound, id -> ctx.result("id " + id)));
            routes.get("/choses/{id}/parts/{part}", ctx -> PathIds.withId(ctx, "part", Optional::of, notFound,
                    part -> ctx.result("part " + part.orElseThrow())));
        })).start("127.0.0.1", 0);

        var found = get("/choses/" + ID);
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).isEqualTo("id " + ID);
        assertThat(get("/choses/" + ID + "/parts/" + ID).body()).isEqualTo("part " + ID);

        var unknown = get("/choses/42");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith(Problem.CONTENT_TYPE));
        assertThat(unknown.body()).contains("\"detail\":\"Cette chose est introuvable.\"")
                .contains("\"code\":\"chose.introuvable\"");
        assertThat(get("/choses/" + ID + "/parts/42").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
