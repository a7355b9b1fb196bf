package fr.portailpartenaires.application.convention;

import fr.portailpartenaires.application.shared.UseCaseBase;
import fr.portailpartenaires.application.shared.UseCaseSupport;
import fr.portailpartenaires.application.shared.Conventions;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.domain.convention.Actor;
import fr.portailpartenaires.domain.convention.Convention;
import fr.portailpartenaires.domain.shared.BusinessTime;
import fr.portailpartenaires.domain.shared.Result;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The caisse closes one of its validated conventions at a date (spec §3.3). The domain's {@code Convention.close}
 * decides (only its caisse, only an open validated convention, never in the past); the frame is
 * {@link ConventionDesk#asCaisse}'s: a caisse administrator only, one transaction committed only when done, a
 * convention of another caisse is "not found". Audited as {@value #CONVENTION_CLOSED}.
 */
public final class CloseConventionService extends UseCaseBase<ConventionPorts> implements CloseConvention {

    static final String CONVENTION_CLOSED = "CONVENTION_CLOSED";
    /** The domain's refusal of a date before today: a mistake in the form's date field. */
    private static final String CLOSURE_IN_THE_PAST = "convention.date_cloture_passee";

    private final ConventionDesk desk;

    public CloseConventionService(UseCaseSupport support, ConventionPorts ports) {
        super(support, ports);
        this.desk = new ConventionDesk(support, ports);
    }

    @Override
    public Outcome<Closed> close(Principal principal, Closure closure, String sourceAddress) {
        return support.validate(closure).flatMap(errors -> errors.isEmpty()
                ? desk.asCaisse(principal, closure.convention(), (stored, actor, now) ->
                        close(stored, actor, closure.dateDeCloture(), now, principal, sourceAddress))
                : errors.toOutcome());
    }

    private Outcome<Closed> close(Conventions.Stored stored, Actor.CaisseAdministrator actor, LocalDate date,
            Instant now, Principal principal, String sourceAddress) {
        LocalDate today = BusinessTime.dateOf(now);
        Convention.Validee closed;
        switch (stored.convention().close(actor, date, today)) {
            case Result.Refused<Convention.Validee> refused -> {
                return CLOSURE_IN_THE_PAST.equals(refused.refusal().code())
                        ? new Outcome.Invalid<>(Map.of("dateDeCloture", List.of(refused.refusal().message())))
                        : Outcome.refused(Reason.CONFLICT, refused.refusal());
            }
            case Result.Ok<Convention.Validee> ok -> closed = ok.value();
        }
        if (!ports.conventions().update(closed, stored.version())) {
            return Outcome.refused(Reason.CONFLICT, ConventionDesk.CHANGED_MEANWHILE);
        }
        support.audit(ConventionDesk.event(now, principal, CONVENTION_CLOSED, actor.caisse().value(), closed.id(),
                        sourceAddress)
                .withDetail("partnerId", closed.partnerId().toString())
                .withDetail("conventionCode", closed.code().value())
                .withDetail("dateDeCloture", date.toString()));
        return Outcome.done(new Closed(closed.id().value(), closed.code().value(), date, closed.etat(today).label()));
    }
}
