package fr.portailpartenaires.adapters.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The API's documentation: the OpenAPI document at {@code /openapi.json} (kept in step with the
 * routes by a test) and a browsable Swagger UI at {@code /api-docs}, served from the webjar (no CDN).
 */
final class ApiDocs {

    private static final String SWAGGER = "/META-INF/resources/webjars/swagger-ui/5.32.0/";
    private static final Map<String, String> UI_FILES = Map.of(
            "swagger-ui.css", "text/css",
            "swagger-ui-bundle.js", "application/javascript",
            "swagger-ui-standalone-preset.js", "application/javascript");
    private static final String PAGE = """
            <!doctype html>
            <html lang="fr">
            <head><meta charset="utf-8"><title>Portail partenaires — API</title>
            <link rel="stylesheet" href="/api-docs/swagger-ui.css"></head>
            <body><div id="swagger-ui"></div>
            <script src="/api-docs/swagger-ui-bundle.js"></script>
            <script src="/api-docs/init.js"></script></body>
            </html>
            """;
    private static final String INIT = "window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui' });\n";

    private final byte[] openApi = resource("openapi.json");

    void register(JavalinConfig config) {
        config.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
        config.routes.get("/api-docs", ctx -> ctx.html(PAGE));
        config.routes.get("/api-docs/init.js", ctx -> ctx.contentType("application/javascript").result(INIT));
        config.routes.get("/api-docs/{file}", this::uiFile);
    }

    private void uiFile(Context ctx) {
        String file = ctx.pathParam("file");
        String type = UI_FILES.get(file);
        if (type == null) {
            PortalApp.problem(ctx, Problem.notFound("La ressource demandée n'existe pas."));
            return;
        }
        try (InputStream in = ApiDocs.class.getResourceAsStream(SWAGGER + file)) {
            if (in == null) {
                throw new IllegalStateException("Swagger UI file missing from the classpath: " + file);
            }
            ctx.contentType(type).header("Cache-Control", "public, max-age=86400").result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = ApiDocs.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
