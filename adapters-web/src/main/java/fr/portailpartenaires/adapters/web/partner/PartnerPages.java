package fr.portailpartenaires.adapters.web.partner;

import fr.portailpartenaires.adapters.web.PathIds;
import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.pages.AddressFields;
import fr.portailpartenaires.adapters.web.pages.Form;
import fr.portailpartenaires.adapters.web.pages.Pages;
import fr.portailpartenaires.adapters.web.pages.ReferenceChoices;
import fr.portailpartenaires.application.convention.ManageConventions;
import fr.portailpartenaires.application.partner.AdministerMyPartner;
import fr.portailpartenaires.application.partner.AdministerMyPartner.PartnerDetails;
import fr.portailpartenaires.application.partner.ManagePartnerUsers;
import fr.portailpartenaires.application.partner.ManagePartnerUsers.UserView;
import fr.portailpartenaires.application.reference.BrowseReferenceData;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.domain.user.UserId;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * « Modification inscription » (PPAS manual §1.1.3, §2): the partner's header (Nom, SIRET, Email, Téléphone) and the
 * tabs Partenaire · Adresse · Utilisateurs · Conventions, each tab a page of its own (a link: nothing needs a
 * script). The same use cases as the JSON API decide everything — who may (the partner's administrators), what is
 * valid, what is refused; a user or convention of another partner is "not found", as in the API.
 */
public record PartnerPages(AdministerMyPartner administration, ManagePartnerUsers users, ManageConventions conventions,
        BrowseReferenceData referenceData, Pages pages) implements RouteGroup {

    static final String ROOT = "/administration";
    static final List<String> PARTNER_FIELDS = List.of("nomPartenaire", "siret", "email", "telephone");
    static final List<String> USER_FIELDS = List.of("nom", "prenom", "login", "telephone", "email", "administrateur");
    static final List<String> CONVENTION_FIELDS = List.of("regime", "caisse", "codeConvention", "typePartenaire");

    /** The tabs, in the seed's order. */
    public enum Tab {
        PARTENAIRE("Partenaire", "/partenaire"), ADRESSE("Adresse", "/adresse"),
        UTILISATEURS("Utilisateurs", "/utilisateurs"), CONVENTIONS("Conventions", "/conventions");

        private final String label;
        private final String path;

        Tab(String label, String path) {
            this.label = label;
            this.path = path;
        }

        public String label() {
            return label;
        }

        public String href() {
            return ROOT + path;
        }
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get(ROOT, ctx -> pages.requireLogin(ctx, false).ifPresent(principal ->
                Pages.redirect(ctx, Tab.PARTENAIRE.href())));
        routes.get(Tab.PARTENAIRE.href(), ctx -> withDetails(ctx, (principal, details) ->
                partnerTab(ctx, details, partnerForm(details), 200)));
        routes.post(Tab.PARTENAIRE.href(), this::modifyData);
        routes.get(Tab.ADRESSE.href(), ctx -> withDetails(ctx, (principal, details) ->
                addressTab(ctx, details, new Form(AddressFields.FIELDS, AddressFields.values(details.adresse()),
                        Map.of()), 200)));
        routes.post(Tab.ADRESSE.href(), this::modifyAddress);
        routes.get(Tab.UTILISATEURS.href(), this::usersTab);
        routes.post(Tab.UTILISATEURS.href(), this::createUser);
        routes.post(Tab.UTILISATEURS.href() + "/{id}", this::modifyUser);
        routes.get(Tab.UTILISATEURS.href() + "/{id}/suppression", this::confirmDeletion);
        routes.post(Tab.UTILISATEURS.href() + "/{id}/suppression", this::deleteUser);
        routes.get(Tab.CONVENTIONS.href(), ctx -> withDetails(ctx, (principal, details) ->
                conventionsTab(ctx, principal, details, Form.empty(CONVENTION_FIELDS.toArray(String[]::new)), 200)));
        routes.post(Tab.CONVENTIONS.href(), this::requestConvention);
    }

    // ---------------------------------------------------------------- Partenaire

    private static Form partnerForm(PartnerDetails details) {
        Map<String, String> values = new HashMap<>();
        values.put("nomPartenaire", details.nomPartenaire());
        values.put("siret", details.siret());
        values.put("email", details.email());
        values.put("telephone", details.telephone());
        values.values().removeIf(java.util.Objects::isNull);
        return new Form(PARTNER_FIELDS, values, Map.of());
    }

    private void partnerTab(Context ctx, PartnerDetails details, Form form, int status) {
        render(ctx, status, Tab.PARTENAIRE, "partner/partenaire.jte", details, Map.of("form", form));
    }

    private void modifyData(Context ctx) {
        submit(ctx, Tab.PARTENAIRE, PARTNER_FIELDS, principal -> administration.modifyData(principal,
                        new AdministerMyPartner.PartnerDataForm(Form.param(ctx, "nomPartenaire"),
                                Form.param(ctx, "siret"), Form.param(ctx, "telephone"), Form.param(ctx, "email")),
                        ctx.ip()),
                "Les informations du partenaire ont été enregistrées.",
                (principal, details, form) -> partnerTab(ctx, details, form, 422));
    }

    // ---------------------------------------------------------------- Adresse

    private void addressTab(Context ctx, PartnerDetails details, Form form, int status) {
        render(ctx, status, Tab.ADRESSE, "partner/adresse.jte", details, Map.of("form", form));
    }

    private void modifyAddress(Context ctx) {
        submit(ctx, Tab.ADRESSE, AddressFields.FIELDS,
                principal -> administration.modifyAddress(principal, AddressFields.form(ctx), ctx.ip()),
                "L'adresse du partenaire a été enregistrée.",
                (principal, details, form) -> addressTab(ctx, details, form, 422));
    }

    // ---------------------------------------------------------------- Utilisateurs

    /** The list, and below it the creation form, or the modification form of the user the list's link chose. */
    private void usersTab(Context ctx) {
        withDetails(ctx, (principal, details) -> {
            Optional<UUID> chosen = PathIds.parse(ctx.queryParam("utilisateur"));
            if (ctx.queryParam("utilisateur") != null && chosen.isEmpty()) {
                pages.error(ctx, 404);
                return;
            }
            withUsers(ctx, principal, list -> {
                if (chosen.isEmpty()) {
                    usersTab(ctx, details, list, null, Form.empty(USER_FIELDS.toArray(String[]::new)), 200);
                    return;
                }
                Optional<UserView> user = list.stream().filter(u -> u.id().equals(chosen.get())).findFirst();
                if (user.isEmpty()) {
                    pages.error(ctx, 404, "Utilisateur introuvable.", Optional.empty());
                    return;
                }
                usersTab(ctx, details, list, user.get(), userForm(user.get()), 200);
            });
        });
    }

    private static Form userForm(UserView user) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("nom", user.nom());
        values.put("prenom", user.prenom());
        values.put("login", user.login());
        values.put("telephone", user.telephone() == null ? "" : user.telephone());
        values.put("email", user.email());
        values.put("administrateur", user.administrateur() ? "oui" : "");
        return new Form(USER_FIELDS, values, Map.of());
    }

    private void usersTab(Context ctx, PartnerDetails details, List<UserView> list, UserView modified, Form form,
            int status) {
        Map<String, Object> params = new HashMap<>();
        params.put("users", list);
        params.put("form", form);
        params.put("modified", Optional.ofNullable(modified));
        render(ctx, status, Tab.UTILISATEURS, "partner/utilisateurs.jte", details, params);
    }

    private void createUser(Context ctx) {
        submit(ctx, Tab.UTILISATEURS, USER_FIELDS, principal -> users.create(principal,
                        new ManagePartnerUsers.NewUserForm(Form.param(ctx, "nom"), Form.param(ctx, "prenom"),
                                Form.param(ctx, "login"), Form.param(ctx, "telephone"), Form.param(ctx, "email"),
                                "oui".equals(ctx.formParam("administrateur"))), ctx.ip()),
                "L'utilisateur a été créé : son mot de passe temporaire lui est envoyé par courriel.",
                (principal, details, form) -> withUsers(ctx, principal, list ->
                        usersTab(ctx, details, list, null, form, 422)));
    }

    private void modifyUser(Context ctx) {
        pages.requireLogin(ctx, false).ifPresent(principal -> withUserId(ctx, id -> withUsers(ctx, principal, list -> {
            Optional<UserView> before = list.stream().filter(u -> u.id().equals(id.value())).findFirst();
            if (before.isEmpty()) {
                pages.error(ctx, 404, "Utilisateur introuvable.", Optional.empty());
                return;
            }
            Form form = Form.typed(ctx, USER_FIELDS, List.of()).with("login", before.get().login());
            answer(ctx, users.modify(principal, id, new ManagePartnerUsers.UserForm(Form.param(ctx, "nom"),
                            Form.param(ctx, "prenom"), Form.param(ctx, "telephone"), Form.param(ctx, "email"),
                            before.get().login()), "oui".equals(ctx.formParam("administrateur")), ctx.ip()),
                    modified -> Tab.UTILISATEURS.href(), "Les informations de l'utilisateur ont été enregistrées.",
                    errors -> withDetails(ctx, principal, details ->
                            usersTab(ctx, details, list, before.get(), form.withErrors(errors), 422)));
        })));
    }

    /** Without JavaScript, the red cross leads here: the seed's question, and a button that deletes. */
    private void confirmDeletion(Context ctx) {
        withDetails(ctx, (principal, details) -> withUserId(ctx, id -> withUsers(ctx, principal, list ->
                list.stream().filter(u -> u.id().equals(id.value())).findFirst().ifPresentOrElse(
                        user -> render(ctx, 200, Tab.UTILISATEURS, "partner/suppression.jte", details,
                                Map.of("user", user)),
                        () -> pages.error(ctx, 404, "Utilisateur introuvable.", Optional.empty())))));
    }

    private void deleteUser(Context ctx) {
        pages.requireLogin(ctx, false).ifPresent(principal -> withUserId(ctx, id ->
                answer(ctx, users.delete(principal, id, ctx.ip()), deleted -> Tab.UTILISATEURS.href(),
                        deleted -> "L'utilisateur " + deleted.login() + " a été supprimé.",
                        errors -> withDetails(ctx, principal, details -> withUsers(ctx, principal, list ->
                                usersTab(ctx, details, list, null,
                                        Form.empty(USER_FIELDS.toArray(String[]::new)).withErrors(errors), 422))))));
    }

    // ---------------------------------------------------------------- Conventions

    private void conventionsTab(Context ctx, Principal principal, PartnerDetails details, Form form, int status) {
        Outcome<List<ManageConventions.ConventionView>> list = conventions.list(principal);
        if (!(list instanceof Outcome.Done<List<ManageConventions.ConventionView>> done)) {
            answerRefusal(ctx, list);
            return;
        }
        ReferenceChoices choices = new ReferenceChoices(referenceData);
        render(ctx, status, Tab.CONVENTIONS, "partner/conventions.jte", details, Map.of("conventions", done.value(),
                "form", form, "regimes", choices.regimes(), "caisses", choices.caissesByRegime(),
                "types", choices.partnerTypes()));
    }

    private void requestConvention(Context ctx) {
        submit(ctx, Tab.CONVENTIONS, CONVENTION_FIELDS, principal -> conventions.request(principal,
                        new ManageConventions.ConventionRequest(Form.param(ctx, "regime"), Form.param(ctx, "caisse"),
                                Form.param(ctx, "codeConvention"), Form.param(ctx, "typePartenaire")), ctx.ip()),
                "La convention est demandée : elle est en attente de validation par la caisse.",
                (principal, details, form) -> conventionsTab(ctx, principal, details, form, 422));
    }

    // ---------------------------------------------------------------- shared

    /** Draws a tab again for the administrator, with the posted form and its errors. */
    @FunctionalInterface
    private interface TabAgain {
        void draw(Principal principal, PartnerDetails details, Form form);
    }

    /**
     * A tab's form posted by the logged-in administrator: the values of {@code fields} kept, the use case's outcome
     * {@linkplain #answer answered} — done: back to the tab with {@code message}; else the tab drawn again by
     * {@code again} with those values and the errors.
     */
    private <T> void submit(Context ctx, Tab tab, List<String> fields, Function<Principal, Outcome<T>> action,
            String message, TabAgain again) {
        pages.requireLogin(ctx, false).ifPresent(principal -> {
            Form form = Form.typed(ctx, fields, List.of());
            answer(ctx, action.apply(principal), done -> tab.href(), message, errors -> withDetails(ctx, principal,
                    details -> again.draw(principal, details, form.withErrors(errors))));
        });
    }

    private void render(Context ctx, int status, Tab tab, String template, PartnerDetails details,
            Map<String, Object> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("details", details);
        all.put("tab", tab);
        all.put("tabs", List.of(Tab.values()));
        pages.render(ctx, status, template, "Modification inscription – " + tab.label(), all);
    }

    /** The logged-in administrator and their partner's details, or the page the use case's refusal calls for. */
    private void withDetails(Context ctx, BiConsumer<Principal, PartnerDetails> then) {
        pages.requireLogin(ctx, false).ifPresent(principal -> withDetails(ctx, principal,
                details -> then.accept(principal, details)));
    }

    /**
     * The partner's details for the header of a tab to draw, or the page the use case's refusal calls for. A form's
     * POST reads them only to draw its tab again (errors): its use case checks the administrator itself, and a
     * success answers a redirect that shows no details.
     */
    private void withDetails(Context ctx, Principal principal, java.util.function.Consumer<PartnerDetails> then) {
        Outcome<PartnerDetails> details = administration.details(principal);
        if (details instanceof Outcome.Done<PartnerDetails> done) {
            then.accept(done.value());
        } else {
            answerRefusal(ctx, details);
        }
    }

    private void withUsers(Context ctx, Principal principal, java.util.function.Consumer<List<UserView>> then) {
        Outcome<List<UserView>> list = users.list(principal);
        if (list instanceof Outcome.Done<List<UserView>> done) {
            then.accept(done.value());
        } else {
            answerRefusal(ctx, list);
        }
    }

    private void withUserId(Context ctx, java.util.function.Consumer<UserId> then) {
        PathIds.parse(ctx.pathParam("id")).map(UserId::new).ifPresentOrElse(then,
                () -> pages.error(ctx, 404, "Utilisateur introuvable.", Optional.empty()));
    }

    /**
     * Done: back to the tab (POST → redirect → GET) with the success message; invalid: the tab again with every
     * error by its field; refused by the domain (the last administrator, one's own right…): the tab again, the
     * refusal at the top; refused otherwise (not an administrator, not found): its error page.
     */
    private <T> void answer(Context ctx, Outcome<T> outcome, Function<T, String> next, String message,
            java.util.function.Consumer<Map<String, List<String>>> again) {
        answer(ctx, outcome, next, done -> message, again);
    }

    private <T> void answer(Context ctx, Outcome<T> outcome, Function<T, String> next, Function<T, String> message,
            java.util.function.Consumer<Map<String, List<String>>> again) {
        pages.answerForm(ctx, outcome, done -> pages.redirect(ctx, next.apply(done), message.apply(done)), again);
    }

    private void answerRefusal(Context ctx, Outcome<?> outcome) {
        if (outcome instanceof Outcome.Refused<?> refused) {
            pages.refused(ctx, refused);
        } else {
            pages.error(ctx, 500);
        }
    }
}
