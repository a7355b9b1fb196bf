package fr.portailpartenaires.application.account;

import fr.portailpartenaires.application.shared.UseCaseBase;
import fr.portailpartenaires.application.shared.UseCaseSupport;
import fr.portailpartenaires.application.shared.Session;
import fr.portailpartenaires.application.shared.SessionState;
import fr.portailpartenaires.domain.reference.Caisse;
import fr.portailpartenaires.application.shared.ReferenceData;
import fr.portailpartenaires.domain.shared.BusinessTime;
import fr.portailpartenaires.application.shared.FormErrors;
import fr.portailpartenaires.application.shared.MailParameters;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.AuditEvent;
import fr.portailpartenaires.application.shared.PasswordResets;
import fr.portailpartenaires.application.shared.SubjectKind;
import fr.portailpartenaires.domain.convention.ConventionId;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.password.PasswordChange;
import fr.portailpartenaires.domain.password.PasswordPolicy;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Login with throttling and no user enumeration, server-side sessions, forced change of a temporary
 * password, usage rules to accept (CAF profile), logout (spec §2.2, §2.3). A password change ends
 * every other session of the account.
 */
public final class AuthenticationService extends UseCaseBase<AccountPorts> implements Authenticate {

    static final Refusal BAD_CREDENTIALS_REFUSAL = Refusal.of("connexion.identifiants_incorrects");
    static final Refusal TEMPORARY_EXPIRED = Refusal.of("connexion.mot_de_passe_temporaire_expire");
    static final int MAX_INPUT = 128;
    /** The id no account has, whose pending reset an unknown login reads (so that it costs what a known one does). */
    private static final UserId NOBODY = new UserId(new UUID(0, 0));

    private final LoginThrottling throttling;
    private final PasswordPolicy policy;
    private final ReferenceData referenceData;
    private final Optional<String> usageRules;

    /**
     * @param ports         its {@code acceptances} are read at login when the {@code settings} ask for usage rules
     * @param referenceData tells a CAF's administrators from other caisses' (read on every session resolution: the
     *                      adapter keeps the caisses in memory)
     */
    public AuthenticationService(UseCaseSupport support, AccountPorts ports, LoginThrottling throttling,
            ReferenceData referenceData) {
        super(support, ports);
        this.throttling = throttling;
        this.policy = ports.settings().passwordPolicy();
        this.referenceData = referenceData;
        this.usageRules = ports.settings().usageRulesVersion();
    }

