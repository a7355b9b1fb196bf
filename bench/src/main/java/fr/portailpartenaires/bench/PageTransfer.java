package fr.portailpartenaires.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * What a browser downloads to show a page: the HTML, then every same-origin resource it loads at once — the
 * {@code <link>} stylesheets, icons and preloads, the {@code <script src>} (and, for a module, what it imports),
 * the {@code <img src>}, and the {@code url(…)} and {@code @import} of the stylesheets fetched — plus
 * {@code /favicon.ico}, which browsers ask for when the page names no icon.
 *
 * <p>Each resource is fetched over its own plain socket, HTTP/1.1 with {@code Accept-Encoding: gzip} and
 * {@code Connection: close}, and every byte of the answer is counted as it came: status line, headers and body as
 * sent (compressed, with the chunk framing of a chunked answer). That is a browser's "transferred" column
 * (response side; the requests, a few hundred bytes each, are not counted). The cookies the HTML's answer sets
 * are sent with the next requests, as a browser does.
 */
final class PageTransfer {

    /** One resource as fetched. */
    record Resource(String path, String kind, int status, int headerBytes, int bodyBytes, int decodedBytes,
            String contentEncoding, String cacheControl) {

        int wireBytes() {
            return headerBytes + bodyBytes;
        }

        /** A year or more, {@code immutable}: a browser with it in its cache does not ask again. */
        boolean cachedForAYear() {
            Matcher maxAge = Pattern.compile("max-age=(\\d+)").matcher(cacheControl);
            return cacheControl.contains("immutable") && maxAge.find() && Long.parseLong(maxAge.group(1)) >= 31_536_000L;
        }
    }

    /** An answer: status, headers (names in lower case, repeated ones joined by {@code \n}), bodies and sizes. */
    private record Answer(int status, Map<String, String> headers, int headerBytes, int wireBodyBytes, byte[] encoded,
            byte[] decoded) {

        String header(String name) {
            return headers.getOrDefault(name, "");
        }

        String text() {
            return new String(decoded, StandardCharsets.UTF_8);
        }
    }

    private static final Pattern TAG = Pattern.compile("<(link|script|img)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+?)['\"]?\\s*\\)");
    private static final Pattern CSS_IMPORT = Pattern.compile("@import\\s+['\"]([^'\"]+)['\"]");
    private static final Pattern JS_IMPORT = Pattern.compile(
            "(?:^|[;\\s}])(?:import|export)\\s*(?:[\\w*{}\\s,$]+?\\s*from\\s*)?['\"]([^'\"]+)['\"]");
    /** A browser's {@code Accept} for a page. */
    static final String HTML_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final URI base;
    /** The cookies the first visit's page set (the browser keeps them for the repeat visit). */
    private String cookies = "";

    PageTransfer(URI base) {
        this.base = base;
    }

    /** A first visit of {@code path} with an empty cache: the page and all it loads, in the order found. */
    List<Resource> firstVisit(String path) throws IOException {
        List<Resource> fetched = new ArrayList<>();
        Answer html = fetch(path, HTML_ACCEPT, "");
        fetched.add(resource(path, "HTML", html));
        cookies = cookies(html);
        record Pending(URI uri, String kind, String accept) {
        }
        List<Pending> queue = new ArrayList<>();
        Set<URI> seen = new LinkedHashSet<>();
        URI page = base.resolve(path);
        seen.add(page);
        boolean icon = false;
        Matcher tags = TAG.matcher(html.text());
        while (tags.find()) {
            String name = tags.group(1).toLowerCase(Locale.ROOT);
            String attributes = tags.group(2);
            switch (name) {
                case "link" -> {
                    String rel = attribute(attributes, "rel").orElse("").toLowerCase(Locale.ROOT);
                    Optional<String> href = attribute(attributes, "href");
                    if (href.isPresent() && rel.matches(".*\\b(stylesheet|icon|preload|modulepreload|manifest)\\b.*")) {
                        icon |= rel.contains("icon");
                        queue.add(new Pending(page.resolve(href.get()), rel.contains("stylesheet") ? "CSS" : rel,
                                rel.contains("stylesheet") ? "text/css,*/*;q=0.1" : "*/*"));
                    }
                }
                case "script" -> attribute(attributes, "src").ifPresent(src -> queue.add(new Pending(page.resolve(src),
                        attribute(attributes, "type").filter("module"::equals).isPresent() ? "JS module" : "JS", "*/*")));
                default -> attribute(attributes, "src").filter(src -> !src.startsWith("data:"))
                        .ifPresent(src -> queue.add(new Pending(page.resolve(src), "image", "image/*,*/*;q=0.8")));
            }
        }
        if (!icon) {
            queue.add(new Pending(base.resolve("/favicon.ico"), "favicon (implicit)", "image/*,*/*;q=0.8"));
        }
        for (int i = 0; i < queue.size(); i++) {
            Pending next = queue.get(i);
            if (!sameOrigin(next.uri()) || !seen.add(next.uri())) {
                continue;
            }
            String target = next.uri().getRawPath() + (next.uri().getRawQuery() == null ? "" : "?" + next.uri().getRawQuery());
            Answer answer = fetch(target, next.accept(), cookies);
            fetched.add(resource(target, next.kind(), answer));
            if (answer.status() != 200) {
                continue;
            }
            if (next.kind().equals("CSS")) {
                for (Pattern reference : List.of(CSS_URL, CSS_IMPORT)) {
                    Matcher found = reference.matcher(answer.text());
                    while (found.find()) {
                        if (!found.group(1).startsWith("data:") && !found.group(1).startsWith("#")) {
                            queue.add(new Pending(next.uri().resolve(found.group(1)),
                                    reference == CSS_URL ? "CSS url()" : "CSS", "*/*"));
                        }
                    }
                }
            } else if (next.kind().startsWith("JS module")) {
                Matcher imports = JS_IMPORT.matcher(answer.text());
                while (imports.find()) {
                    queue.add(new Pending(next.uri().resolve(imports.group(1)), "JS module (imported)", "*/*"));
                }
            }
        }
        return fetched;
    }

