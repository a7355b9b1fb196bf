package fr.portailpartenaires.adapters.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.adapters.web.Anonymous;
import fr.portailpartenaires.adapters.web.PortalApp;
import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.SessionCookie;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.user.UserId;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A logged-in visitor's page while the database is down: the use case fails to reach it, and the 503 page is drawn as
 * for an anonymous visitor, without asking the database for the visitor's header again (which would fail too, and
 * turn the 503 into a 500: found by {@code FaultInjectionIT}, pinned here without its timing).
 */
class UnavailablePageTest {

    private static final Principal LEA = new Principal.PartnerUser(new UserId(UUID.randomUUID()), PartnerId.random(),
            Optional.empty(), new Principal.Session("session-lea", "csrf-lea", false, false));

    private final HttpClient client = HttpClient.newHttpClient();
    private final AtomicInteger visitorReads = new AtomicInteger();
    private Javalin app;

    @BeforeEach
    void start() {
        SessionCookie sessions = Anonymous.sessionsOf(LEA);
        Pages pages = new Pages(Site.of(Site.Profile.PPAS), sessions, principal -> {
            visitorReads.incrementAndGet();
            throw new IllegalStateException("database down",
                    new SQLTransientConnectionException("portail - Connection is not available"));
        });
        RouteGroup page = routes -> routes.get("/services/essai", ctx -> pages.requireLogin(ctx, false)
                .ifPresent(principal -> {
                    throw new IllegalStateException("the use case cannot reach the database",
                            new SQLTransientConnectionException("portail - Connection is not available"));
                }));
        app = PortalApp.create(sessions, List.of(page), pages).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void the_page_says_the_service_is_unavailable_without_reading_the_visitor() throws Exception {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + app.port() + "/services/essai"))
                .header("Accept", "text/html").header("Cookie", SessionCookie.NAME + "=session-lea").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html"));
        assertThat(answer.body()).contains("Le service est momentanément indisponible.");
        assertThat(visitorReads).as("the visitor's header is not read from a database that is down").hasValue(0);
    }
}
