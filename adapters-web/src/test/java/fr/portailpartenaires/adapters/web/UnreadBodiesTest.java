package fr.portailpartenaires.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.adapters.web.account.SelfServiceRoutes;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A request answered before its body was read — a 401 without a session, a 403 of another origin, a 404 of an unknown
 * address — leaves its connection usable for the next request: the server reads the body to its end first. Jetty
 * otherwise closes such a connection after the answer, without saying so in it ({@code Connection: close}), and a
 * client that sends its next request on it gets no answer (found by {@code HttpFuzzIT}: "HTTP/1.1 header parser
 * received no bytes" on a POST sent after a 404 to a 54 KB body; a client retries only idempotent requests).
 */
class UnreadBodiesTest {

    private static final int BODY_BYTES = 54_000;

    private Javalin app;

    @BeforeEach
    void start() {
        SessionCookie sessions = Anonymous.sessions();
        app = PortalApp.create(sessions, List.of(new SelfServiceRoutes(null, null, sessions))).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    /**
     * Sends the request with a JSON body of {@link #BODY_BYTES} — its head and a first kilobyte, then the rest a moment
     * later, as over a slow network —, reads its answer, then sends a second request on the same connection: answers
     * the two status lines (the second empty when the connection was closed).
     */
    private List<String> twoRequestsOnOneConnection(String head) throws IOException, InterruptedException {
        byte[] body = ("{\"version\":\"" + "a".repeat(BODY_BYTES - 14) + "\"}").getBytes(StandardCharsets.US_ASCII);
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write((head + "Host: 127.0.0.1:" + app.port() + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, 1_024);
            out.flush();
            Thread.sleep(300);
            String first;
            try {
                out.write(body, 1_024, body.length - 1_024);
                out.flush();
                first = answer(in);
            } catch (IOException closed) {
                first = "";
            }
            String second;
            try {
                out.write(("GET /api/nulle-part HTTP/1.1\r\nHost: 127.0.0.1:" + app.port() + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                second = answer(in);
            } catch (IOException closed) {
                second = "";
            }
            return List.of(first, second);
        }
    }

    /** Reads one answer (its head, then its body by its length or its chunks) and answers its status line. */
    private static String answer(InputStream in) throws IOException {
        List<String> head = new java.util.ArrayList<>();
        for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
            head.add(line);
        }
        if (head.isEmpty()) {
            return "";
        }
        String length = head.stream().filter(line -> line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:"))
                .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElse(null);
        if (length != null) {
            in.readNBytes(Integer.parseInt(length));
        } else {
            for (int size = Integer.parseInt(line(in), 16); size > 0; size = Integer.parseInt(line(in), 16)) {
                in.readNBytes(size + 2);
            }
            line(in);
        }
        return head.get(0);
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c = in.read();
        if (c == -1) {
            return null;
        }
        for (; c != -1 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Test
    void after_a_401_answered_without_reading_the_body() throws Exception {
        assertThat(twoRequestsOnOneConnection("POST /api/session/regles-utilisation HTTP/1.1\r\n"))
                .containsExactly("HTTP/1.1 401 Unauthorized", "HTTP/1.1 404 Not Found");
    }

    @Test
    void after_a_403_of_another_origin() throws Exception {
        assertThat(twoRequestsOnOneConnection("POST /api/session/regles-utilisation HTTP/1.1\r\n"
                + "Origin: https://pirate.example\r\n"))
                .containsExactly("HTTP/1.1 403 Forbidden", "HTTP/1.1 404 Not Found");
    }

    @Test
    void after_a_404_of_an_unknown_address() throws Exception {
        assertThat(twoRequestsOnOneConnection("PUT /api/nulle-part HTTP/1.1\r\n"))
                .containsExactly("HTTP/1.1 404 Not Found", "HTTP/1.1 404 Not Found");
    }
}
