package fr.portailpartenaires.bootstrap;

import fr.portailpartenaires.application.convention.CloseConvention;
import fr.portailpartenaires.application.convention.CloseConventionService;
import fr.portailpartenaires.application.convention.ConventionPorts;
import fr.portailpartenaires.application.convention.ConventionSelectionService;
import fr.portailpartenaires.application.convention.FollowCaisseConventions;
import fr.portailpartenaires.application.convention.FollowCaisseConventionsService;
import fr.portailpartenaires.application.convention.ManageConventionsService;
import fr.portailpartenaires.application.convention.ReviewConventionRequestsService;
import fr.portailpartenaires.application.convention.ManageConventions;
import fr.portailpartenaires.application.convention.ReviewConventionRequests;
import fr.portailpartenaires.application.convention.SelectConvention;
import fr.portailpartenaires.application.shared.WorkingConvention;

/** The partner's conventions: requested, reviewed by the caisse, selected for the session (spec §3.3). */
public final class ConventionFeature {

    private final ManageConventionsService conventions;
    private final ReviewConventionRequestsService review;
    private final ConventionSelectionService selection;
    private final WorkingConvention workingConvention;
    private final CloseConventionService closing;
    private final FollowCaisseConventionsService followUp;

    ConventionFeature(Infrastructure infra) {
        var ports = new ConventionPorts(infra.partners(), infra.conventions(), infra.referenceData(),
                infra.conventionNumberUse(), infra.sessions());
        conventions = new ManageConventionsService(infra.support(), ports);
        review = new ReviewConventionRequestsService(infra.support(), ports);
        selection = new ConventionSelectionService(infra.support(), ports);
        workingConvention = new WorkingConvention(infra.conventions(), infra.clock());
        followUp = new FollowCaisseConventionsService(infra.support(), ports);
        closing = new CloseConventionService(infra.support(), ports);
    }

    public ManageConventions partnerConventions() {
        return conventions;
    }

    public ReviewConventionRequests reviewConventionRequests() {
        return review;
    }

    public SelectConvention selectConvention() {
        return selection;
    }

    public FollowCaisseConventions followCaisseConventions() {
        return followUp;
    }

    public CloseConvention closeConvention() {
        return closing;
    }

    public WorkingConvention workingConvention() {
        return workingConvention;
    }
}
