package fr.portailpartenaires.bootstrap;

import fr.portailpartenaires.application.demo.AdvanceDemoClock;
import fr.portailpartenaires.application.demo.AdvanceDemoClockService;
import fr.portailpartenaires.application.demo.DemoTime;

/** The demonstration portal's clock, moved forward by a caisse administrator (spec §3.5); fixed in production. */
public final class DemoFeature {

    private final AdvanceDemoClockService clock;

    DemoFeature(Infrastructure infra, DemoTime time) {
        clock = new AdvanceDemoClockService(infra.support(), time);
    }

    public AdvanceDemoClock clock() {
        return clock;
    }
}
