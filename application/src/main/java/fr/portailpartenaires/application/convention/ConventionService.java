package fr.portailpartenaires.application.convention;

import fr.portailpartenaires.domain.shared.BusinessTime;
import fr.portailpartenaires.application.shared.Refusals;
import fr.portailpartenaires.application.shared.ConventionTermsInput;
import fr.portailpartenaires.application.shared.FormErrors;
import fr.portailpartenaires.application.shared.MailParameters;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.AuditEvent;
import fr.portailpartenaires.application.shared.AuditLog;
import fr.portailpartenaires.application.shared.Conventions;
import fr.portailpartenaires.application.shared.MailTemplates;
import fr.portailpartenaires.application.shared.Outbox;
import fr.portailpartenaires.application.shared.OutgoingMail;
import fr.portailpartenaires.application.shared.Partners;
import fr.portailpartenaires.application.shared.ReferenceData;
import fr.portailpartenaires.application.shared.Transactions;
import fr.portailpartenaires.domain.convention.Actor;
import fr.portailpartenaires.domain.convention.Convention;
import fr.portailpartenaires.domain.convention.ConventionCode;
import fr.portailpartenaires.domain.convention.ConventionId;
import fr.portailpartenaires.domain.convention.ConventionTerms;
import fr.portailpartenaires.domain.convention.EtatConvention;
import fr.portailpartenaires.domain.convention.PartnerConventions;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.partner.PartnerUser;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.reference.PartnerType;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;
import fr.portailpartenaires.domain.shared.Siret;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The conventions of the partners (spec §3.3, §3.4): the partner's Conventions tab (list, request) and the review
 * of the requests by the caisse they are made with (validation, invalidation with a motif, each mailed to every
 * administrator of the partner), and the caisse's changes to a validated convention. The domain's
 * {@link PartnerConventions} and {@link Convention} decide what each actor may do; this service checks who the
 * caller is, runs one transaction per use case, and records the audit trail and the mails in it.
 */
public final class ConventionService implements ManageConventions, ReviewConventionRequests {

    static final String CONVENTION_REQUESTED = "CONVENTION_REQUESTED";
    static final String CONVENTION_VALIDATED = "CONVENTION_VALIDATED";
    static final String CONVENTION_REJECTED = "CONVENTION_REJECTED";
    static final String CONVENTION_MODIFIED = "CONVENTION_MODIFIED";

    static final Refusal ADMINISTRATORS_ONLY = Refusal.of("convention.reservee_administrateurs",
            "Seul un administrateur du partenaire peut ajouter ou modifier une convention.");
    static final Refusal CAISSE_ONLY = Refusal.of("convention.reservee_caisse",
            "Seul un administrateur de caisse peut traiter les demandes de convention.");
    static final Refusal NOT_FOUND = Refusal.of("convention.introuvable", "Cette convention est introuvable.");
    static final Refusal PARTNER_NOT_FOUND = Refusal.of("partenaire.introuvable", "Partenaire introuvable.");
    static final Refusal CHANGED_MEANWHILE = Refusal.of("convention.modifiee_entre_temps",
            "Cette convention vient d'être traitée par quelqu'un d'autre : rechargez la liste.");
    static final int MAX_PAGE = 100;

    /** The domain's refusal of a change by anyone but the caisse. */
    private static final String MODIFICATION_BY_CAISSE = "convention.modification_reservee_caisse";
    /** The domain's refusal of a code the partner already holds. */
    private static final String ALREADY_HELD = "convention.deja_detenue";

    private final Validator validator;
    private final ReferenceData referenceData;
    private final Partners partners;
    private final Conventions conventions;
    private final Outbox outbox;
    private final MailTemplates templates;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    @SuppressWarnings("checkstyle:ParameterNumber")
    public ConventionService(Validator validator, ReferenceData referenceData, Partners partners,
            Conventions conventions, Outbox outbox, MailTemplates templates, AuditLog audit, Transactions transactions,
            Clock clock) {
        this.validator = validator;
        this.referenceData = referenceData;
        this.partners = partners;
        this.conventions = conventions;
        this.outbox = outbox;
        this.templates = templates;
        this.audit = audit;
        this.transactions = transactions;
        // instants to the microsecond, as both databases keep them: a request answers the time it is listed with
        this.clock = Clock.tick(clock, Duration.ofNanos(1_000));
    }

    // ---------------------------------------------------------------- the partner's Conventions tab

    @Override
    public Outcome<List<ConventionView>> list(Principal principal) {
        Optional<Outcome<List<ConventionView>>> denied = deniedUnlessPartnerUser(principal);
        if (denied.isPresent()) {
            return denied.get();
        }
        LocalDate today = BusinessTime.today(clock);
        return transactions.inTransaction(() -> Outcome.done(conventions.of(principal.partner().orElseThrow()).all()
                .stream()
                .map(convention -> view(convention, today))
                .toList()));
    }

