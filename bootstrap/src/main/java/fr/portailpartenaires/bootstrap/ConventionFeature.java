package fr.portailpartenaires.bootstrap;

import fr.portailpartenaires.application.convention.CloseConvention;
import fr.portailpartenaires.application.convention.CloseConventionService;
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
        conventions = new ManageConventionsService(infra.validator(), infra.referenceData(),
                infra.conventionNumberUse(), infra.partners(),
                infra.conventions(), infra.auditLog(), infra.transactions(), infra.clock());
        review = new ReviewConventionRequestsService(infra.partners(), infra.conventions(), infra.outbox(),
                infra.templates(), infra.auditLog(), infra.transactions(), infra.clock());
        selection = new ConventionSelectionService(infra.conventions(), infra.sessions(), infra.transactions(),
                infra.clock());
        workingConvention = new WorkingConvention(infra.conventions(), infra.clock());
        followUp = new FollowCaisseConventionsService(infra.partners(), infra.conventions(), infra.transactions(),
                infra.clock());
        closing = new CloseConventionService(infra.validator(), infra.partners(), infra.conventions(), infra.auditLog(),
                infra.transactions(), infra.clock());
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
