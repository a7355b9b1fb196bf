package fr.portailpartenaires.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A browser-like JSON client of the running portal: its own cookie jar, and the CSRF token of its session. With
 * {@link #at(String)}, the same visitor reaches another instance of the portal, as through a load balancer.
 */
final class PortalClient {

    static final ObjectMapper JSON = new ObjectMapper();

    /** A response: status and JSON body (null when empty). */
    record Answer(int status, JsonNode body, String raw) {
        String text(String field) {
            return body.path(field).asText();
        }
    }

    /** What one visitor keeps between requests, whichever instance answers them. */
    private static final class Visitor {
        private final CookieManager cookies = new CookieManager();
        private final HttpClient http;
        private String csrfToken;

        Visitor(HttpClient.Builder http) {
            this.http = http.cookieHandler(cookies).build();
        }
    }

    private final String baseUrl;
    private final Visitor visitor;

    PortalClient(String baseUrl) {
        this(baseUrl, new Visitor(HttpClient.newBuilder()));
    }

    private PortalClient(String baseUrl, Visitor visitor) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.visitor = visitor;
    }

    /** A visitor whose requests come from this local address ({@code 127.0.0.2}…): a throttled source of its own. */
    static PortalClient from(InetAddress source, String baseUrl) {
        return new PortalClient(baseUrl, new Visitor(HttpClient.newBuilder().localAddress(source)));
    }

    /** The same visitor (cookies, session token, address) sending its requests to another instance of the portal. */
    PortalClient at(String otherBaseUrl) {
        return new PortalClient(otherBaseUrl, visitor);
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
        if (visitor.csrfToken != null) {
            all.put("csrf", visitor.csrfToken);
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
            HttpResponse<String> response = visitor.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
        visitor.cookies.getCookieStore().add(URI.create(baseUrl + "/"), cookie);
        visitor.csrfToken = csrf;
    }

    /** The session cookie this visitor holds, if any. */
    java.util.Optional<String> sessionCookie() {
        return visitor.cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> "portail_session".equals(cookie.getName())).map(java.net.HttpCookie::getValue)
                .findFirst();
    }

    /** Logs in and keeps the session's CSRF token for the next state-changing requests. */
    Answer login(String login, String password) {
        Answer answer = post("/api/session", java.util.Map.of("login", login, "motDePasse", password));
        rememberCsrf(answer);
        return answer;
    }

    void rememberCsrf(Answer answer) {
        if (answer.status() == 200 && answer.body().has("csrfToken")) {
            visitor.csrfToken = answer.text("csrfToken");
        }
    }

    void forgetCsrf() {
        visitor.csrfToken = null;
    }

    private HttpRequest.Builder withCsrf(HttpRequest.Builder builder) {
        return visitor.csrfToken == null ? builder : builder.header("X-CSRF-Token", visitor.csrfToken);
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = visitor.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
            HttpResponse<byte[]> response = visitor.http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
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