    /**
     * A repeat visit after {@link #firstVisit}: the page again, with the cookies the first visit left. The browser
     * asks for nothing else when every resource of the first visit may be kept a year (checked by the caller).
     */
    Resource repeatVisit(String path) throws IOException {
        return resource(path, "HTML", fetch(path, HTML_ACCEPT, cookies));
    }

    private boolean sameOrigin(URI uri) {
        return base.getScheme().equals(uri.getScheme()) && base.getHost().equals(uri.getHost())
                && base.getPort() == uri.getPort();
    }

    private static Resource resource(String path, String kind, Answer answer) {
        return new Resource(path, kind, answer.status(), answer.headerBytes(), answer.wireBodyBytes(),
                answer.decoded().length, answer.header("content-encoding"), answer.header("cache-control"));
    }

    /** The {@code name=value} of every cookie the answer sets, as a {@code Cookie} header's value. */
    private static String cookies(Answer answer) {
        List<String> pairs = new ArrayList<>();
        for (String setCookie : answer.header("set-cookie").split("\n")) {
            if (!setCookie.isBlank()) {
                pairs.add(setCookie.split(";", 2)[0].trim());
            }
        }
        return String.join("; ", pairs);
    }

    private static Optional<String> attribute(String attributes, String name) {
        Matcher value = Pattern.compile("(?:^|\\s)" + name + "\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))",
                Pattern.CASE_INSENSITIVE).matcher(attributes);
        if (!value.find()) {
            return Optional.empty();
        }
        String found = value.group(1) != null ? value.group(1) : value.group(2) != null ? value.group(2) : value.group(3);
        return Optional.of(found.replace("&amp;", "&"));
    }

    /** One GET on a new connection; every byte of the answer is kept. */
    private Answer fetch(String path, String accept, String cookies) throws IOException {
        byte[] raw;
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            String request = "GET " + path + " HTTP/1.1\r\n"
                    + "Host: " + base.getHost() + ":" + base.getPort() + "\r\n"
                    + "User-Agent: Mozilla/5.0 (X11; Linux x86_64) portail-bench\r\n"
                    + "Accept: " + accept + "\r\n"
                    + "Accept-Language: fr-FR,fr;q=0.9\r\n"
                    + "Accept-Encoding: gzip\r\n"
                    + (cookies.isEmpty() ? "" : "Cookie: " + cookies + "\r\n")
                    + "Connection: close\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            raw = socket.getInputStream().readAllBytes();
        }
        int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        if (end < 0) {
            throw new IllegalStateException(path + ": no complete answer (" + raw.length + " bytes)");
        }
        String[] head = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(head[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            headers.merge(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).trim(),
                    (a, b) -> a + "\n" + b);
        }
        int headerBytes = end + 4;
        byte[] wire = Arrays.copyOfRange(raw, headerBytes, raw.length);
        byte[] encoded = headers.getOrDefault("transfer-encoding", "").contains("chunked") ? dechunk(wire) : wire;
        byte[] decoded = headers.getOrDefault("content-encoding", "").contains("gzip") ? gunzip(encoded) : encoded;
        return new Answer(status, headers, headerBytes, wire.length, encoded, decoded);
    }

    private static byte[] dechunk(byte[] wire) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (at < wire.length) {
            int lineEnd = indexOf(wire, at, "\r\n".getBytes(StandardCharsets.ISO_8859_1));
            int size = Integer.parseInt(new String(wire, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            body.write(wire, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return body.toByteArray();
    }

    static byte[] gunzip(byte[] gzipped) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        }
    }

    private static int indexOf(byte[] data, byte[] part) {
        return indexOf(data, 0, part);
    }

    private static int indexOf(byte[] data, int from, byte[] part) {
        outer:
        for (int i = from; i <= data.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (data[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
