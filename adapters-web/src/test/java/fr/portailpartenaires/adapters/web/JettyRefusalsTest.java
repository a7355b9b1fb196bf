package fr.portailpartenaires.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A request Jetty refuses itself (a bad escape, an address or headers over 8 KB, a control character in a cookie) ends
 * its connection, and the answer says so ({@code Connection: close}): a client keeping its connections alive would
 * otherwise send its next request on a closed one and get no answer (found by {@code HttpFuzzIT}: "HTTP/1.1 header
 * parser received no bytes" on a small POST sent after a 414 on the same connection; a client retries only idempotent
 * requests).
 */
class JettyRefusalsTest {

    private Javalin app;

    @BeforeEach
    void start() {
        app = PortalApp.create(Anonymous.sessions(), List.of()).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    /** The answer's status line and headers (lower-case names), read off a connection left open by the client. */
    private List<String> headOfTheAnswerTo(String head) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "Host: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != -1; c = in.read()) {
                if (c == '\n') {
                    if (line.isEmpty()) {
                        break;
                    }
                    lines.add(lines.isEmpty() ? line.toString() : line.toString().toLowerCase(Locale.ROOT));
                    line.setLength(0);
                } else if (c != '\r') {
                    line.append((char) c);
                }
            }
            return lines;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "GET /api/partenaire%zz HTTP/1.1\r\n",
        "GET /api/partenaire%C3%28 HTTP/1.1\r\n",
        "GET /api/referentiel/regimes?q=NINE_KB HTTP/1.1\r\n",
        "GET /api/referentiel/regimes HTTP/1.1\r\nX-Rembourrage: NINE_KB\r\n",
        "GET /api/partenaire HTTP/1.1\r\nCookie: portail_session=ab\u0001cd\r\n"})
    void a_request_jetty_refuses_gets_an_answer_saying_that_its_connection_closes(String head) throws Exception {
        List<String> answer = headOfTheAnswerTo(head.replace("NINE_KB", "a".repeat(9 * 1024)));

        assertThat(answer.get(0)).matches("HTTP/1.1 4\\d\\d .*");
        assertThat(answer).as(answer.get(0)).contains("connection: close");
    }
}
