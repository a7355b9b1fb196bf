package fr.portailpartenaires.adapters.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.adapters.web.Anonymous;
import fr.portailpartenaires.adapters.web.PortalApp;
import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.SessionCookie;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A page reaches the browser in UTF-8, as its {@code Content-Type} says: the templates' own text (compiled to bytes)
 * and the values written into it (encoded as they are written) alike — no « Ã© » for « é », no « â‚¬ » for « € ».
 */
class PagesRenderingTest {

    /** A refusal as a use case words it: accents, French quotation marks, the euro sign, a typographic apostrophe. */
    private static final String MESSAGE = "Déjà « réglée » : la facture de 12,50 € n’est plus modifiable.";

    private final HttpClient client = HttpClient.newHttpClient();
    private Javalin app;

    @BeforeEach
    void start() {
        SessionCookie sessions = Anonymous.sessions();
        Pages pages = new Pages(Site.of(Site.Profile.PPAS), sessions,
                principal -> new Pages.Visitor("Léa Ergothérapeute", false));
        RouteGroup refusal = routes -> routes.get("/essai",
                ctx -> pages.error(ctx, 422, MESSAGE, Optional.empty()));
        app = PortalApp.create(sessions, List.of(refusal), pages).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void french_text_is_sent_in_utf_8_whether_the_template_or_a_value_holds_it() throws Exception {
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + app.port() + "/essai")).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type.replace(" ", "")).isEqualToIgnoringCase("text/html;charset=utf-8"));
        String page = strictUtf8(response.body());
        assertThat(page)
                .contains(MESSAGE)
                .contains("<title>Opération refusée – ")
                .contains("Revenir à l'accueil", "— logiciel libre.")
                .contains(">Accessibilité : non conforme<", ">Mentions légales<")
                .doesNotContain("Ã", "Â", "â€");
    }

    /** The bytes read as UTF-8, refusing any byte sequence that is not (where a lenient decoder would put a �). */
    private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }
}
