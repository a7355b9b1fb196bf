package fr.portailpartenaires.adapters.web.habitat;

import fr.portailpartenaires.adapters.web.PathIds;
import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.pages.ConventionSelector;
import fr.portailpartenaires.adapters.web.pages.Form;
import fr.portailpartenaires.adapters.web.pages.FrenchDates;
import fr.portailpartenaires.adapters.web.pages.Pages;
import fr.portailpartenaires.adapters.web.pages.QueryString;
import fr.portailpartenaires.application.habitat.DownloadHabitatDocuments;
import fr.portailpartenaires.application.habitat.WorkOnHabitatFiles;
import fr.portailpartenaires.application.habitat.WorkOnHabitatFiles.FileView;
import fr.portailpartenaires.application.habitat.WorkOnHabitatFiles.ListRequest;
import fr.portailpartenaires.application.habitat.WorkOnHabitatFiles.OrderPage;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.domain.habitat.SansSuiteMotif;
import fr.portailpartenaires.domain.habitat.WorkType;
import fr.portailpartenaires.domain.shared.Result;
import fr.portailpartenaires.domain.shared.TypedDates;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Habitat / Ergothérapeute (PPAS Habitat manual §3): « Commandes des interventions » — filters, NIR search, sorts and
 * pages as links and GET forms (each state has its own address), the Contact and the date de transmission shown on
 * hover and on keyboard focus by the stylesheet alone — then the « Attestation de visite » form (Sauvegarder /
 * Transmettre), « Att. Visite sans suite », and the Eva / AV / Aide PDFs. Same use cases as the JSON API.
 */
