package fr.portailpartenaires.application.convention;

import fr.portailpartenaires.application.shared.UseCaseBase;
import fr.portailpartenaires.application.shared.UseCaseSupport;
import static fr.portailpartenaires.application.convention.ConventionDesk.CHANGED_MEANWHILE;
import static fr.portailpartenaires.application.convention.ConventionDesk.CONVENTION_MODIFIED;
import static fr.portailpartenaires.application.convention.ConventionDesk.CONVENTION_REQUESTED;
import static fr.portailpartenaires.application.convention.ConventionDesk.NOT_FOUND;
import static fr.portailpartenaires.application.convention.ConventionDesk.event;
import static fr.portailpartenaires.application.convention.ConventionDesk.fieldOrRefusal;
import static fr.portailpartenaires.application.convention.ConventionDesk.partnerScope;
import static fr.portailpartenaires.application.convention.ConventionDesk.refusal;

import fr.portailpartenaires.application.shared.ConventionTermsInput;
import fr.portailpartenaires.application.shared.Conventions;
import fr.portailpartenaires.application.shared.Guards;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.domain.convention.Actor;
import fr.portailpartenaires.domain.convention.Convention;
import fr.portailpartenaires.domain.convention.ConventionCode;
import fr.portailpartenaires.domain.convention.ConventionId;
import fr.portailpartenaires.domain.convention.ConventionTerms;
import fr.portailpartenaires.domain.convention.PartnerConventions;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.reference.PartnerType;
import fr.portailpartenaires.domain.shared.BusinessTime;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The partner's Conventions tab (spec §3.3): its users list its conventions, its administrators request new ones,
 * and a caisse changes a validated convention of its own. The shared refusals and frame are {@link ConventionDesk}'s.
 */
public final class ManageConventionsService extends UseCaseBase<ConventionPorts> implements ManageConventions {

    private final ConventionDesk desk;

    public ManageConventionsService(UseCaseSupport support, ConventionPorts ports) {
        super(support.toMicroseconds(), ports);
        this.desk = new ConventionDesk(support, ports);
    }

    @Override
    public Outcome<List<ConventionView>> list(Principal principal) {
        LocalDate today = BusinessTime.today(support.clock());
        return Guards.partnerUser(principal).flatMap(user -> support.inTransaction(() -> Outcome.done(
                ports.conventions().of(user.partnerId()).all().stream()
                        .map(convention -> ConventionView.of(convention, today))
                        .toList())));
    }

    @Override
    public Outcome<ConventionView> request(Principal principal, ConventionRequest request, String sourceAddress) {
        return Guards.partnerUser(principal).flatMap(user -> support.commitIfDone(() -> desk.administratorOf(user)
                .flatMap(partner -> support.validate(request))
                .flatMap(errors -> {
                    LocalDate today = BusinessTime.dateOf(support.now());
                    Optional<ConventionTerms> terms = ConventionTermsInput.parse(ports.referenceData(), today, errors,
                            request.regime(), request.caisse(), request.codeConvention(), request.typePartenaire());
                    if (terms.isEmpty()) {
                        return errors.toOutcome();
                    }
                    ConventionId id = new ConventionId(UUID.randomUUID());
                    var requested = ports.conventions().of(user.partnerId())
                            .request(new Actor.PartnerAdministrator(user.partnerId().value()), id, terms.get(),
                                    support.clock());
                    return switch (requested) {
                        case Result.Refused<PartnerConventions> refused -> fieldOrRefusal(refused.refusal());
                        case Result.Ok<PartnerConventions> ok -> ConventionTermsInput.free(ports.numberUse(),
                                terms.get(), today, errors)
                                ? store(user, ok.value().find(id).orElseThrow(), sourceAddress)
                                : errors.toOutcome();
                    };
                })));
    }

    private Outcome<ConventionView> store(Principal.PartnerUser user, Convention requested, String sourceAddress) {
        if (!ports.conventions().add(requested)) {
            return Outcome.refused(Reason.CONFLICT, Refusal.of("convention.demande_en_cours",
                    requested.code().value()));
        }
        Instant now = support.now();
        support.audit(event(now, user, CONVENTION_REQUESTED, partnerScope(user), requested.id(), sourceAddress)
                .withDetail("caisse", requested.caisse().code().value())
                .withDetail("conventionCode", requested.code().value()));
        return Outcome.done(ConventionView.of(requested, BusinessTime.dateOf(now)));
    }

