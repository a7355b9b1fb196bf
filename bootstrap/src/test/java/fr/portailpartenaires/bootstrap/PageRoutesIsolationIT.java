package fr.portailpartenaires.bootstrap;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every page route over plain HTTP, as issue 18 asks (« no page of another partner or convention is reachable by
 * editing a URL or a hidden field: tested with an HTTP client over every page route, as for the JSON API »). The
 * routes are the server's own, as Javalin added them ({@link PortalServer#routes()}): a route outside {@code /api/}
 * that this class neither calls public nor login-only nor « no page » fails the first test, so a new page cannot be
 * forgotten here. Then, on every route: an anonymous visitor is sent to the login page (or given the public page); a
 * user of another partner, Alex7 of Association Ciel Bleu, given the addresses of Lea62's user, order, documents and
 * slip (Ergothérapie des Flandres), gets the 403 or 404 page and nothing of hers on any page, and none of her forms
 * naming an id changes anything; no form is taken without its anti-forgery token, logged in or not.
 */
class PageRoutesIsolationIT {

    @RegisterExtension
    static final PortalExtension server = PortalExtension.onH2().clockAt(PaidSlips.T0)
            .customize(builder -> builder.backgroundJobs(false)).build();

    /** Routes outside the API that are no pages: files, health, metrics, the API's description (guarded elsewhere). */
    private static final Set<String> NOT_PAGES = Set.of("GET /assets/{file}", "GET /health", "GET /health/live",
            "GET /metrics", "GET /openapi.json", "GET /api-docs", "GET /api-docs/init.js", "GET /api-docs/{file}");

    /** What an anonymous visitor gets from a public page: the page, or a redirect to another public page. */
    private record Answer(int status, String location) {
    }

    private static final Answer SHOWN = new Answer(200, null);

    /**
     * The pages anyone may open, and what an anonymous visitor gets there. A page shown once after a form (its content
     * travels in a one-minute cookie) leads back to its form when there is nothing to show; the article called is not
     * published yet at the test's date (March 2025), so it is the 404 page.
     */
    private static final Map<String, Answer> PUBLIC = Map.ofEntries(entry("/", SHOWN), entry("/cgu", SHOWN),
            entry("/actualites", SHOWN), entry("/actualites/{article}", new Answer(404, null)),
            entry("/services", SHOWN), entry("/documentation", SHOWN), entry("/offre-retraites", SHOWN),
            entry("/regles-usage", SHOWN), entry("/qui-sommes-nous", SHOWN), entry("/faq", SHOWN),
            entry("/mentions-legales", SHOWN), entry("/accessibilite", SHOWN), entry("/plan-du-site", SHOWN),
            entry("/connexion", SHOWN), entry("/deconnexion", SHOWN), entry("/mot-de-passe-oublie", SHOWN),
            entry("/identifiant-oublie", SHOWN), entry("/contact", SHOWN), entry("/inscription", SHOWN),
            entry("/inscription/convention", SHOWN), entry("/inscription/formulaire", SHOWN),
            entry("/inscription/terminee", new Answer(303, "/inscription")),
            entry("/compte/adresse-mail/confirmation", SHOWN),
            entry("/compte/adresse-mail/confirmee", new Answer(303, "/compte/adresse-mail")));

    /** The pages of a logged-in user: an anonymous visitor is sent to {@code /connexion}. */
    private static final Set<String> LOGGED_IN = Set.of("/bienvenue", "/compte/mot-de-passe", "/compte/regles-usage",
            "/compte/adresse-mail", "/administration", "/administration/partenaire", "/administration/adresse",
            "/administration/utilisateurs", "/administration/utilisateurs/{id}/suppression",
            "/administration/conventions", "/services/habitat/commandes", "/services/habitat/commandes/{id}/attestation",
            "/services/habitat/commandes/{id}/sans-suite", "/services/habitat/commandes/{id}/{document}",
            "/services/bordereaux", "/services/bordereaux/{id}/{format}", "/services/historique-echanges");

    private static final Pattern PARAMETER = Pattern.compile("\\{[^}]+}");

    private static PaidSlips data;
    /** Each route naming something in its path → the address of Lea's (or of a public article). */
    private static Map<String, String> leas;
    /** What only a page of Lea's partner may show. */
    private static List<String> hers;
    private static PageClient lea;
    private static PageClient alex;