    @Override
    public Outcome<LoggedIn> login(String login, String password, String sourceAddress,
            Optional<String> deviceCookie) {
        Map<String, List<String>> missing = new LinkedHashMap<>();
        if (login == null || login.isBlank()) {
            missing.put("login", List.of("L'identifiant est obligatoire."));
        }
        if (password == null || password.isEmpty()) {
            missing.put("motDePasse", List.of("Le mot de passe est obligatoire."));
        }
        if (!missing.isEmpty()) {
            return new Outcome.Invalid<>(missing);
        }
        String key = login.trim().toLowerCase(Locale.ROOT);
        String typed = password.length() <= MAX_INPUT ? password : password.substring(0, MAX_INPUT);
        Instant now = support.now();
        LoginThrottling.Attempt attempt = new LoginThrottling.Attempt(key, sourceAddress, deviceCookie);
        Optional<Accounts.Credentials> account = key.length() > MAX_INPUT
                ? Optional.empty()
                : ports.accounts().findByLogin(key);
        // every attempt reads a pending reset and digests the password typed, an unknown login too (with an id nobody
        // has): a pending « mot de passe oublié » makes no login cost more than another (issue 19)
        Optional<PasswordResets.Pending> pending = ports.resets()
                .find(account.map(Accounts.Credentials::id).orElse(NOBODY));
        String digest = ResetCodes.digest(typed);
        boolean typedTheResetCode = password.length() <= MAX_INPUT
                && pending.filter(reset -> ResetCodes.matches(digest, reset.codeDigest())).isPresent();
        boolean resetUsable = typedTheResetCode && pending.get().isValidAt(now);
        LoginThrottling.Decision decision = throttling.check(attempt, now);
        if (decision instanceof LoginThrottling.Decision.Blocked blocked
                && !(blocked.onlyForUnknownDevices() && resetUsable)) {
            support.audit(AuditEvent.of(now, AuditEvent.ANONYMOUS, AuditAction.LOGIN_THROTTLED)
                    .withTarget("login:" + abbreviated(key)).withSourceAddress(sourceAddress));
            return Outcome.tooManyRequests(blocked.refusal(now), blocked.remaining(now));
        }
        boolean verified = password.length() <= MAX_INPUT && account.flatMap(Accounts.Credentials::passwordHash)
                .map(hash -> ports.hasher().verify(password, hash))
                .orElseGet(() -> {
                    ports.hasher().verifyDummy(typed);
                    return false;
                });
        if (!verified && typedTheResetCode && !resetUsable) {
            support.audit(AuditEvent.of(now, account.orElseThrow().id().value().toString(), AuditAction.LOGIN_FAILED)
                    .withSourceAddress(sourceAddress).withDetail("reason", "temporary_password_expired"));
            return Outcome.refused(Reason.UNAUTHENTICATED, TEMPORARY_EXPIRED);
        }
        boolean usesReset = !verified && resetUsable;
        if (!verified && !usesReset) {
            boolean lockStarted = throttling.recordFailure(attempt, now);
            support.audit(AuditEvent.of(now, AuditEvent.ANONYMOUS, AuditAction.LOGIN_FAILED)
                    .withTarget("login:" + abbreviated(key)).withSourceAddress(sourceAddress));
            if (lockStarted) {
                account.ifPresent(credentials -> warnOwner(credentials, now));
            }
            return Outcome.refused(Reason.UNAUTHENTICATED, BAD_CREDENTIALS_REFUSAL);
        }
        Accounts.Credentials credentials = account.orElseThrow();
        if (credentials.isClosedOn(BusinessTime.dateOf(now))) {
            // the right password of a closed account gets the wrong password's answer: nothing tells an anonymous
            // caller that the account exists (spec §2.2); whatever session it still had ends
            throttling.recordFailure(attempt, now);
            ports.sessions().closeAllFor(subjectKind(credentials.kind()), credentials.id().value().toString());
            support.audit(AuditEvent.of(now, credentials.id().value().toString(), AuditAction.LOGIN_FAILED)
                    .withSourceAddress(sourceAddress).withDetail("reason", "account_closed"));
            return Outcome.refused(Reason.UNAUTHENTICATED, BAD_CREDENTIALS_REFUSAL);
        }
        if (!usesReset && credentials.passwordExpiresAt().filter(expiry -> !now.isBefore(expiry)).isPresent()) {
            support.audit(AuditEvent.of(now, credentials.id().value().toString(), AuditAction.LOGIN_FAILED)
                    .withSourceAddress(sourceAddress).withDetail("reason", "temporary_password_expired"));
            return Outcome.refused(Reason.UNAUTHENTICATED, TEMPORARY_EXPIRED);
        }
        return support.inTransaction(() -> {
            // the counts cleared in the session's transaction: one commit (written to disk) per login, not four
            String device = throttling.recordSuccess(attempt, decision);
            if (usesReset) {
                return openSession(useReset(credentials, pending.get(), sourceAddress, now), password, sourceAddress,
                        now, device);
            }
            if (pending.isPresent()) {
                // the owner still knows their password: whoever asked for a new one, it is not needed any more
                ports.resets().delete(credentials.id());
            }
            return openSession(credentials, password, sourceAddress, now, device);
        });
    }

    /**
     * The temporary password of a « mot de passe oublié » used: it becomes the account's password, to be changed at
     * once, and every other session of the account ends (whoever held one no longer knows the password).
     */
    private Accounts.Credentials useReset(Accounts.Credentials credentials, PasswordResets.Pending reset,
            String sourceAddress, Instant now) {
        ports.accounts().setPassword(credentials.id(), reset.passwordHash(), Optional.of(reset.expiresAt()), true);
        ports.resets().delete(credentials.id());
        ports.sessions().closeAllFor(subjectKind(credentials.kind()), credentials.id().value().toString());
        support.audit(AuditEvent.of(now, credentials.id().value().toString(), AuditAction.TEMPORARY_PASSWORD_USED)
                .withSourceAddress(sourceAddress));
        return new Accounts.Credentials(credentials.id(), credentials.login(), credentials.kind(),
                credentials.partner(), credentials.caisse(), credentials.email(), Optional.of(reset.passwordHash()),
                Optional.of(reset.expiresAt()), true, credentials.lastLoginAt(), credentials.closedOn());
    }

