package fr.portailpartenaires.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A browser-like JSON client of the running portal: its own cookie jar, and the CSRF token of its session. */
final class PortalClient {

    static final ObjectMapper JSON = new ObjectMapper();

    /** A response: status and JSON body (null when empty). */
    record Answer(int status, JsonNode body, String raw) {
        String text(String field) {
            return body.path(field).asText();
        }
    }

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String csrfToken;

    PortalClient(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    Answer post(String path, Object body) {
        return send(withCsrf(HttpRequest.newBuilder(URI.create(baseUrl + path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    /** A body sent as it is, with its content type (a CSV file…). */
    Answer postRaw(String path, String contentType, byte[] body) {
        return send(withCsrf(HttpRequest.newBuilder(URI.create(baseUrl + path)))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Answer put(String path, Object body) {
        return send(withCsrf(HttpRequest.newBuilder(URI.create(baseUrl + path)))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    Answer delete(String path) {
        return send(withCsrf(HttpRequest.newBuilder(URI.create(baseUrl + path))).DELETE());
    }

    /** A page as a browser asks for it (HTML, redirects not followed): status and the HTML in {@code raw}. */
    Answer page(String path) {
        return sendPage(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "text/html").GET());
    }

    /** A page's form sent as a browser sends it, with the session's token in its hidden field. */
    Answer submit(String path, java.util.Map<String, String> fields) {
        java.util.Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        if (csrfToken != null) {
            all.put("csrf", csrfToken);
        }
        String body = all.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(java.util.stream.Collectors.joining("&"));
        return sendPage(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private Answer sendPage(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), JSON.nullNode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Takes over a session opened elsewhere (a browser's): its cookie and its token. */
    void adoptSession(String sessionId, String csrf) {
        java.net.HttpCookie cookie = new java.net.HttpCookie("portail_session", sessionId);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(baseUrl + "/"), cookie);
        csrfToken = csrf;
    }

    /** Logs in and keeps the session's CSRF token for the next state-changing requests. */
    Answer login(String login, String password) {
        Answer answer = post("/api/session", java.util.Map.of("login", login, "motDePasse", password));
        rememberCsrf(answer);
        return answer;
    }

    void rememberCsrf(Answer answer) {
        if (answer.status() == 200 && answer.body().has("csrfToken")) {
            csrfToken = answer.text("csrfToken");
        }
    }

    void forgetCsrf() {
        csrfToken = null;
    }

    private HttpRequest.Builder withCsrf(HttpRequest.Builder builder) {
        return csrfToken == null ? builder : builder.header("X-CSRF-Token", csrfToken);
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String raw = response.body();
            return new Answer(response.statusCode(), raw == null || raw.isBlank() ? JSON.nullNode() : JSON.readTree(raw), raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object body) {
        try {
            return body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A binary answer (a PDF, XML or CSV file): status, bytes and headers. */
    record Download(int status, byte[] body, java.net.http.HttpHeaders headers) {

        String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        byte[] bytes() {
            return body;
        }
    }

    Download download(String path) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
