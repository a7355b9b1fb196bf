package fr.portailpartenaires.application.service;

import fr.portailpartenaires.application.port.in.BrowseReferenceData;
import fr.portailpartenaires.application.port.in.Outcome;
import fr.portailpartenaires.application.port.in.Outcome.Reason;
import fr.portailpartenaires.application.port.in.Principal;
import fr.portailpartenaires.application.port.in.ViewMyPartner;
import fr.portailpartenaires.application.port.out.PartnerViews;
import fr.portailpartenaires.application.port.out.ReferenceData;
import fr.portailpartenaires.domain.reference.PartnerType;
import fr.portailpartenaires.domain.reference.RegimeCode;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Read-only use cases: the caller's partner, and the reference lists of the registration form. */
public final class PartnerQueries implements ViewMyPartner, BrowseReferenceData {

    static final Refusal PARTNER_USERS_ONLY = Refusal.of("partenaire.reserve_utilisateurs",
            "Cette page est réservée aux utilisateurs d'un partenaire.");

    private final PartnerViews partnerViews;
    private final ReferenceData referenceData;
    private final Clock clock;

    public PartnerQueries(PartnerViews partnerViews, ReferenceData referenceData, Clock clock) {
        this.partnerViews = partnerViews;
        this.referenceData = referenceData;
        this.clock = clock;
    }

    @Override
    public Outcome<PartnerView> view(Principal principal) {
        Optional<Refusal> obligation = principal.pendingObligation();
        if (obligation.isPresent()) {
            return Outcome.refused(Reason.FORBIDDEN, obligation.get());
        }
        if (principal.partner().isEmpty()) {
            return Outcome.refused(Reason.FORBIDDEN, PARTNER_USERS_ONLY);
        }
        return partnerViews.partnerView(principal.partner().get(), principal.user(), LocalDate.now(clock))
                .<Outcome<PartnerView>>map(Outcome::done)
                .orElseGet(() -> Outcome.refused(Reason.NOT_FOUND,
                        Refusal.of("partenaire.introuvable", "Partenaire introuvable.")));
    }

    @Override
    public List<Item> regimes() {
        return referenceData.regimes().stream().map(r -> new Item(r.code().value(), r.libelle())).toList();
    }

    @Override
    public List<Item> caisses(String regime) {
        return switch (RegimeCode.parse(regime)) {
            case Result.Ok<RegimeCode> ok -> referenceData.caissesOf(ok.value()).stream()
                    .map(c -> new Item(c.code().value(), c.libelle())).toList();
            case Result.Refused<RegimeCode> refused -> List.of();
        };
    }

    @Override
    public List<Item> partnerTypes() {
        return Arrays.stream(PartnerType.values()).map(t -> new Item(t.code(), t.label())).toList();
    }
}