    @BeforeAll
    static void leasPartnerWithAnOrderASlipAndUsers_andAlexOfAnother() {
        data = PaidSlips.setUp(server);
        lea = PageClient.loggedIn(server, DemoData.ERGOTHERAPEUTE);
        alex = PageClient.loggedIn(server, DemoData.PARTNER_ADMIN);
        var order = lea.api("/api/habitat/commandes").body().path("commandes").get(0);
        String orderId = order.path("id").asText();
        String leaId = server.portal().infra().accounts().findByLogin(DemoData.ERGOTHERAPEUTE.login().toLowerCase(java.util.Locale.ROOT)).orElseThrow()
                .id().value().toString();
        String history = "/services/historique-echanges?du=01/03/2025&au=31/03/2025&convention=" + data.convention();
        leas = Map.ofEntries(
                entry("GET /actualites/{article}", "/actualites/2026-11-20-ouverture-du-portail"),
                entry("GET /compte/adresse-mail/confirmation", "/compte/adresse-mail/confirmation?jeton=du-courriel"),
                entry("GET /administration/utilisateurs/{id}/suppression",
                        "/administration/utilisateurs/" + leaId + "/suppression"),
                entry("POST /administration/utilisateurs/{id}", "/administration/utilisateurs/" + leaId),
                entry("POST /administration/utilisateurs/{id}/suppression",
                        "/administration/utilisateurs/" + leaId + "/suppression"),
                entry("GET /services/habitat/commandes/{id}/attestation",
                        "/services/habitat/commandes/" + orderId + "/attestation"),
                entry("POST /services/habitat/commandes/{id}/attestation",
                        "/services/habitat/commandes/" + orderId + "/attestation"),
                entry("POST /services/habitat/commandes/{id}/transmission",
                        "/services/habitat/commandes/" + orderId + "/transmission"),
                entry("GET /services/habitat/commandes/{id}/sans-suite",
                        "/services/habitat/commandes/" + orderId + "/sans-suite"),
                entry("POST /services/habitat/commandes/{id}/sans-suite",
                        "/services/habitat/commandes/" + orderId + "/sans-suite"),
                entry("GET /services/habitat/commandes/{id}/{document}",
                        "/services/habitat/commandes/" + orderId + "/eva.pdf"),
                entry("GET /services/bordereaux/{id}/{format}", "/services/bordereaux/" + data.slip() + "/pdf"),
                entry("GET /services/historique-echanges", history));
        hers = List.of("Ergothérapie des Flandres", "MERCIER", DemoData.ERGOTHERAPEUTE.login(), PaidSlips.REFERENCE,
                order.path("nir").asText(), order.path("nom").asText(), orderId, data.slip(), leaId);
    }

    /** The page routes the server answers: every route outside the API but the {@link #NOT_PAGES}. */
    private static List<String> pageRoutes(String method) {
        return server.routes().stream().filter(route -> !route.split(" ")[1].startsWith("/api/"))
                .filter(route -> !NOT_PAGES.contains(route)).filter(route -> route.startsWith(method + " "))
                .sorted().toList();
    }

    /** The address to call for a route: Lea's for a route naming something, else the route itself. */
    private static String address(String route) {
        String path = route.split(" ")[1];
        return leas.getOrDefault(route, path);
    }

    private static boolean namesSomething(String route) {
        return PARAMETER.matcher(route).find();
    }

    @Test
    void every_route_outside_the_api_is_called_public_or_login_only_here_or_is_no_page() {
        Set<String> served = new TreeSet<>(server.routes());
        assertThat(served).as("the server's routes, as Javalin added them").contains("GET /connexion", "POST /connexion",
                "GET /services/bordereaux/{id}/{format}");
        List<String> unclassified = new ArrayList<>();
        List<String> withoutAddress = new ArrayList<>();
        for (String route : served) {
            String[] methodAndPath = route.split(" ");
            if (methodAndPath[1].startsWith("/api/") || NOT_PAGES.contains(route)) {
                continue;
            }
            if (!methodAndPath[0].equals("POST") && !(methodAndPath[0].equals("GET")
                    && (PUBLIC.containsKey(methodAndPath[1]) || LOGGED_IN.contains(methodAndPath[1])))) {
                unclassified.add(route);
            }
            if (namesSomething(route) && !leas.containsKey(route)) {
                withoutAddress.add(route);
            }
        }
        assertThat(unclassified).as("page routes this test does not classify: add each to PUBLIC or LOGGED_IN")
                .isEmpty();
        assertThat(withoutAddress).as("routes naming something without an address of Lea's to call them with")
                .isEmpty();
        List<String> stale = new ArrayList<>();
        PUBLIC.keySet().forEach(path -> addIfNotServed(stale, served, "GET " + path));
        LOGGED_IN.forEach(path -> addIfNotServed(stale, served, "GET " + path));
        NOT_PAGES.forEach(route -> addIfNotServed(stale, served, route));
        assertThat(stale).as("routes classified here that the server no longer has").isEmpty();
    }