    /** Someone is guessing the account's password from several places: its owner is told, at most once an hour. */
    private void warnOwner(Accounts.Credentials credentials, Instant now) {
        support.inTransaction(() -> {
            if (throttling.mayWarnOwner(credentials.id().value().toString(), now)) {
                support.mail(credentials.email().value(), new MailParameters.NotificationSecurite(
                        credentials.login().value(), MailParameters.SecurityChange.TENTATIVES_DE_CONNEXION, now), now);
                support.audit(AuditEvent.of(now, AuditEvent.SYSTEM, AuditAction.OWNER_WARNED)
                        .withTarget("user:" + credentials.id().value()).withDetail("reason", "login_failures"));
            }
            return null;
        });
    }

    private Outcome<LoggedIn> openSession(Accounts.Credentials credentials, String password, String sourceAddress,
            Instant now, String deviceCookie) {
        String hash = credentials.passwordHash().orElseThrow();
        if (ports.hasher().needsRehash(hash)) {
            ports.accounts().setPassword(credentials.id(), ports.hasher().hash(password),
                    credentials.passwordExpiresAt(), credentials.mustChangePassword());
        }
        ports.accounts().recordLogin(credentials.id(), now);
        Optional<String> rulesToAccept = usageRules
                .filter(version -> credentials.kind() == Accounts.Kind.PARTNER_USER)
                .filter(version -> !ports.acceptances().hasAccepted(credentials.id(), version));
        Session session = ports.sessions().open(subjectKind(credentials.kind()), credentials.id().value().toString(),
                scope(credentials), credentials.mustChangePassword(), rulesToAccept.isPresent(), now);
        support.audit(AuditEvent.of(now, credentials.id().value().toString(), AuditAction.LOGIN_SUCCEEDED)
                .withScope(scope(credentials)).withSourceAddress(sourceAddress));
        return Outcome.done(new LoggedIn(session.id(), session.state().csrfToken(), credentials.login().value(),
                kind(credentials.kind()), credentials.mustChangePassword(), credentials.lastLoginAt(), rulesToAccept,
                Optional.of(deviceCookie)));
    }

    @Override
    public Optional<Principal> resolve(String sessionId) {
        Instant now = support.now();
        Optional<Session> session = ports.sessions().resolve(sessionId, now);
        // the account's closing date may have come while it was logged in: checked when the session's activity is
        // recorded (at most once per touch interval, so that reads cost no extra statement); closing a user from
        // today on ends their sessions at once (AfasService)
        Optional<SessionState> state = session.map(Session::state);
        if (state.isPresent() && state.get().subjectKind() == SubjectKind.PARTNER_USER
                && state.get().lastSeenAt().equals(now)
                && closed(new UserId(UUID.fromString(state.get().subject())), now)) {
            ports.sessions().closeAllFor(SubjectKind.PARTNER_USER, state.get().subject());
            return Optional.empty();
        }
        return session.map(this::principal);
    }

    /** True from the account's closing date on (a CAF user's « date de clôture », spec §6.3). */
    private boolean closed(UserId user, Instant now) {
        LocalDate today = BusinessTime.dateOf(now);
        return ports.accounts().closingDate(user).filter(closing -> !today.isBefore(closing)).isPresent();
    }

    @Override
    public void logout(Principal principal, String sourceAddress) {
        ports.sessions().close(principal.sessionId());
        support.audit(AuditEvent.of(support.now(), principal.user().value().toString(), AuditAction.LOGGED_OUT)
                .withSourceAddress(sourceAddress));
    }

