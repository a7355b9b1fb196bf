package fr.portailpartenaires.adapters.web.account;

import fr.portailpartenaires.adapters.web.SessionCookie;

import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.pages.Form;
import fr.portailpartenaires.adapters.web.pages.CaptchaField;
import fr.portailpartenaires.adapters.web.pages.Pages;
import fr.portailpartenaires.application.account.AcceptUsageRules;
import fr.portailpartenaires.application.account.Authenticate;
import fr.portailpartenaires.application.account.ForgottenPassword;
import fr.portailpartenaires.application.registration.IssueCaptcha;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.domain.shared.BusinessTime;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The account's pages (spec §10.2): Connexion, the first-login and ordinary password change, Bienvenue,
 * Déconnexion, Mot de passe oublié, Identifiant oublié. Handlers only translate forms ↔ the use cases.
 */
public record AccountPages(Authenticate authenticate, ForgottenPassword forgottenPassword, AcceptUsageRules usageRules,
        IssueCaptcha captcha,
        Pages pages) implements RouteGroup {

    static final List<String> LOGIN_FIELDS = List.of("login", "motDePasse");
    static final List<String> PASSWORD_FIELDS = List.of("motDePasseActuel", "nouveauMotDePasse", "confirmation");
    static final List<String> FORGOTTEN_FIELDS = List.of("login", "email", "captcha");
    static final String PASSWORD_CHANGED = "Votre mot de passe a été modifié avec succès.";
    private static final DateTimeFormatter DATE_AND_TIME = DateTimeFormatter
            .ofPattern("dd/MM/yyyy 'à' HH'h'mm", Locale.FRANCE).withZone(BusinessTime.ZONE);

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/connexion", ctx -> login(ctx, Form.empty("login", "motDePasse"), 200));
        routes.post("/connexion", this::logIn);
        routes.get("/bienvenue", this::welcome);
        routes.post("/deconnexion", this::logOut);
        routes.get("/deconnexion", ctx -> pages.render(ctx, "account/deconnexion.jte", "Déconnexion", Map.of()));
        routes.get("/compte/mot-de-passe", ctx -> pages.requireLogin(ctx, true).ifPresent(principal ->
                passwordChange(ctx, principal, Form.empty("motDePasseActuel", "nouveauMotDePasse", "confirmation"), 200)));
        routes.post("/compte/mot-de-passe", this::changePassword);
        routes.get("/compte/regles-usage", ctx -> pages.requireLogin(ctx, Pages.Obligation.USAGE_RULES)
                .ifPresent(principal -> usageRules(ctx, principal, Form.empty(), 200)));
        routes.post("/compte/regles-usage", this::acceptUsageRules);
        routes.get("/mot-de-passe-oublie", ctx -> forgotten(ctx, Form.empty("login", "email", "captcha"), 200));
        routes.post("/mot-de-passe-oublie", this::requestPassword);
        routes.get("/identifiant-oublie", ctx ->
                pages.render(ctx, "account/identifiant-oublie.jte", "Identifiant oublié", Map.of()));
    }

    private void login(Context ctx, Form form, int status) {
        pages.render(ctx, status, "account/connexion.jte", "Connexion", Map.of("form", form));
    }

    private void logIn(Context ctx) {
        Form form = Form.typed(ctx, LOGIN_FIELDS, List.of("motDePasse"));
        Outcome<Authenticate.LoggedIn> outcome = authenticate.login(Form.param(ctx, "login"),
                Form.param(ctx, "motDePasse"), ctx.ip(), SessionCookie.device(ctx));
        switch (outcome) {
            case Outcome.Done<Authenticate.LoggedIn> done -> {
                Authenticate.LoggedIn loggedIn = done.value();
                pages.sessions().principal(ctx).ifPresent(previous -> authenticate.logout(previous, ctx.ip()));
                pages.sessions().opened(ctx, loggedIn);
                loggedIn.previousLoginAt().ifPresent(at -> pages.flash(ctx, "connexion", lastLogin(at)));
                Pages.redirect(ctx, loggedIn.mustChangePassword() ? "/compte/mot-de-passe"
                        : loggedIn.usageRulesToAccept().isPresent() ? "/compte/regles-usage" : "/bienvenue");
            }
            case Outcome.Invalid<Authenticate.LoggedIn> invalid -> login(ctx, form.withErrors(invalid.errors()), 422);
            case Outcome.Refused<Authenticate.LoggedIn> refused -> {
                if (refused.reason() == Outcome.Reason.TOO_MANY_REQUESTS) {
                    pages.refused(ctx, refused);
                } else {
                    login(ctx, form.withError("login", refused.refusal().message()), 422);
                }
            }
        }
    }

    /** "Votre dernière connexion à ce service date du 30/08/2018 à 08h08." (CAF seed), Paris time. */
    static String lastLogin(Instant at) {
        return "Votre dernière connexion à ce service date du " + DATE_AND_TIME.format(at) + ".";
    }

    private void welcome(Context ctx) {
        pages.requireLogin(ctx, false).ifPresent(principal -> pages.render(ctx, "account/bienvenue.jte", "Bienvenue",
                Map.of("lastLogin", pages.takeFlash(ctx, "connexion").orElse(""))));
    }

    private void logOut(Context ctx) {
        pages.sessions().principal(ctx).ifPresent(principal -> authenticate.logout(principal, ctx.ip()));
        pages.sessions().clear(ctx);
        Pages.redirect(ctx, "/deconnexion");
    }

    private void passwordChange(Context ctx, Principal principal, Form form, int status) {
        boolean temporary = principal.mustChangePassword();
        pages.render(ctx, status, "account/mot-de-passe.jte",
                temporary ? "Choisir votre mot de passe" : "Changer mon mot de passe",
                Map.of("form", form, "temporary", temporary, "policy", policyHint()));
    }

    private String policyHint() {
        return pages.site().caf()
                ? "Au moins 8 caractères, dont une majuscule, une minuscule, un chiffre et un caractère spécial."
                : "Entre 8 et 12 caractères, uniquement des lettres sans accent et des chiffres.";
    }

    private void changePassword(Context ctx) {
        pages.requireLogin(ctx, true).ifPresent(principal -> {
            Form form = Form.typed(ctx, PASSWORD_FIELDS, PASSWORD_FIELDS);
            Outcome<Authenticate.LoggedIn> outcome = authenticate.changePassword(principal,
                    Form.param(ctx, "motDePasseActuel"), Form.param(ctx, "nouveauMotDePasse"),
                    Form.param(ctx, "confirmation"), ctx.ip());
            switch (outcome) {
                case Outcome.Done<Authenticate.LoggedIn> done -> {
                    pages.sessions().open(ctx, done.value().sessionId());
                    pages.redirect(ctx, principal.mustChangePassword() ? "/bienvenue" : "/compte/mot-de-passe",
                            PASSWORD_CHANGED);
                }
                case Outcome.Invalid<Authenticate.LoggedIn> invalid ->
                        passwordChange(ctx, principal, form.withErrors(invalid.errors()), 422);
                case Outcome.Refused<Authenticate.LoggedIn> refused -> pages.refused(ctx, refused);
            }
        });
    }

    /**
     * The usage rules to accept (CAF profile, spec §2.2): at first login and after each new version, before any other
     * page; once accepted, or on a portal asking for none, the page of the rules to read.
     */
    private void usageRules(Context ctx, Principal principal, Form form, int status) {
        java.util.Optional<String> inForce = usageRules.versionInForce();
        if (!principal.mustAcceptRules() || inForce.isEmpty()) {
            Pages.redirect(ctx, inForce.isPresent() ? "/bienvenue" : "/regles-usage");
            return;
        }
        pages.render(ctx, status, "account/regles-usage.jte", "Accepter les règles d'usage",
                Map.of("form", form, "version", inForce.get()));
    }

    private void acceptUsageRules(Context ctx) {
        pages.requireLogin(ctx, Pages.Obligation.USAGE_RULES).ifPresent(principal -> {
            switch (usageRules.accept(principal, Form.param(ctx, "version"), ctx.ip())) {
                case Outcome.Done<Authenticate.LoggedIn> done -> {
                    pages.sessions().open(ctx, done.value().sessionId());
                    Pages.redirect(ctx, "/bienvenue");
                }
                case Outcome.Invalid<Authenticate.LoggedIn> invalid ->
                        usageRules(ctx, principal, Form.empty().withErrors(invalid.errors()), 422);
                case Outcome.Refused<Authenticate.LoggedIn> refused -> pages.refused(ctx, refused);
            }
        });
    }

    private void forgotten(Context ctx, Form form, int status) {
        CaptchaField.issue(captcha, ctx, pages).ifPresent(field -> pages.render(ctx, status,
                "account/mot-de-passe-oublie.jte", "Mot de passe oublié",
                Map.of("form", CaptchaField.worded(form, ctx), "captcha", field)));
    }

    private void requestPassword(Context ctx) {
        Form form = Form.typed(ctx, FORGOTTEN_FIELDS, List.of("captcha"));
        Outcome<ForgottenPassword.Requested> outcome = forgottenPassword.request(new ForgottenPassword.Request(
                Form.param(ctx, "login"), Form.param(ctx, "email"), Form.uuid(ctx, "captchaId"),
                Form.param(ctx, "captcha")), ctx.ip());
        switch (outcome) {
            case Outcome.Done<ForgottenPassword.Requested> done ->
                    pages.redirect(ctx, "/connexion", done.value().message());
            case Outcome.Invalid<ForgottenPassword.Requested> invalid ->
                    forgotten(ctx, form.withErrors(invalid.errors()), 422);
            case Outcome.Refused<ForgottenPassword.Requested> refused -> pages.refused(ctx, refused);
        }
    }
}
