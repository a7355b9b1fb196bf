package fr.portailpartenaires.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The JSON API answers bad input the same way on every route that reads a body (as {@code /openapi.json} lists them):
 * a body that is no JSON object of the documented shape is 400 {@code requete.json_invalide}; a date that is not
 * {@code AAAA-MM-JJ}, or that the calendar lacks, is 400 {@code formulaire.invalide} with the field's French error,
 * whatever the caller may do there (the edge reads the body before the use case decides).
 */
class BadInputIT {

    @RegisterExtension
    final PortalExtension server = PortalExtension.onH2().build();

    private final HttpClient http = HttpClient.newHttpClient();

    /** Each documented route taking a JSON body: method, path with its ids, and its body's schema. */
    private record JsonRoute(String method, String path, JsonNode schema) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @Test
    void a_body_that_is_no_json_object_of_the_documented_shape_is_the_same_problem_on_every_route() {
        Session carsat = logIn();
        List<JsonRoute> routes = jsonRoutes();
        assertThat(routes).hasSizeGreaterThan(35);

        for (JsonRoute route : routes) {
            for (String body : List.of("", "{", "[]", "null", "{\"champInconnu\": 1}")) {
                var answer = send(carsat, route, body);
                assertThat(answer.statusCode()).as(route + " with " + body + ": " + answer.body()).isEqualTo(400);
                assertThat(answer.headers().firstValue("Content-Type")).as(route + " with " + body)
                        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                JsonNode problem = read(answer.body());
                assertThat(problem.path("code").asText()).as(route + " with " + body).isEqualTo("requete.json_invalide");
                assertThat(problem.path("detail").asText()).contains("objet JSON conforme");
            }
            String field = scalarField(route.schema());
            JsonNode mistyped = read(send(carsat, route, "{\"" + field + "\": {\"x\": 1}}").body());
            assertThat(mistyped.path("code").asText()).as(route + " " + field).isEqualTo("requete.json_invalide");
            assertThat(mistyped.path("errors").path(field).get(0).asText()).as(route + " " + field)
                    .isEqualTo("Ce champ n'a pas le type attendu (voir la documentation de l'API, /openapi.json).");
            JsonNode unknown = read(send(carsat, route, "{\"champInconnu\": 1}").body());
            assertThat(unknown.path("errors").isEmpty()).as(route + ": the request's text is not repeated").isTrue();
            assertThat(unknown.toString()).doesNotContain("champInconnu");
        }
    }

    @Test
    void a_date_not_written_aaaa_mm_jj_or_that_the_calendar_lacks_is_the_field_s_error_on_every_route() {
        Session carsat = logIn();
        JsonNode document = server.client().get("/openapi.json").body();
        int dates = 0;
        for (JsonRoute route : jsonRoutes()) {
            for (String field : dateFields(document, route.schema(), "")) {
                dates++;
                for (String bad : List.of("31/12/2024", "2024-02-31", "demain")) {
                    var answer = send(carsat, route, bodyWith(field, bad));
                    assertThat(answer.statusCode()).as(route + " " + field + " = " + bad + ": " + answer.body())
                            .isEqualTo(400);
                    JsonNode problem = read(answer.body());
                    assertThat(problem.path("code").asText()).isEqualTo("formulaire.invalide");
                    assertThat(problem.path("errors").path(field).get(0).asText()).as(route + " " + field)
                            .matches(bad.startsWith("2024")
                                    ? ".+ n'existe pas au calendrier \\(2024-02-31\\) : vérifiez le jour et le mois\\."
                                    : ".+ doit être une date au format AAAA-MM-JJ\\.");
                }
            }
        }
        assertThat(dates).as("date fields of the documented bodies").isGreaterThan(20);
    }

    @Test
    void the_exchange_history_s_period_is_read_aaaa_mm_jj_as_every_date_of_the_api() {
        PortalClient alex = server.loggedIn(DemoData.PARTNER_ADMIN.login(), DemoData.PARTNER_ADMIN.password());

        var french = alex.get("/api/historique-echanges?du=01/03/2025&au=2025-02-31");

        assertThat(french.status()).isEqualTo(400);
        assertThat(french.body().path("code").asText()).isEqualTo("formulaire.invalide");
        assertThat(french.body().path("errors").path("du").get(0).asText())
                .isEqualTo("La date de début doit être une date au format AAAA-MM-JJ.");
        assertThat(french.body().path("errors").path("au").get(0).asText())
                .isEqualTo("La date de fin n'existe pas au calendrier (2025-02-31) : vérifiez le jour et le mois.");
        assertThat(alex.get("/api/historique-echanges?du=2025-03-01&au=2025-03-31").status()).isEqualTo(200);
    }

    private List<JsonRoute> jsonRoutes() {
        JsonNode document = server.client().get("/openapi.json").body();
        List<String> served = server.routes();
        List<JsonRoute> routes = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            JsonNode schema = operation.getValue().path("requestBody").path("content").path("application/json")
                    .path("schema");
            String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
            if (!schema.isMissingNode() && served.contains(method + " " + path.getKey())) {
                routes.add(new JsonRoute(method, path.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString()),
                        resolve(document, schema)));
            }
        }));
        return routes;
    }

    /** The first field of a body that is no object (a text, a number, a list…). */
    private static String scalarField(JsonNode schema) {
        Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            if (!property.getValue().has("$ref") && !property.getValue().has("properties")) {
                return property.getKey();
            }
        }
        throw new AssertionError("no field that is not an object in " + schema);
    }

    /** The date fields of a body, nested ones as {@code evaluation.dateEvaluation}. */
    private static List<String> dateFields(JsonNode document, JsonNode schema, String prefix) {
        List<String> fields = new ArrayList<>();
        schema.path("properties").fields().forEachRemaining(property -> {
            JsonNode value = resolve(document, property.getValue());
            if ("date".equals(value.path("format").asText())) {
                fields.add(prefix + property.getKey());
            } else if (value.has("properties")) {
                fields.addAll(dateFields(document, value, prefix + property.getKey() + "."));
            }
        });
        return fields;
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        String ref = schema.path("$ref").asText();
        return ref.isEmpty() ? schema : document.at(ref.substring(1));
    }

    /** A body holding only this field (nested as its path says) with the value. */
    private static String bodyWith(String field, String value) {
        ObjectNode body = PortalClient.JSON.createObjectNode();
        ObjectNode parent = body;
        Iterator<String> names = List.of(field.split("\\.")).iterator();
        while (names.hasNext()) {
            String name = names.next();
            if (names.hasNext()) {
                parent = parent.putObject(name);
            } else {
                parent.put(name, value);
            }
        }
        return body.toString();
    }

    /** A session of the caisse's administrator: its cookie and CSRF token, sent as they are with each request. */
    private record Session(String cookie, String csrf) {
    }

    private Session logIn() {
        var answer = send(null, new JsonRoute("POST", "/api/session", null), "{\"login\":\""
                + DemoData.CAISSE_ADMIN.login() + "\",\"motDePasse\":\"" + DemoData.CAISSE_ADMIN.password() + "\"}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        String cookie = answer.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("portail_session=")).findFirst().orElseThrow().split(";")[0];
        return new Session(cookie, read(answer.body()).path("csrfToken").asText());
    }

    private HttpResponse<String> send(Session session, JsonRoute route, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url() + route.path().substring(1)))
                .header("Content-Type", "application/json")
                .method(route.method(), HttpRequest.BodyPublishers.ofString(body));
        if (session != null) {
            request.header("Cookie", session.cookie()).header("X-CSRF-Token", session.csrf());
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String body) {
        try {
            return PortalClient.JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
