package fr.portailpartenaires.adapters.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.adapters.web.Anonymous;
import fr.portailpartenaires.adapters.web.PortalApp;
import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.SessionCookie;
import fr.portailpartenaires.application.convention.ManageConventions.ConventionView;
import fr.portailpartenaires.application.convention.SelectConvention;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.domain.convention.ConventionId;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.user.UserId;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The layout of a service page (header, menus) and its convention selector are drawn from one read of the visitor per
 * request (issue 18's page benchmark: each extra statement of the layout costs the page a tenth of its JSON list's
 * throughput): the selector takes the selection the header read, and never asks its use case again.
 */
class LayoutReadOnceTest {

    private static final Principal LEA = new Principal.PartnerUser(new UserId(UUID.randomUUID()), PartnerId.random(),
            Optional.empty(), new Principal.Session("session-lea", "csrf-lea", false, false));
    private static final ConventionView SMALL = convention("757300");
    private static final ConventionView BIG = convention("757310");

    private final HttpClient client = HttpClient.newHttpClient();
    private final AtomicInteger visitorReads = new AtomicInteger();
    private final AtomicInteger selectionReads = new AtomicInteger();
    private final AtomicReference<ConventionSelector.View> shown = new AtomicReference<>();
    private Javalin app;

    @BeforeEach
    void start() {
        SessionCookie sessions = Anonymous.sessionsOf(LEA);
        Pages pages = new Pages(Site.of(Site.Profile.PPAS), sessions, principal -> {
            visitorReads.incrementAndGet();
            return new Pages.Visitor("Léa Ergothérapeute", false, Set.of(ServicePage.HABITAT_ORDERS),
                    Optional.of(new SelectConvention.Selection(Optional.of(BIG), List.of(SMALL, BIG))));
        });
        ConventionSelector selector = new ConventionSelector(new SelectConvention() {
            @Override
            public Outcome<Selection> selection(Principal partnerUser) {
                selectionReads.incrementAndGet();
                return Outcome.done(new Selection(Optional.empty(), List.of()));
            }

            @Override
            public Outcome<Selection> select(Principal partnerUser, ConventionId id) {
                throw new UnsupportedOperationException("nothing chosen in this test");
            }
        }, pages);
        RouteGroup page = routes -> routes.get("/services/essai", ctx -> pages.requireLogin(ctx, false)
                .ifPresent(principal -> {
                    shown.set(selector.view(ctx, principal));
                    pages.error(ctx, 404, "Rien ici.", Optional.empty());
                }));
        app = PortalApp.create(sessions, List.of(page), pages).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void reads_the_visitor_once_and_the_selector_shows_the_selection_the_header_read() throws Exception {
        HttpResponse<String> first = get("/services/essai");
        HttpResponse<String> second = get("/services/essai");

        assertThat(first.statusCode()).isEqualTo(404);
        assertThat(first.body()).contains("Léa Ergothérapeute");
        assertThat(second.statusCode()).isEqualTo(404);
        assertThat(visitorReads).as("one read of the visitor per request, shared by layout and selector").hasValue(2);
        assertThat(selectionReads).as("the selection use case is not asked again").hasValue(0);
        assertThat(shown.get().selected()).isEqualTo(BIG.id().toString());
        assertThat(shown.get().selectedLabel()).contains("CARSAT Nord-Picardie – convention 757310");
        assertThat(shown.get().several()).isTrue();
        assertThat(shown.get().returnTo()).isEqualTo("/services/essai");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .header("Accept", "text/html").header("Cookie", SessionCookie.NAME + "=session-lea").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static ConventionView convention(String code) {
        return new ConventionView(UUID.randomUUID(), "CNAV", "CARSAT_NP", "CARSAT Nord-Picardie", code,
                "PRESTATAIRE_ERGOTHERAPEUTE", "Prestataire ergothérapeute", "VALIDEE", "validée",
                Instant.parse("2025-01-06T09:00:00Z"));
    }
}