    @Override
    public Outcome<ConventionView> modify(Principal principal, ConventionId id, ConventionChange change,
            String sourceAddress) {
        return Guards.loggedIn(principal).flatMap(who -> support.commitIfDone(() -> actor(who).flatMap(actor ->
                ports.conventions().find(id)
                        .filter(found -> isInScope(actor, found.convention()))
                        .map(stored -> modify(who, actor, stored, change, sourceAddress))
                        .orElseGet(() -> Outcome.refused(Reason.NOT_FOUND, NOT_FOUND)))));
    }

    /** A partner user acts as an administrator of their partner (if they are one), a caisse's as their caisse. */
    private Outcome<Actor> actor(Principal who) {
        return switch (who) {
            case Principal.PartnerUser user -> desk.administratorOf(user)
                    .map(partner -> new Actor.PartnerAdministrator(partner.id().value()));
            case Principal.CaisseAdministrator administrator ->
                    Outcome.done(new Actor.CaisseAdministrator(administrator.caisseCode()));
            case Principal.CafAdministrator administrator -> Outcome.done(new Actor.CaisseAdministrator(administrator.caf()));
            case Principal.Anonymous anonymous -> throw new IllegalStateException("Guarded: " + anonymous);
        };
    }

    private static boolean isInScope(Actor actor, Convention convention) {
        return switch (actor) {
            case Actor.PartnerAdministrator partner -> partner.partnerId().equals(convention.partnerId());
            case Actor.CaisseAdministrator caisse -> caisse.caisse().equals(convention.caisse().code());
        };
    }

    private Outcome<ConventionView> modify(Principal principal, Actor actor, Conventions.Stored stored,
            ConventionChange change, String sourceAddress) {
        Convention convention = stored.convention();
        LocalDate today = BusinessTime.today(support.clock());
        // whether this actor may change this convention in its state at all, before looking at the new values
        if (convention.modify(actor, convention.code(), convention.partnerType(), today)
                instanceof Result.Refused<Convention.Validee> refused) {
            return refusal(refused.refusal());
        }
        return support.validate(change).flatMap(errors -> {
            Optional<ConventionCode> code = errors.parse("codeConvention", change.codeConvention(),
                    ConventionCode::parse);
            Optional<PartnerType> type = errors.parse("typePartenaire", change.typePartenaire(), PartnerType::fromCode);
            if (code.isPresent()
                    && !ports.referenceData().conventionNumberExists(convention.caisse().code(), code.get())) {
                errors.add("codeConvention", ConventionTermsInput.UNKNOWN_CODE);
            }
            if (!errors.isEmpty() || code.isEmpty() || type.isEmpty()) {
                return errors.toOutcome();
            }
            var modified = ports.conventions().of(new PartnerId(convention.partnerId()))
                    .modify(actor, convention.id(), code.get(), type.get(), today);
            return switch (modified) {
                case Result.Refused<PartnerConventions> refused -> fieldOrRefusal(refused.refusal());
                case Result.Ok<PartnerConventions> ok -> {
                    Convention changed = ok.value().find(convention.id()).orElseThrow();
                    if (!changed.code().equals(convention.code())
                            && ports.numberUse().inUse(convention.caisse().code(), changed.code(), today)) {
                        errors.add("codeConvention", ConventionTermsInput.IN_USE);
                        yield errors.toOutcome();
                    }
                    if (!ports.conventions().update(changed, stored.version())) {
                        yield Outcome.refused(Reason.CONFLICT, CHANGED_MEANWHILE);
                    }
                    support.audit(event(support.now(), principal, CONVENTION_MODIFIED, scope(actor), changed.id(),
                            sourceAddress)
                            .withDetail("previousConventionCode", convention.code().value())
                            .withDetail("conventionCode", changed.code().value())
                            .withDetail("partnerType", changed.partnerType().code()));
                    yield Outcome.done(ConventionView.of(changed, today));
                }
            };
        });
    }

    private static String scope(Actor actor) {
        return switch (actor) {
            case Actor.PartnerAdministrator partner -> "partner:" + partner.partnerId();
            case Actor.CaisseAdministrator caisse -> caisse.caisse().value();
        };
    }
}
