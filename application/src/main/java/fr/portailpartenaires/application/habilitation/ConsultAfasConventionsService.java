package fr.portailpartenaires.application.habilitation;

import fr.portailpartenaires.application.shared.UseCaseBase;
import fr.portailpartenaires.application.shared.UseCaseSupport;
import static fr.portailpartenaires.application.habilitation.AfasForms.contains;

import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.domain.habilitation.AfasConventionId;
import fr.portailpartenaires.domain.shared.BusinessTime;
import java.time.LocalDate;
import java.util.List;

/** « Consulter les conventions » ({@link ConsultAfasConventions}), read in one transaction. */
public final class ConsultAfasConventionsService extends UseCaseBase<HabilitationPorts>
        implements ConsultAfasConventions {

    public ConsultAfasConventionsService(UseCaseSupport support, HabilitationPorts ports) {
        super(support, ports);
    }

    @Override
    public Outcome<List<ConventionView>> conventions(Principal principal, ConventionFilter filter) {
        ConventionFilter criteria = filter == null ? ConventionFilter.NONE : filter;
        return ports.access().asPartnerUser(principal, (user, now) -> Outcome.done(ports.conventions()
                .ofPartner(user.partnerId()).stream()
                .map(convention -> AfasViews.view(convention, ports.access().partnerName(convention),
                        BusinessTime.dateOf(now)))
                .filter(view -> contains(view.libelle(), criteria.libelle())
                        && contains(view.cafPivot(), criteria.cafPivot()))
                .toList()));
    }

    @Override
    public Outcome<ConventionDetail> convention(Principal principal, AfasConventionId id) {
        return ports.access().onConvention(principal, id, (user, convention, now) -> {
            LocalDate today = BusinessTime.dateOf(now);
            String partnerName = ports.access().partnerName(convention);
            return Outcome.done(new ConventionDetail(AfasViews.view(convention, partnerName, today),
                    AfasViews.groups(convention, today), convention.activities().stream()
                            .map(activity -> new ActivityView(activity.id().value(), activity.libelle(),
                                    activity.type(), activity.nature().orElse(null), activity.places().stream()
                                            .map(place -> new PlaceView(place.id().value(), place.libelle()))
                                            .toList()))
                            .toList()));
        });
    }
}