    @Override
    public Outcome<LoggedIn> changePassword(Principal principal, String currentPassword, String newPassword,
            String confirmation, String sourceAddress) {
        Optional<Accounts.Credentials> account = ports.accounts().find(principal.user());
        if (account.isEmpty()) {
            return Outcome.refused(Reason.UNAUTHENTICATED, Refusal.of("session.expiree"));
        }
        Accounts.Credentials credentials = account.get();
        FormErrors errors = new FormErrors();
        for (Refusal refusal : PasswordChange.validate(policy, credentials.login().value(), currentPassword,
                newPassword, confirmation)) {
            errors.add(fieldOf(refusal), refusal);
        }
        if (!errors.has("motDePasseActuel") && (currentPassword.length() > MAX_INPUT
                || !ports.hasher().verify(currentPassword, credentials.passwordHash().orElse("")))) {
            errors.add("motDePasseActuel", "Le mot de passe actuel est incorrect.");
        }
        if (!errors.isEmpty()) {
            return errors.toOutcome();
        }
        Instant now = support.now();
        return support.inTransaction(() -> {
            ports.accounts().setPassword(credentials.id(), ports.hasher().hash(newPassword), Optional.empty(), false);
            ports.sessions().updateMustChangePassword(subjectKind(credentials.kind()),
                    principal.user().value().toString(), false);
            // whoever else holds a session of this account is out; the caller goes on under a new id
            Optional<Session> rotated = ports.sessions().rotateClosingOthers(principal.sessionId(), now);
            support.mail(credentials.email().value(), new MailParameters.NotificationSecurite(
                    credentials.login().value(), MailParameters.SecurityChange.MOT_DE_PASSE_MODIFIE, now), now);
            support.audit(AuditEvent.of(now, principal.user().value().toString(), AuditAction.PASSWORD_CHANGED)
                    .withSourceAddress(sourceAddress));
            return rotated.<Outcome<LoggedIn>>map(session -> Outcome.done(new LoggedIn(session.id(),
                            session.state().csrfToken(), credentials.login().value(), kind(credentials.kind()), false,
                            Optional.empty(), session.state().mustAcceptRules() ? usageRules : Optional.empty())))
                    .orElseGet(() -> Outcome.refused(Reason.UNAUTHENTICATED,
                            Refusal.of("session.expiree")));
        });
    }

    private static String fieldOf(Refusal refusal) {
        return switch (refusal.code()) {
            case "mot_de_passe.actuel_obligatoire" -> "motDePasseActuel";
            case "mot_de_passe.confirmation_obligatoire", "mot_de_passe.confirmation_differente" -> "confirmation";
            default -> "nouveauMotDePasse";
        };
    }

    private Principal principal(Session session) {
        SessionState state = session.state();
        UserId user = new UserId(UUID.fromString(state.subject()));
        var facts = new Principal.Session(session.id(), state.csrfToken(), state.mustChangePassword(),
                state.mustAcceptRules());
        return switch (state.subjectKind()) {
            case PARTNER_USER -> new Principal.PartnerUser(user, new PartnerId(UUID.fromString(state.scope())),
                    state.selectedConvention().map(ConventionId::new), facts);
            case CAISSE_ADMIN -> {
                CaisseCode caisse = CaisseCode.of(state.scope());
                yield referenceData.caisse(caisse).filter(Caisse::isCaf).isPresent()
                        ? new Principal.CafAdministrator(user, caisse, facts)
                        : new Principal.CaisseAdministrator(user, caisse, facts);
            }
        };
    }

    private static String scope(Accounts.Credentials credentials) {
        return switch (credentials.kind()) {
            case PARTNER_USER -> credentials.partner().orElseThrow().value().toString();
            case CAISSE_ADMIN -> credentials.caisse().orElseThrow().value();
        };
    }

    static SubjectKind subjectKind(Accounts.Kind kind) {
        return switch (kind) {
            case PARTNER_USER -> SubjectKind.PARTNER_USER;
            case CAISSE_ADMIN -> SubjectKind.CAISSE_ADMIN;
        };
    }

    static Principal.Kind kind(Accounts.Kind kind) {
        return switch (kind) {
            case PARTNER_USER -> Principal.Kind.PARTNER_USER;
            case CAISSE_ADMIN -> Principal.Kind.CAISSE_ADMIN;
        };
    }

    /** The login as typed, capped, for the audit trail of failed attempts (never the password). */
    private static String abbreviated(String key) {
        return key.length() <= 40 ? key : key.substring(0, 40);
    }
}
