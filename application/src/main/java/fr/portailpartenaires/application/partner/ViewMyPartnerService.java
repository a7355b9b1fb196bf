package fr.portailpartenaires.application.partner;

import fr.portailpartenaires.domain.shared.BusinessTime;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.Refusals;
import fr.portailpartenaires.domain.shared.Refusal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** The caller's partner, read from its read model (no aggregate rebuilt). */
public final class ViewMyPartnerService implements ViewMyPartner {

    private final PartnerViews partnerViews;
        private final Clock clock;

    public ViewMyPartnerService(PartnerViews partnerViews, Clock clock) {
        this.partnerViews = partnerViews;
        this.clock = clock;
    }

    @Override
    public Outcome<PartnerView> view(Principal principal) {
        Optional<Refusal> obligation = principal.pendingObligation();
        if (obligation.isPresent()) {
            return Outcome.refused(Reason.FORBIDDEN, obligation.get());
        }
        if (principal.partner().isEmpty()) {
            return Outcome.refused(Reason.FORBIDDEN, Refusals.PARTNER_USERS_ONLY);
        }
        return partnerViews.partnerView(principal.partner().get(), principal.user(), BusinessTime.today(clock))
                .<Outcome<PartnerView>>map(Outcome::done)
                .orElseGet(() -> Outcome.refused(Reason.NOT_FOUND,
                        Refusal.of("partenaire.introuvable", "Partenaire introuvable.")));
    }
}