    @Override
    public Outcome<ConventionView> request(Principal principal, ConventionRequest request, String sourceAddress) {
        Optional<Outcome<ConventionView>> denied = deniedUnlessPartnerUser(principal);
        if (denied.isPresent()) {
            return denied.get();
        }
        PartnerId partnerId = principal.partner().orElseThrow();
        return transactions.inTransaction(() -> {
            Optional<Outcome<ConventionView>> notAdministrator = deniedUnlessAdministrator(principal, partnerId);
            if (notAdministrator.isPresent()) {
                return notAdministrator.get();
            }
            if (request == null) {
                return new Outcome.Invalid<>(Map.of("formulaire", List.of("Le formulaire est vide.")));
            }
            FormErrors errors = FormErrors.of(validator.validate(request));
            Optional<ConventionTerms> terms = ConventionTermsInput.parse(referenceData, errors, request.regime(),
                    request.caisse(), request.codeConvention(), request.typePartenaire());
            if (terms.isEmpty()) {
                return errors.toOutcome();
            }
            ConventionId id = new ConventionId(UUID.randomUUID());
            var requested = conventions.of(partnerId)
                    .request(new Actor.PartnerAdministrator(partnerId.value()), id, terms.get(), clock);
            return switch (requested) {
                case Result.Refused<PartnerConventions> refused -> fieldOrRefusal(refused.refusal());
                case Result.Ok<PartnerConventions> ok -> store(principal, ok.value().find(id).orElseThrow(),
                        sourceAddress);
            };
        });
    }

    private Outcome<ConventionView> store(Principal principal, Convention requested, String sourceAddress) {
        if (!conventions.add(requested)) {
            return Outcome.refused(Reason.CONFLICT, Refusal.of("convention.demande_en_cours",
                    "Une demande est déjà en attente de validation pour la convention n° " + requested.code().value()
                            + "."));
        }
        Instant now = clock.instant();
        audit.append(AuditEvent.of(now, actor(principal), CONVENTION_REQUESTED)
                .withScope(partnerScope(principal.partner().orElseThrow()))
                .withTarget(target(requested.id()))
                .withSourceAddress(sourceAddress)
                .withDetail("caisse", requested.caisse().code().value())
                .withDetail("conventionCode", requested.code().value()));
        return Outcome.done(view(requested, BusinessTime.dateOf(now)));
    }

    @Override
    public Outcome<ConventionView> modify(Principal principal, ConventionId id, ConventionChange change,
            String sourceAddress) {
        if (principal.pendingObligation().isPresent()) {
            return Outcome.refused(Reason.FORBIDDEN, principal.pendingObligation().get());
        }
        return transactions.inTransaction(() -> {
            Actor actor;
            if (principal.kind() == Principal.Kind.PARTNER_USER) {
                PartnerId partnerId = principal.partner().orElseThrow();
                Optional<Outcome<ConventionView>> notAdministrator = deniedUnlessAdministrator(principal, partnerId);
                if (notAdministrator.isPresent()) {
                    return notAdministrator.get();
                }
                actor = new Actor.PartnerAdministrator(partnerId.value());
            } else {
                actor = new Actor.CaisseAdministrator(principal.caisse().orElseThrow());
            }
            Optional<Conventions.Stored> stored = conventions.find(id)
                    .filter(found -> isInScope(principal, found.convention()));
            if (stored.isEmpty()) {
                return Outcome.refused(Reason.NOT_FOUND, NOT_FOUND);
            }
            return modify(principal, actor, stored.get(), change, sourceAddress);
        });
    }

