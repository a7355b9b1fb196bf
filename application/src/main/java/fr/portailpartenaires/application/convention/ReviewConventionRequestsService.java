package fr.portailpartenaires.application.convention;

import fr.portailpartenaires.application.shared.UseCaseBase;
import fr.portailpartenaires.application.shared.UseCaseSupport;
import static fr.portailpartenaires.application.convention.ConventionDesk.CAISSE_ONLY;
import static fr.portailpartenaires.application.convention.ConventionDesk.CHANGED_MEANWHILE;
import static fr.portailpartenaires.application.convention.ConventionDesk.CONVENTION_REJECTED;
import static fr.portailpartenaires.application.convention.ConventionDesk.CONVENTION_VALIDATED;
import static fr.portailpartenaires.application.convention.ConventionDesk.event;

import fr.portailpartenaires.application.shared.Guards;
import fr.portailpartenaires.application.shared.MailParameters;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.domain.convention.Actor;
import fr.portailpartenaires.domain.convention.Convention;
import fr.portailpartenaires.domain.convention.ConventionId;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.shared.BusinessTime;
import fr.portailpartenaires.domain.shared.Result;
import fr.portailpartenaires.domain.shared.Siret;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A caisse's review of the convention requests made with it (spec §3.3, §3.4): validation, invalidation with a
 * motif, each mailed to every administrator of the partner. The frame is {@link ConventionDesk#asCaisse}'s.
 */
public final class ReviewConventionRequestsService extends UseCaseBase<ConventionPorts>
        implements ReviewConventionRequests {

    static final int MAX_PAGE = 100;

    private final ConventionDesk desk;

    public ReviewConventionRequestsService(UseCaseSupport support, ConventionPorts ports) {
        super(support.toMicroseconds(), ports);
        this.desk = new ConventionDesk(support, ports);
    }

    @Override
    public Outcome<List<PendingConvention>> pendingRequests(Principal principal, Optional<ConventionId> after,
            int limit) {
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        return Guards.caisseAdministrator(principal, CAISSE_ONLY).flatMap(caisse -> support.inTransaction(() ->
                Outcome.done(ports.conventions().pendingOf(caisse, after, size).stream()
                        .map(this::pendingView)
                        .toList())));
    }

    @Override
    public Outcome<Decided> validateRequest(Principal principal, ConventionId id, String sourceAddress) {
        return desk.asCaisse(principal, id, (stored, actor, now) -> switch (stored.convention().validate(actor, now)) {
            case Result.Refused<Convention.Validee> refused -> Outcome.refused(Reason.CONFLICT, refused.refusal());
            case Result.Ok<Convention.Validee> ok -> recordDecision(principal, actor, ok.value(), stored.version(),
                    CONVENTION_VALIDATED, new MailParameters.ValidationConvention(ok.value().code().value(),
                            ok.value().caisse().libelle()), sourceAddress);
        });
    }

    @Override
    public Outcome<Decided> invalidateRequest(Principal principal, ConventionId id, String motif,
            String sourceAddress) {
        return desk.asCaisse(principal, id, (stored, actor, now) -> switch (stored.convention().invalidate(actor, motif, now)) {
            case Result.Refused<Convention.Invalidee> refused -> refused.refusal().code().startsWith("motif.")
                    ? new Outcome.Invalid<>(Map.of("motif", List.of(refused.refusal().message())))
                    : Outcome.refused(Reason.CONFLICT, refused.refusal());
            case Result.Ok<Convention.Invalidee> ok -> recordDecision(principal, actor, ok.value(), stored.version(),
                    CONVENTION_REJECTED, new MailParameters.InvalidationConvention(ok.value().code().value(),
                            ok.value().caisse().libelle()), sourceAddress);
        });
    }

    /** Stores the decision, mails every administrator of the partner, and records it in the audit trail. */
    private Outcome<Decided> recordDecision(Principal principal, Actor.CaisseAdministrator actor, Convention decided,
            long version, String action, MailParameters mail, String sourceAddress) {
        if (!ports.conventions().update(decided, version)) {
            return Outcome.refused(Reason.CONFLICT, CHANGED_MEANWHILE);
        }
        Instant now = support.now();
        Partner partner = ports.partners().find(new PartnerId(decided.partnerId())).orElseThrow();
        support.mail(partner.administrators().stream().map(administrator -> administrator.email().value()).toList(),
                mail, now);
        support.audit(event(now, principal, action, actor.caisse().value(), decided.id(), sourceAddress)
                .withDetail("partnerId", decided.partnerId().toString())
                .withDetail("conventionCode", decided.code().value())
                .withDetail("mailedAdministrators", String.valueOf(partner.administrators().size())));
        return Outcome.done(new Decided(decided.id().value(), decided.code().value(),
                decided.etat(BusinessTime.dateOf(now)).label()));
    }

    private PendingConvention pendingView(Convention.EnAttenteDeValidation request) {
        Optional<Partner> partner = ports.partners().find(new PartnerId(request.partnerId()));
        return new PendingConvention(request.id().value(), request.requestedAt(), request.regime().value(),
                request.caisse().libelle(), request.code().value(), request.partnerType().label(), request.partnerId(),
                partner.map(p -> p.name().value()).orElse(null),
                partner.flatMap(Partner::siret).map(Siret::value).orElse(null));
    }
}
