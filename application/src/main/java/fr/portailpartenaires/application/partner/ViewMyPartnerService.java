package fr.portailpartenaires.application.partner;

import fr.portailpartenaires.application.shared.UseCaseBase;
import fr.portailpartenaires.application.shared.UseCaseSupport;
import fr.portailpartenaires.application.convention.SelectConvention;
import fr.portailpartenaires.application.shared.Guards;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.shared.WorkingConvention;
import fr.portailpartenaires.domain.shared.BusinessTime;
import fr.portailpartenaires.domain.shared.Refusal;
import java.time.LocalDate;

/** The caller's partner, read from its read model (no aggregate rebuilt). */
public final class ViewMyPartnerService extends UseCaseBase<PartnerPorts> implements ViewMyPartner {

    private static final Refusal PARTNER_NOT_FOUND = Refusal.of("partenaire.introuvable");

    public ViewMyPartnerService(UseCaseSupport support, PartnerPorts ports) {
        super(support, ports);
    }

    @Override
    public Outcome<PartnerView> view(Principal principal) {
        return Guards.partnerUser(principal).flatMap(user -> ports.views()
                .partnerView(user.partnerId(), user.user(), BusinessTime.today(support.clock()))
                .<Outcome<PartnerView>>map(Outcome::done)
                .orElseGet(() -> Outcome.refused(Reason.NOT_FOUND, PARTNER_NOT_FOUND)));
    }

    @Override
    public Outcome<PartnerHeader> header(Principal principal) {
        return Guards.partnerUser(principal).flatMap(user -> ports.views().partnerHeader(user.partnerId(), user.user())
                .<Outcome<PartnerHeader>>map(header -> {
                    LocalDate today = BusinessTime.today(support.clock());
                    return Outcome.done(new PartnerHeader(header.nom(), header.administrateur(),
                            SelectConvention.Selection.of(header.conventions(),
                                    WorkingConvention.find(user, header.conventions(), today), today)));
                })
                .orElseGet(() -> Outcome.refused(Reason.NOT_FOUND, PARTNER_NOT_FOUND)));
    }
}