public record HabitatPages(WorkOnHabitatFiles files, DownloadHabitatDocuments documents, ConventionSelector selector,
        Pages pages) implements RouteGroup {

    static final String LIST = "/services/habitat/commandes";
    static final List<String> CERTIFICATE_FIELDS = List.of("dateVisite", "observations", "travaux", "preconisations");
    static final List<String> SANS_SUITE_FIELDS = List.of("motif", "commentaire");

    /** A filter of the list: its code for the use case, its label, its address. */
    public record Filter(String code, String label) {
        public String href() {
            return QueryString.EMPTY.and("filtre", code).after(LIST);
        }
    }

    /**
     * The list's state, to draw its links (sorts, filters, next page) and keep it through them. A NIR is searched
     * by a POST form and never written in an address (nor, so, in a log or the browser's history): the links of a
     * search's answer lead back to the list without it.
     */
    public record ListState(String filtre, String tri, String ordre, String nir) {
        public String sortHref(String column, String order) {
            return QueryString.EMPTY.and("filtre", filtre).and("tri", column).and("ordre", order).after(LIST);
        }

        public boolean sortedBy(String column, String order) {
            return column.equals(tri) && order.equals(ordre);
        }

        public String nextHref(String cursor) {
            return QueryString.EMPTY.and("filtre", filtre).and("tri", tri).and("ordre", ordre).and("curseur", cursor)
                    .after(LIST);
        }
    }

    public static final List<Filter> FILTERS = List.of(new Filter("", "Dossiers en cours"),
            new Filter("VISITE_A_FAIRE", "Visite à faire"), new Filter("RELANCE", "Relance"),
            new Filter("CLOS", "Dossier clos"));

    /** A check box or radio of the forms. */
    public record Option(String value, String label, boolean checked) {
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get(LIST, this::list);
        routes.post(LIST + "/recherche", this::search);
        routes.get(LIST + "/{id}/attestation", ctx -> withFile(ctx, (principal, file) ->
                certificate(ctx, file, certificateForm(file), 200)));
        routes.post(LIST + "/{id}/attestation", this::saveCertificate);
        routes.post(LIST + "/{id}/transmission", this::transmitFromList);
        routes.get(LIST + "/{id}/sans-suite", ctx -> withFile(ctx, (principal, file) ->
                sansSuite(ctx, file, Form.empty(SANS_SUITE_FIELDS.toArray(String[]::new)), 200)));
        routes.post(LIST + "/{id}/sans-suite", this::declareSansSuite);
        routes.get(LIST + "/{id}/{document}", this::document);
    }

    // ---------------------------------------------------------------- the list

    private void list(Context ctx) {
        pages.requireLogin(ctx, false).ifPresent(principal -> {
            ListState state = new ListState(param(ctx, "filtre"), param(ctx, "tri"), param(ctx, "ordre"), "");
            showList(ctx, principal, state, param(ctx, "curseur"), Map.of(), 200);
        });
    }

    /** The NIR search: its answer is this POST's page (no redirect: the NIR would go in the address). */
    private void search(Context ctx) {
        pages.requireLogin(ctx, false).ifPresent(principal -> showList(ctx, principal,
                new ListState(Form.param(ctx, "filtre").strip(), "", "", Form.param(ctx, "nir").strip()), "",
                Map.of(), 200));
    }

    private void showList(Context ctx, Principal principal, ListState state, String cursor,
            Map<String, List<String>> refusals, int status) {
        Outcome<OrderPage> page = files.list(principal, new ListRequest(blankToNull(state.filtre()),
                blankToNull(state.tri()), blankToNull(state.ordre()), blankToNull(state.nir()), blankToNull(cursor),
                null));
        Form search = new Form(List.of("nir"), state.nir().isEmpty() ? Map.of() : Map.of("nir", state.nir()),
                refusals);
        switch (page) {
            case Outcome.Done<OrderPage> done -> render(ctx, status, "habitat/commandes.jte",
                    "Commandes des interventions", Map.of("form", search, "state", state, "filters", FILTERS,
                            "rows", done.value().commandes(), "next", Optional.ofNullable(done.value().curseurSuivant()),
                            "firstPage", cursor.isEmpty(), "selector", selector.view(ctx, principal)));
            case Outcome.Invalid<OrderPage> invalid -> render(ctx, 422, "habitat/commandes.jte",
                    "Commandes des interventions", Map.of("form", search.withErrors(invalid.errors()), "state", state,
                            "filters", FILTERS, "rows", List.of(), "next", Optional.empty(), "firstPage", true,
                            "selector", selector.view(ctx, principal)));
            case Outcome.Refused<OrderPage> refused -> pages.refused(ctx, refused);
        }
    }

    private void transmitFromList(Context ctx) {
        withFile(ctx, (principal, file) -> {
            pages.answerForm(ctx, files.transmit(principal, file.commande().id(), ctx.ip()),
                    done -> pages.redirect(ctx, LIST, transmitted(done)),
                    errors -> showList(ctx, principal, new ListState("", "", "", ""), "",
                            Map.of("", errors.values().stream().flatMap(List::stream).toList()), 422));
        });
    }

    // ---------------------------------------------------------------- the certificate

    private static Form certificateForm(FileView file) {
        var certificate = file.attestation();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("dateVisite", certificate.dateVisite() == null ? null : FrenchDates.day(certificate.dateVisite()));
        values.put("observations", certificate.observations());
        values.put("travaux", certificate.travaux() == null ? "" : String.join(",", certificate.travaux()));
        values.put("preconisations", certificate.preconisations());
        values.values().removeIf(java.util.Objects::isNull);
        return new Form(CERTIFICATE_FIELDS, values, Map.of());
    }

    private void certificate(Context ctx, FileView file, Form form, int status) {
        Set<String> chosen = Arrays.stream(form.value("travaux").split(",")).filter(s -> !s.isBlank())
                .collect(Collectors.toSet());
        List<Option> works = Arrays.stream(WorkType.values())
                .map(type -> new Option(type.name(), type.label(), chosen.contains(type.name()))).toList();
        render(ctx, status, "habitat/attestation.jte", "Attestation de visite", Map.of("file", file, "form", form,
                "works", works, "editable", editable(file)));
    }

    private static boolean editable(FileView file) {
        return file.commande().actions().contains("MODIFIER") || file.commande().actions().contains("CREER");
    }

    private void saveCertificate(Context ctx) {
        withFile(ctx, (principal, file) -> {
            List<String> works = ctx.formParams("travaux");
            Form form = Form.typed(ctx, CERTIFICATE_FIELDS, List.of()).with("travaux", String.join(",", works));
            // a date mistyped on a certificate that can still change is the form's error; on one that cannot, the
            // use case's refusal says why (it checks the state before the form)
            Result<Optional<LocalDate>> visited = visitDate(Form.param(ctx, "dateVisite"));
            if (visited instanceof Result.Refused<Optional<LocalDate>> refused && editable(file)) {
                certificate(ctx, file, form.withErrors(Map.of("dateVisite", List.of(refused.refusal().message()))),
                        422);
                return;
            }
            LocalDate date = visited instanceof Result.Ok<Optional<LocalDate>> ok ? ok.value().orElse(null) : null;
            var certificate = new WorkOnHabitatFiles.CertificateForm(date,
                    Form.param(ctx, "observations"), works, Form.param(ctx, "preconisations"));
            UUID id = file.commande().id();
            Outcome<FileView> saved = "AUCUNE".equals(file.commande().attestation())
                    ? files.createCertificate(principal, id, certificate, ctx.ip())
                    : files.modifyCertificate(principal, id, certificate, ctx.ip());
            boolean transmit = "transmettre".equals(ctx.formParam("action"));
            pages.answerForm(ctx, saved, done -> {
                if (!transmit) {
                    pages.redirect(ctx, LIST, "L'attestation de visite de " + who(done)
                            + " est sauvegardée : elle n'est pas encore transmise à la caisse.");
                    return;
                }
                Outcome<FileView> sent = files.transmit(principal, id, ctx.ip());
                if (sent instanceof Outcome.Done<FileView> transmitted) {
                    pages.redirect(ctx, LIST, transmitted(transmitted.value()));
                } else {
                    certificate(ctx, done, form.withErrors(errorsOf(sent,
                            "L'attestation est sauvegardée, mais elle n'a pas pu être transmise : ")), 422);
                }
            }, errors -> certificate(ctx, file, form.withErrors(errors), 422));
        });
    }

    /**
     * The date of visit as people type it, {@code JJ/MM/AAAA}, strictly (a day the calendar lacks is refused, not
     * moved); blank is no date yet, as a draft may have.
     */
    static Result<Optional<LocalDate>> visitDate(String raw) {
        if (raw == null || raw.isBlank()) {
            return Result.ok(Optional.empty());
        }
        return TypedDates.jjMmAaaa(raw, "date_visite", "La date de visite").map(Optional::of);
    }

    /** A refused transmission's errors, each field's own, the others at the top after the prefix. */
    private static Map<String, List<String>> errorsOf(Outcome<FileView> outcome, String prefix) {
        return switch (outcome) {
            case Outcome.Invalid<FileView> invalid -> invalid.errors();
            case Outcome.Refused<FileView> refused -> Map.of("", List.of(prefix + refused.refusal().message()));
            case Outcome.Done<FileView> done -> Map.of();
        };
    }

    // ---------------------------------------------------------------- sans suite

    private void sansSuite(Context ctx, FileView file, Form form, int status) {
        List<Option> motifs = Arrays.stream(SansSuiteMotif.values())
                .map(motif -> new Option(motif.name(), motif.label(), motif.name().equals(form.value("motif"))))
                .toList();
        render(ctx, status, "habitat/sans-suite.jte", "Attestation de visite sans suite", Map.of("file", file,
                "form", form, "motifs", motifs, "editable", file.commande().actions().contains("SANS_SUITE")));
    }

    private void declareSansSuite(Context ctx) {
        withFile(ctx, (principal, file) -> {
            Form form = Form.typed(ctx, SANS_SUITE_FIELDS, List.of());
            pages.answerForm(ctx, files.declareSansSuite(principal, file.commande().id(),
                            new WorkOnHabitatFiles.SansSuiteForm(Form.param(ctx, "motif"),
                                    Form.param(ctx, "commentaire")), ctx.ip()),
                    done -> pages.redirect(ctx, LIST, "Le dossier de " + who(done)
                            + " est transmis sans suite à la caisse : il est clos."),
                    errors -> sansSuite(ctx, file, form.withErrors(errors), 422));
        });
    }

    // ---------------------------------------------------------------- the PDFs

    private void document(Context ctx) {
        pages.requireLogin(ctx, false).ifPresent(principal -> {
            Optional<DownloadHabitatDocuments.Kind> kind = switch (ctx.pathParam("document")) {
                case "eva.pdf" -> Optional.of(DownloadHabitatDocuments.Kind.EVA);
                case "av.pdf" -> Optional.of(DownloadHabitatDocuments.Kind.AV);
                case "aide.pdf" -> Optional.of(DownloadHabitatDocuments.Kind.AIDE);
                default -> Optional.empty();
            };
            Optional<UUID> id = PathIds.parse(ctx.pathParam("id"));
            if (kind.isEmpty() || id.isEmpty()) {
                pages.error(ctx, 404);
                return;
            }
            switch (documents.document(principal, id.get(), kind.get(), ctx.ip())) {
                case Outcome.Done<DownloadHabitatDocuments.HabitatDocument> done -> {
                    ctx.header("Content-Disposition", "inline; filename=\"" + done.value().fileName() + "\"");
                    ctx.header("Cache-Control", "no-store");
                    ctx.contentType("application/pdf").result(HabitatPdfs.render(done.value()));
                }
                case Outcome.Invalid<DownloadHabitatDocuments.HabitatDocument> invalid -> pages.error(ctx, 404);
                case Outcome.Refused<DownloadHabitatDocuments.HabitatDocument> refused -> pages.refused(ctx, refused);
            }
        });
    }

    // ---------------------------------------------------------------- shared

    private void render(Context ctx, int status, String template, String title, Map<String, Object> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("list", LIST);
        pages.render(ctx, status, template, title, all);
    }

    /** The logged-in user and the file of the address's id, or the page the use case's refusal calls for. */
    private void withFile(Context ctx, BiConsumer<Principal, FileView> then) {
        pages.requireLogin(ctx, false).ifPresent(principal -> {
            Optional<UUID> id = PathIds.parse(ctx.pathParam("id"));
            if (id.isEmpty()) {
                pages.error(ctx, 404, "Commande introuvable.", Optional.empty());
                return;
            }
            switch (files.file(principal, id.get())) {
                case Outcome.Done<FileView> done -> then.accept(principal, done.value());
                case Outcome.Invalid<FileView> invalid -> pages.error(ctx, 404);
                case Outcome.Refused<FileView> refused -> pages.refused(ctx, refused);
            }
        });
    }

    private static String transmitted(FileView file) {
        return "L'attestation de visite de " + who(file) + " est transmise à la caisse.";
    }

    private static String who(FileView file) {
        return file.commande().prenom() + " " + file.commande().nom();
    }

    private static String param(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