    private Outcome<ConventionView> modify(Principal principal, Actor actor, Conventions.Stored stored,
            ConventionChange change, String sourceAddress) {
        Convention convention = stored.convention();
        LocalDate today = BusinessTime.today(clock);
        // whether this actor may change this convention in its state at all, before looking at the new values
        if (convention.modify(actor, convention.code(), convention.partnerType(), today)
                instanceof Result.Refused<Convention.Validee> refused) {
            return refusal(refused.refusal());
        }
        if (change == null) {
            return new Outcome.Invalid<>(Map.of("formulaire", List.of("Le formulaire est vide.")));
        }
        FormErrors errors = FormErrors.of(validator.validate(change));
        Optional<ConventionCode> code = errors.parse("codeConvention", change.codeConvention(), ConventionCode::parse);
        Optional<PartnerType> type = errors.parse("typePartenaire", change.typePartenaire(), PartnerType::fromCode);
        if (code.isPresent() && !referenceData.conventionNumberExists(convention.caisse().code(), code.get())) {
            errors.add("codeConvention", ConventionTermsInput.UNKNOWN_CODE);
        }
        if (!errors.isEmpty() || code.isEmpty() || type.isEmpty()) {
            return errors.toOutcome();
        }
        var modified = conventions.of(new PartnerId(convention.partnerId()))
                .modify(actor, convention.id(), code.get(), type.get(), today);
        return switch (modified) {
            case Result.Refused<PartnerConventions> refused -> fieldOrRefusal(refused.refusal());
            case Result.Ok<PartnerConventions> ok -> {
                Convention changed = ok.value().find(convention.id()).orElseThrow();
                if (!conventions.update(changed, stored.version())) {
                    yield Outcome.refused(Reason.CONFLICT, CHANGED_MEANWHILE);
                }
                audit.append(AuditEvent.of(clock.instant(), actor(principal), CONVENTION_MODIFIED)
                        .withScope(scope(principal))
                        .withTarget(target(changed.id()))
                        .withSourceAddress(sourceAddress)
                        .withDetail("previousConventionCode", convention.code().value())
                        .withDetail("conventionCode", changed.code().value())
                        .withDetail("partnerType", changed.partnerType().code()));
                yield Outcome.done(view(changed, today));
            }
        };
    }

    // ---------------------------------------------------------------- review by the caisse

    @Override
    public Outcome<List<PendingConvention>> pendingRequests(Principal principal, Optional<ConventionId> after,
            int limit) {
        Optional<Outcome<List<PendingConvention>>> denied = deniedUnlessCaisseAdministrator(principal);
        if (denied.isPresent()) {
            return denied.get();
        }
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        return transactions.inTransaction(() -> Outcome.done(
                conventions.pendingOf(principal.caisse().orElseThrow(), after, size).stream()
                        .map(this::pendingView)
                        .toList()));
    }

    @Override
    public Outcome<Decided> validateRequest(Principal principal, ConventionId id, String sourceAddress) {
        return decide(principal, id, (stored, actor, now) -> switch (stored.convention().validate(actor, now)) {
            case Result.Refused<Convention.Validee> refused -> Outcome.refused(Reason.CONFLICT, refused.refusal());
            case Result.Ok<Convention.Validee> ok -> recordDecision(principal, ok.value(), stored.version(),
                    CONVENTION_VALIDATED, new MailParameters.ValidationConvention(ok.value().code().value(),
                            ok.value().caisse().libelle()), sourceAddress);
        });
    }

    @Override
    public Outcome<Decided> invalidateRequest(Principal principal, ConventionId id, String motif,
            String sourceAddress) {
        return decide(principal, id, (stored, actor, now) -> switch (stored.convention().invalidate(actor, motif, now)) {
            case Result.Refused<Convention.Invalidee> refused -> refused.refusal().code().startsWith("motif.")
                    ? new Outcome.Invalid<>(Map.of("motif", List.of(refused.refusal().message())))
                    : Outcome.refused(Reason.CONFLICT, refused.refusal());
            case Result.Ok<Convention.Invalidee> ok -> recordDecision(principal, ok.value(), stored.version(),
                    CONVENTION_REJECTED, new MailParameters.InvalidationConvention(ok.value().code().value(),
                            ok.value().caisse().libelle()), sourceAddress);
        });
    }

    /** Stores the decision, mails every administrator of the partner, and records it in the audit trail. */
    private Outcome<Decided> recordDecision(Principal principal, Convention decided, long version, String action,
            MailParameters mail, String sourceAddress) {
        if (!conventions.update(decided, version)) {
            return Outcome.refused(Reason.CONFLICT, CHANGED_MEANWHILE);
        }
        Instant now = clock.instant();
        Partner partner = partners.find(new PartnerId(decided.partnerId())).orElseThrow();
        var rendered = templates.render(mail);
        for (PartnerUser administrator : partner.administrators()) {
            outbox.enqueue(OutgoingMail.of(administrator.email().value(), rendered, now));
        }
        audit.append(AuditEvent.of(now, actor(principal), action)
                .withScope(principal.caisse().orElseThrow().value())
                .withTarget(target(decided.id()))
                .withSourceAddress(sourceAddress)
                .withDetail("partnerId", decided.partnerId().toString())
                .withDetail("conventionCode", decided.code().value())
                .withDetail("mailedAdministrators", String.valueOf(partner.administrators().size())));
        return Outcome.done(new Decided(decided.id().value(), decided.code().value(),
                decided.etat(BusinessTime.dateOf(now)).label()));
    }

    /** What a caisse decision does with the stored request, as its own caisse's administrator. */
    @FunctionalInterface
    private interface Decision<T> {
        Outcome<T> apply(Conventions.Stored stored, Actor.CaisseAdministrator actor, Instant now);
    }

