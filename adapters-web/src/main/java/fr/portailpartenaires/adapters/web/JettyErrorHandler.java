package fr.portailpartenaires.adapters.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answers Jetty gives itself, before Javalin and the application see the request: an address with a bad
 * {@code %} escape or bad UTF-8, an address over 8 KB (414), headers over 8 KB (431), a control character in a header
 * or a cookie (400). Jetty's own error page is English HTML naming its internals; this one says the same as the
 * application would: a French problem+json, or for a browser asking for a page a short French page. Neither repeats
 * what was sent (the request may be an attack on whatever shows it).
 */
final class JettyErrorHandler extends ErrorHandler {

    private static final ObjectMapper JSON = new ObjectMapper();

    JettyErrorHandler() {
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        if (request.getAttribute(ERROR_EXCEPTION) instanceof HttpException failure) {
            status = failure.getCode();
            response.setStatus(status);
        }
        var headers = response.getHeaders();
        // Jetty ends the connection of a request it could not read; a client told nothing would send its next one there
        headers.put(HttpHeader.CONNECTION, "close");
        headers.put(HttpHeader.CACHE_CONTROL, CachePolicy.NO_STORE);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "same-origin");
        headers.put("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; base-uri 'none'");
        if (HttpStatus.hasNoBody(status) || "HEAD".equals(request.getMethod())) {
            callback.succeeded();
            return true;
        }
        Problem problem = EdgeProblems.of(status);
        boolean page = wantsPage(request);
        headers.put(HttpHeader.CONTENT_TYPE, page ? "text/html;charset=utf-8" : Problem.CONTENT_TYPE);
        byte[] body = page ? page(problem) : json(problem);
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    /**
     * A page for a request outside the API that asks for HTML; problem+json for the API and for every request Jetty
     * could not read far enough to know (a malformed first line, an address over 8 KB, a bad header: it stops before
     * the {@code Accept} header, and its placeholder address {@code /badMessage} says nothing).
     */
    private static boolean wantsPage(Request request) {
        String accept = request.getHeaders().get(HttpHeader.ACCEPT);
        if (accept == null || !accept.contains("text/html")) {
            return false;
        }
        return pathOf(request).filter(path -> !CachePolicy.isApi(path)).isPresent();
    }

    private static Optional<String> pathOf(Request request) {
        try {
            return Optional.ofNullable(request.getHttpURI()).map(uri -> uri.getPath());
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static byte[] json(Problem problem) {
        try {
            return JSON.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem is always JSON", e);
        }
    }

    /** The texts are the service's own (no markup in them), never the request's. */
    private static byte[] page(Problem problem) {
        return ("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + problem.title() + " – Portail partenaires</title>\n</head>\n<body>\n<main>\n"
                + "<h1>" + problem.title() + "</h1>\n<p>" + problem.detail() + "</p>\n"
                + "<p><a href=\"/\">Retour à l'accueil du portail</a></p>\n</main>\n</body>\n</html>\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
