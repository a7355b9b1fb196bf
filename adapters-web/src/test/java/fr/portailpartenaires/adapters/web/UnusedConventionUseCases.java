package fr.portailpartenaires.adapters.web;

import fr.portailpartenaires.application.port.in.Authenticate;
import fr.portailpartenaires.application.port.in.BrowseReferenceData;
import fr.portailpartenaires.application.port.in.IssueCaptcha;
import fr.portailpartenaires.application.port.in.ManageConventions;
import fr.portailpartenaires.application.port.in.Outcome;
import fr.portailpartenaires.application.port.in.Principal;
import fr.portailpartenaires.application.port.in.RegisterPartner;
import fr.portailpartenaires.application.port.in.ReviewConventionRequests;
import fr.portailpartenaires.application.port.in.ReviewRegistrations;
import fr.portailpartenaires.application.port.in.SelectConvention;
import fr.portailpartenaires.application.port.in.ViewMyPartner;
import fr.portailpartenaires.domain.convention.ConventionId;
import fr.portailpartenaires.domain.convention.RegistrationId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Convention use cases a web test does not exercise: every command is refused. */
final class UnusedConventionUseCases implements ManageConventions, ReviewConventionRequests, SelectConvention {

    private static <T> Outcome<T> refused() {
        return Outcome.refused(Outcome.Reason.FORBIDDEN, "test.non_utilise", "Non utilisé par ce test.");
    }

    @Override
    public Outcome<List<ManageConventions.ConventionView>> list(Principal principal) {
        return refused();
    }

    @Override
    public Outcome<ManageConventions.ConventionView> request(Principal principal, ConventionRequest request, String sourceAddress) {
        return refused();
    }

    @Override
    public Outcome<ManageConventions.ConventionView> modify(Principal principal, ConventionId id, ConventionChange change,
            String sourceAddress) {
        return refused();
    }

    @Override
    public Outcome<List<PendingConvention>> pendingRequests(Principal principal, Optional<ConventionId> after,
            int limit) {
        return refused();
    }

    @Override
    public Outcome<Decided> validateRequest(Principal principal, ConventionId id, String sourceAddress) {
        return refused();
    }

    @Override
    public Outcome<Decided> invalidateRequest(Principal principal, ConventionId id, String motif,
            String sourceAddress) {
        return refused();
    }

    @Override
    public Outcome<Selection> selection(Principal principal) {
        return refused();
    }

    @Override
    public Outcome<Selection> select(Principal principal, ConventionId id) {
        return refused();
    }
}