    /**
     * The common frame of validation and invalidation: only a caisse administrator, one transaction, and a
     * convention of another caisse is "not found" (the administrator learns nothing about it).
     */
    private <T> Outcome<T> decide(Principal principal, ConventionId id, Decision<T> decision) {
        Optional<Outcome<T>> denied = deniedUnlessCaisseAdministrator(principal);
        if (denied.isPresent()) {
            return denied.get();
        }
        CaisseCode caisse = principal.caisse().orElseThrow();
        return transactions.inTransaction(() -> conventions.find(id)
                .filter(stored -> stored.convention().caisse().code().equals(caisse))
                .map(stored -> decision.apply(stored, new Actor.CaisseAdministrator(caisse), clock.instant()))
                .orElseGet(() -> Outcome.refused(Reason.NOT_FOUND, NOT_FOUND)));
    }

    // ---------------------------------------------------------------- who may act, and the views

    /** Refuses whoever is not a partner user free to act (a temporary password must be changed first). */
    static <T> Optional<Outcome<T>> deniedUnlessPartnerUser(Principal principal) {
        if (principal.pendingObligation().isPresent()) {
            return Optional.of(Outcome.refused(Reason.FORBIDDEN, principal.pendingObligation().get()));
        }
        if (principal.kind() != Principal.Kind.PARTNER_USER) {
            return Optional.of(Outcome.refused(Reason.FORBIDDEN, Refusals.PARTNER_USERS_ONLY));
        }
        return Optional.empty();
    }

    private static <T> Optional<Outcome<T>> deniedUnlessCaisseAdministrator(Principal principal) {
        if (principal.pendingObligation().isPresent()) {
            return Optional.of(Outcome.refused(Reason.FORBIDDEN, principal.pendingObligation().get()));
        }
        if (principal.kind() != Principal.Kind.CAISSE_ADMIN) {
            return Optional.of(Outcome.refused(Reason.FORBIDDEN, CAISSE_ONLY));
        }
        return Optional.empty();
    }

    /** The administrator right is read from the stored partner, so a right revoked a moment ago counts at once. */
    private <T> Optional<Outcome<T>> deniedUnlessAdministrator(Principal principal, PartnerId partnerId) {
        Optional<Partner> partner = partners.find(partnerId);
        if (partner.isEmpty()) {
            return Optional.of(Outcome.refused(Reason.NOT_FOUND, PARTNER_NOT_FOUND));
        }
        return partner.get().isAdministrator(principal.user())
                ? Optional.empty()
                : Optional.of(Outcome.refused(Reason.FORBIDDEN, ADMINISTRATORS_ONLY));
    }

    private static boolean isInScope(Principal principal, Convention convention) {
        return switch (principal.kind()) {
            case PARTNER_USER -> principal.partner().orElseThrow().value().equals(convention.partnerId());
            case CAISSE_ADMIN -> principal.caisse().orElseThrow().equals(convention.caisse().code());
        };
    }

    /** A code the partner already holds is a mistake in the form's code field; other refusals are the domain's no. */
    private static Outcome<ConventionView> fieldOrRefusal(Refusal refusal) {
        return ALREADY_HELD.equals(refusal.code())
                ? new Outcome.Invalid<>(Map.of("codeConvention", List.of(refusal.message())))
                : refusal(refusal);
    }

    private static <T> Outcome<T> refusal(Refusal refusal) {
        return Outcome.refused(MODIFICATION_BY_CAISSE.equals(refusal.code()) ? Reason.FORBIDDEN : Reason.UNPROCESSABLE,
                refusal);
    }

    static ConventionView view(Convention convention, LocalDate today) {
        EtatConvention etat = convention.etat(today);
        return new ConventionView(convention.id().value(), convention.regime().value(),
                convention.caisse().code().value(), convention.caisse().libelle(), convention.code().value(),
                convention.partnerType().code(), convention.partnerType().label(), etat.name(), etat.label(),
                convention.requestedAt());
    }

    private PendingConvention pendingView(Convention.EnAttenteDeValidation request) {
        Optional<Partner> partner = partners.find(new PartnerId(request.partnerId()));
        return new PendingConvention(request.id().value(), request.requestedAt(), request.regime().value(),
                request.caisse().libelle(), request.code().value(), request.partnerType().label(), request.partnerId(),
                partner.map(p -> p.name().value()).orElse(null),
                partner.flatMap(Partner::siret).map(Siret::value).orElse(null));
    }

    private static String actor(Principal principal) {
        return principal.user().value().toString();
    }

    private static String partnerScope(PartnerId partner) {
        return "partner:" + partner.value();
    }

    private static String scope(Principal principal) {
        return principal.caisse().map(CaisseCode::value)
                .orElseGet(() -> partnerScope(principal.partner().orElseThrow()));
    }

    private static String target(ConventionId id) {
        return "convention:" + id.value();
    }
}
