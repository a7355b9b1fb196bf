package fr.portailpartenaires.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A visitor of the pages over plain HTTP, as a browser sends its requests but without one: its own cookie jar (the
 * session cookie), {@code Accept: text/html}, forms posted URL-encoded with the session's token in their hidden field
 * — and free to write into an address or a hidden field what no page offered. Redirects are not followed, so a test
 * sees each {@code 303} and where it leads.
 */
final class PageClient {

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private String csrfToken;

    PageClient(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** A visitor logged in (through the JSON login, which opens the same session cookie as the login page). */
    static PageClient loggedIn(PortalExtension server, DemoData.DemoAccount account) {
        PageClient client = new PageClient(server.url());
        PortalClient.Answer answer = client.json("/api/session",
                "{\"login\":\"" + account.login() + "\",\"motDePasse\":\"" + account.password() + "\"}");
        assertThat(answer.status()).as("login of " + account.login()).isEqualTo(200);
        client.csrfToken = answer.text("csrfToken");
        return client;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A file's answer, as bytes. */
    HttpResponse<byte[]> download(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A form posted with the session's token in its hidden field (unless {@code fields} says otherwise). */
    HttpResponse<String> post(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>();
        if (csrfToken != null) {
            all.put("csrf", csrfToken);
        }
        all.putAll(fields);
        return postRaw(path, all);
    }

    /** A form posted with these fields only (no token added). */
    HttpResponse<String> postRaw(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET of the JSON API with this visitor's session, for checks behind the pages. */
    PortalClient.Answer api(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json")
                .GET(), HttpResponse.BodyHandlers.ofString());
        return answer(response);
    }

    private PortalClient.Answer json(String path, String body) {
        return answer(send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)), HttpResponse.BodyHandlers.ofString()));
    }

    private static PortalClient.Answer answer(HttpResponse<String> response) {
        try {
            String raw = response.body();
            return new PortalClient.Answer(response.statusCode(),
                    raw == null || raw.isBlank() ? PortalClient.JSON.nullNode() : PortalClient.JSON.readTree(raw), raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
