package fr.portailpartenaires.bootstrap;

import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.adapters.web.SessionCookie;
import fr.portailpartenaires.adapters.web.convention.ConventionClosureRoutes;
import fr.portailpartenaires.adapters.web.convention.ConventionFollowUpRoutes;
import fr.portailpartenaires.adapters.web.convention.ConventionReviewRoutes;
import fr.portailpartenaires.adapters.web.convention.ConventionRoutes;
import fr.portailpartenaires.adapters.web.convention.ConventionSelectionRoutes;
import fr.portailpartenaires.adapters.web.pages.ConventionSelector;
import fr.portailpartenaires.adapters.web.pages.Pages;
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
import java.util.List;

/** The partner's conventions: requested, reviewed by the caisse, selected for the session (spec §3.3). */
public final class ConventionFeature {

    private final ManageConventionsService conventions;
    private final ReviewConventionRequestsService review;
    private final ConventionSelectionService selection;
    private final WorkingConvention workingConvention;
    private final CloseConventionService closing;
    private final FollowCaisseConventionsService followUp;

    ConventionFeature(Infrastructure infra) {
        conventions = new ManageConventionsService(infra.support(), infra.referenceData(),
                infra.conventionNumberUse(), infra.partners(), infra.conventions());
        review = new ReviewConventionRequestsService(infra.support(), infra.partners(), infra.conventions());
        selection = new ConventionSelectionService(infra.support(), infra.conventions(), infra.sessions());
        workingConvention = new WorkingConvention(infra.conventions(), infra.clock());
        followUp = new FollowCaisseConventionsService(infra.support(), infra.partners(), infra.conventions());
        closing = new CloseConventionService(infra.support(), infra.partners(), infra.conventions());
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

    /** The convention selector of the service pages, and its form's route (one per portal). */
    ConventionSelector conventionSelector(Pages pages) {
        return new ConventionSelector(selection, pages);
    }

    List<RouteGroup> routes(SessionCookie sessions) {
        return List.of(new ConventionRoutes(conventions, sessions), new ConventionReviewRoutes(review, sessions),
                new ConventionSelectionRoutes(selection, sessions), new ConventionClosureRoutes(closing, sessions),
                new ConventionFollowUpRoutes(followUp, sessions));
    }
}