    private static void addIfNotServed(List<String> stale, Set<String> served, String route) {
        if (!served.contains(route)) {
            stale.add(route);
        }
    }

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_page_from_every_page_but_the_public_ones() {
        PageClient anonymous = new PageClient(server.url());
        for (String route : pageRoutes("GET")) {
            String path = route.split(" ")[1];
            HttpResponse<byte[]> answer = anonymous.download(address(route));
            Answer expected = PUBLIC.getOrDefault(path, new Answer(303, "/connexion"));
            assertThat(answer.statusCode()).as(route).isEqualTo(expected.status());
            if (expected.location() == null) {
                assertThat(answer.headers().firstValue("Content-Type")).as(route).hasValueSatisfying(type ->
                        assertThat(type).startsWith("text/html"));
            } else {
                assertThat(answer.headers().firstValue("Location")).as(route).hasValue(expected.location());
            }
        }
    }

    @Test
    void lea_opens_each_address_of_hers_that_the_other_tests_call() {
        for (String route : pageRoutes("GET")) {
            if (LOGGED_IN.contains(route.split(" ")[1]) && leas.containsKey(route)) {
                HttpResponse<byte[]> answer = lea.download(address(route));
                assertThat(answer.statusCode()).as(route + ": the address is really hers").isEqualTo(200);
            }
        }
        assertThat(lea.get(address("GET /services/historique-echanges")).body())
                .contains("Récupération du bordereau de paiement " + PaidSlips.REFERENCE);
    }

    @Test
    void a_user_of_another_partner_is_refused_leas_addresses_and_sees_nothing_of_hers_on_any_page() {
        for (String route : pageRoutes("GET")) {
            HttpResponse<byte[]> answer = alex.download(address(route));
            if (namesSomething(route) && !PUBLIC.containsKey(route.split(" ")[1])) {
                assertThat(answer.statusCode()).as(route).isIn(403, 404);
            }
            assertThat(new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8)).as(route)
                    .doesNotContain(hers);
        }
    }

    @Test
    void a_user_of_another_partner_changes_nothing_of_leas_by_a_form_naming_her_ids() {
        Map<String, String> before = leasState();
        Map<String, String> fields = Map.of("nom", "PIRATE", "prenom", "Pierre", "email", "pirate@pirate.example",
                "dateVisite", "19/03/2025", "action", "transmettre", "motif", "DECES");
        for (String route : pageRoutes("POST")) {
            if (namesSomething(route)) {
                HttpResponse<String> answer = alex.post(address(route), fields);
                assertThat(answer.statusCode()).as(route).isIn(403, 404);
                assertThat(answer.body()).as(route).doesNotContain(hers);
            }
        }
        assertThat(leasState()).isEqualTo(before);
    }

    @Test
    void no_form_is_taken_without_its_token_logged_in_or_not() {
        Map<String, String> before = leasState();
        PageClient anonymous = new PageClient(server.url());
        anonymous.get("/connexion");
        Map<String, String> fields = Map.of("login", DemoData.ERGOTHERAPEUTE.login(),
                "motDePasse", DemoData.ERGOTHERAPEUTE.password(), "dateVisite", "19/03/2025", "action", "transmettre",
                "motif", "DECES", "convention", data.second(), "retour", "/services");
        List<String> posts = pageRoutes("POST");
        assertThat(posts).as("the forms").contains("POST /connexion", "POST /deconnexion",
                "POST /services/habitat/commandes/{id}/transmission", "POST /administration/utilisateurs");
        for (String route : posts) {
            for (PageClient visitor : List.of(lea, anonymous)) {
                HttpResponse<String> answer = visitor.postRaw(address(route), fields);
                assertThat(answer.statusCode()).as(route).isEqualTo(403);
                assertThat(answer.body()).as(route).contains("jeton anti-falsification absent ou périmé");
            }
            HttpResponse<String> forged = lea.postRaw(address(route), withToken(fields, "un-jeton-invente"));
            assertThat(forged.statusCode()).as(route + " with a forged token").isEqualTo(403);
        }
        assertThat(leasState()).isEqualTo(before);
        assertThat(lea.api("/api/session/convention").body().path("selection").path("id").asText())
                .isEqualTo(data.convention());
    }

    private static Map<String, String> withToken(Map<String, String> fields, String token) {
        Map<String, String> all = new java.util.HashMap<>(fields);
        all.put("csrf", token);
        return all;
    }

    /** What a form could change of Lea's partner: its users, its orders, its details, her session. */
    private static Map<String, String> leasState() {
        return Map.of("users", lea.api("/api/partenaire/utilisateurs").raw(),
                "orders", lea.api("/api/habitat/commandes?limite=100").raw(),
                "partner", lea.api("/api/partenaire/fiche").raw());
    }
}
