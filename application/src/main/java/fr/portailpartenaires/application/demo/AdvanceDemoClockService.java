package fr.portailpartenaires.application.demo;

import fr.portailpartenaires.application.shared.UseCaseBase;
import fr.portailpartenaires.application.shared.UseCaseSupport;
import fr.portailpartenaires.application.shared.AuditEvent;
import fr.portailpartenaires.application.shared.Guards;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.domain.shared.Refusal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The demonstration clock moved by a caisse administrator, audited as {@value #DEMO_CLOCK_ADVANCED}. */
public final class AdvanceDemoClockService extends UseCaseBase<DemoTime> implements AdvanceDemoClock {

    static final String DEMO_CLOCK_ADVANCED = "DEMO_CLOCK_ADVANCED";
    static final Refusal CAISSE_ONLY = Refusal.of("demo.reserve_caisse");
    static final Refusal NOT_A_DEMONSTRATION = Refusal.of("demo.hors_demonstration");

    public AdvanceDemoClockService(UseCaseSupport support, DemoTime time) {
        super(support, time);
    }

    @Override
    public Outcome<DemoClockView> clock(Principal principal) {
        return Guards.caisseAdministrator(principal, CAISSE_ONLY).flatMap(caisse -> Outcome.done(view()));
    }

    @Override
    public Outcome<DemoClockView> advance(Principal principal, Integer days, String sourceAddress) {
        return Guards.caisseAdministrator(principal, CAISSE_ONLY).flatMap(caisse -> {
            if (!ports.adjustable()) {
                return Outcome.refused(Reason.FORBIDDEN, NOT_A_DEMONSTRATION);
            }
            if (days == null || days < 1 || days > MAX_DAYS) {
                return new Outcome.Invalid<>(Map.of("jours", List.of("Le nombre de jours va de 1 à " + MAX_DAYS + ".")));
            }
            return support.commitIfDone(() -> {
                var before = ports.now();
                ports.advance(Duration.ofDays(days));
                support.audit(AuditEvent.of(before, principal.user().value().toString(), DEMO_CLOCK_ADVANCED)
                        .withScope(caisse.value())
                        .withSourceAddress(sourceAddress)
                        .withDetail("jours", String.valueOf(days))
                        .withDetail("maintenant", ports.now().toString()));
                return Outcome.done(view());
            });
        });
    }

    private DemoClockView view() {
        return new DemoClockView(ports.now(), ports.offset().toDays());
    }
}
