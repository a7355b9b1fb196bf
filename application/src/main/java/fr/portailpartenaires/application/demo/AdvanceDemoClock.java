package fr.portailpartenaires.application.demo;

import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.UseCase;
import java.time.Instant;

/**
 * A caisse administrator of the demonstration portal moves its time forward by some days (spec §3.5), to show the
 * time rules to the people being trained; audited. Refused on a portal that is no demonstration.
 */
@UseCase
public interface AdvanceDemoClock {

    int MAX_DAYS = 400;

    Outcome<DemoClockView> clock(Principal caisseAdministrator);

    Outcome<DemoClockView> advance(Principal caisseAdministrator, Integer days, String sourceAddress);

    /** @param maintenant the portal's now; {@code joursDAvance} how many days ahead of the real time it is */
    record DemoClockView(Instant maintenant, long joursDAvance) {
    }
}
