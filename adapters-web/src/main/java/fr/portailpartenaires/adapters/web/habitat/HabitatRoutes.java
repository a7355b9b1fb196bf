package fr.portailpartenaires.adapters.web.habitat;

import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.Outcomes;
import fr.portailpartenaires.adapters.web.PathIds;
import fr.portailpartenaires.adapters.web.PortalApp;
import fr.portailpartenaires.adapters.web.Problem;
import fr.portailpartenaires.adapters.web.Requests;
import fr.portailpartenaires.adapters.web.SessionCookie;
import fr.portailpartenaires.application.habitat.DownloadHabitatDocuments;
import fr.portailpartenaires.application.habitat.ManageHabitatOrders;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.habitat.WorkOnHabitatFiles;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The Habitat service (spec §4): the ergothérapeute's list of intervention orders and the visit certificate of
 * each, the file's PDFs, and the caisse's back-office (orders, decisions). A NIR is searched with a POST body, so
 * that it never appears in a URL (nor in the logs of a proxy).
 */
public record HabitatRoutes(ManageHabitatOrders backOffice, WorkOnHabitatFiles files,
        DownloadHabitatDocuments documents, SessionCookie sessions) implements RouteGroup {

    private static final String ORDER = "/api/habitat/commandes/{id}";
    private static final Problem CONVENTION_NOT_FOUND =
            Problem.notFound("Cette convention est introuvable.", "convention.introuvable");
    private static final Problem ORDER_NOT_FOUND =
            Problem.notFound("Cette commande d'intervention est introuvable.", "commande.introuvable");

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/habitat/commandes", this::list);
        routes.post("/api/habitat/commandes/recherche", this::search);
        routes.get(ORDER, this::file);
        routes.post(ORDER + "/attestation", this::createCertificate);
        routes.put(ORDER + "/attestation", this::modifyCertificate);
        routes.delete(ORDER + "/attestation", this::deleteCertificate);
        routes.post(ORDER + "/attestation/transmission", this::transmit);
        routes.post(ORDER + "/sans-suite", this::sansSuite);
        routes.get(ORDER + "/documents/{document}", this::document);
        routes.post("/api/caisse/habitat/commandes", this::createOrder);
        routes.post("/api/caisse/habitat/commandes/{id}/decision", this::recordDecision);
        routes.get("/api/caisse/suivi/conventions/{id}/commandes", this::ordersOfAConvention);
    }

    /** The caisse follows one of its conventions' orders: the ergothérapeute's list, without a NIR in the URL. */
    private void ordersOfAConvention(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> PathIds.withId(ctx, CONVENTION_NOT_FOUND, id -> {
            var request = new WorkOnHabitatFiles.ListRequest(ctx.queryParam("filtre"), ctx.queryParam("tri"),
                    ctx.queryParam("ordre"), null, ctx.queryParam("curseur"), Requests.limit(ctx));
            Outcomes.respond(ctx, backOffice.orders(principal, id, request));
        }));
    }

    private void list(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> {
            Integer limit = Requests.limit(ctx);
            var request = new WorkOnHabitatFiles.ListRequest(ctx.queryParam("filtre"), ctx.queryParam("tri"),
                    ctx.queryParam("ordre"), null, ctx.queryParam("curseur"), limit);
            Outcomes.respond(ctx, files.list(principal, request));
        });
    }

    private void search(Context ctx) {
        Requests.withPrincipalAndCommand(ctx, sessions, HabitatJson.ListRequestJson.class, (principal, request) ->
                Outcomes.respond(ctx, files.list(principal, request)));
    }

    private void file(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withId(ctx, id ->
                Outcomes.respond(ctx, files.file(principal, id), 200, file -> answer(ctx, file))));
    }

    private void createCertificate(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withId(ctx, id ->
                Requests.command(ctx, HabitatJson.CertificateJson.class, form ->
                        Outcomes.respond(ctx, files.createCertificate(principal, id, form, ctx.ip()), 201,
                                file -> answer(ctx, file)))));
    }

    private void modifyCertificate(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withId(ctx, id ->
                Requests.command(ctx, HabitatJson.CertificateJson.class, form ->
                        Outcomes.respond(ctx, files.modifyCertificate(principal, id, form, ctx.ip()), 200,
                                file -> answer(ctx, file)))));
    }

    private void deleteCertificate(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withId(ctx, id ->
                Outcomes.respond(ctx, files.deleteCertificate(principal, id, ctx.ip()), 200, file -> answer(ctx, file))));
    }

    private void transmit(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withId(ctx, id ->
                Outcomes.respond(ctx, files.transmit(principal, id, ctx.ip()), 200, file -> answer(ctx, file))));
    }

    private void sansSuite(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withId(ctx, id ->
                Requests.command(ctx, HabitatJson.SansSuiteJson.class, form ->
                        Outcomes.respond(ctx, files.declareSansSuite(principal, id, form, ctx.ip()), 200,
                                file -> answer(ctx, file)))));
    }

    private void document(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withId(ctx, id -> {
            Optional<DownloadHabitatDocuments.Kind> kind = kind(ctx.pathParam("document"));
            if (kind.isEmpty()) {
                PortalApp.problem(ctx,
                        Problem.notFound("Les documents d'un dossier sont eva, av et aide.", "document.inconnu"));
                return;
            }
            Outcome<DownloadHabitatDocuments.HabitatDocument> outcome =
                    documents.document(principal, id, kind.get(), ctx.ip());
            Outcomes.respond(ctx, outcome, 200, document -> {
                ctx.header("Content-Disposition", "inline; filename=\"" + document.fileName() + "\"");
                ctx.header("Cache-Control", "no-store");
                ctx.contentType("application/pdf").result(HabitatPdfs.render(document));
            });
        }));
    }

    private void createOrder(Context ctx) {
        Requests.withPrincipalAndCommand(ctx, sessions, HabitatJson.OrderJson.class, (principal, form) ->
                Outcomes.respond(ctx, backOffice.createOrder(principal, form, ctx.ip()), 201, ctx::json));
    }

    private void recordDecision(Context ctx) {
        Requests.principal(ctx, sessions).ifPresent(principal -> withId(ctx, id ->
                Requests.command(ctx, HabitatJson.DecisionJson.class, form ->
                        Outcomes.respond(ctx, backOffice.recordDecision(principal, id, form, ctx.ip()), 200,
                                file -> answer(ctx, file)))));
    }

    /** A file as the JSON API answers it, its labels made here ({@link HabitatLabels}). */
    private static void answer(Context ctx, WorkOnHabitatFiles.FileView file) {
        ctx.json(HabitatLabels.FileJson.of(file));
    }

    private static Optional<DownloadHabitatDocuments.Kind> kind(String raw) {
        return switch (raw == null ? "" : raw.toLowerCase(Locale.ROOT)) {
            case "eva" -> Optional.of(DownloadHabitatDocuments.Kind.EVA);
            case "av" -> Optional.of(DownloadHabitatDocuments.Kind.AV);
            case "aide" -> Optional.of(DownloadHabitatDocuments.Kind.AIDE);
            default -> Optional.empty();
        };
    }

    private static void withId(Context ctx, Consumer<UUID> action) {
        PathIds.withId(ctx, ORDER_NOT_FOUND, action);
    }
}
