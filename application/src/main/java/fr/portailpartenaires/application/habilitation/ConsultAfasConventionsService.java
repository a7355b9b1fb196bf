package fr.portailpartenaires.application.habilitation;

import fr.portailpartenaires.application.shared.UseCaseSupport;
import static fr.portailpartenaires.application.habilitation.AfasForms.contains;

import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Partners;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.domain.habilitation.AfasConventionId;
import fr.portailpartenaires.domain.shared.BusinessTime;
import java.time.LocalDate;
import java.util.List;

/** « Consulter les conventions » ({@link ConsultAfasConventions}), read in one transaction. */
public final class ConsultAfasConventionsService implements ConsultAfasConventions {

    private final AfasConventions conventions;
    private final AfasConventionAccess access;

    public ConsultAfasConventionsService(UseCaseSupport support, AfasConventions conventions, Partners partners) {
        this.conventions = conventions;
        this.access = new AfasConventionAccess(support, conventions, partners);
    }

    @Override
    public Outcome<List<ConventionView>> conventions(Principal principal, ConventionFilter filter) {
        ConventionFilter criteria = filter == null ? ConventionFilter.NONE : filter;
        return access.asPartnerUser(principal, (user, now) -> Outcome.done(conventions.ofPartner(user.partnerId())
                .stream()
                .map(convention -> AfasViews.view(convention, access.partnerName(convention), BusinessTime.dateOf(now)))
                .filter(view -> contains(view.libelle(), criteria.libelle())
                        && contains(view.cafPivot(), criteria.cafPivot()))
                .toList()));
    }

    @Override
    public Outcome<ConventionDetail> convention(Principal principal, AfasConventionId id) {
        return access.onConvention(principal, id, (user, convention, now) -> {
            LocalDate today = BusinessTime.dateOf(now);
            return Outcome.done(new ConventionDetail(AfasViews.view(convention, access.partnerName(convention), today),
                    AfasViews.groups(convention, today), convention.activities().stream()
                            .map(activity -> new ActivityView(activity.id().value(), activity.libelle(),
                                    activity.type(), activity.nature().orElse(null), activity.places().stream()
                                            .map(place -> new PlaceView(place.id().value(), place.libelle()))
                                            .toList()))
                            .toList()));
        });
    }
}
