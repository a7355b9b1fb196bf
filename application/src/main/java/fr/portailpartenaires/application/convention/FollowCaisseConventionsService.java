package fr.portailpartenaires.application.convention;

import fr.portailpartenaires.application.shared.UseCaseBase;
import fr.portailpartenaires.application.shared.UseCaseSupport;
import fr.portailpartenaires.application.shared.FormErrors;
import fr.portailpartenaires.application.shared.Guards;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.domain.convention.Convention;
import fr.portailpartenaires.domain.convention.ConventionId;
import fr.portailpartenaires.domain.convention.EtatConvention;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.reference.PartnerType;
import fr.portailpartenaires.domain.shared.BusinessTime;
import fr.portailpartenaires.domain.shared.Result;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The caisse's follow-up of its conventions (spec §3.4): a caisse administrator only, their caisse only. */
public final class FollowCaisseConventionsService extends UseCaseBase<ConventionPorts>
        implements FollowCaisseConventions {

    public FollowCaisseConventionsService(UseCaseSupport support, ConventionPorts ports) {
        super(support, ports);
    }

    @Override
    public Outcome<List<CaisseConvention>> conventions(Principal principal, Filter filter,
            Optional<ConventionId> after, int limit) {
        Filter asked = filter == null ? Filter.none() : filter;
        return Guards.caisseAdministrator(principal, ConventionDesk.CAISSE_ONLY).flatMap(caisse -> {
            FormErrors errors = new FormErrors();
            Optional<Optional<PartnerType>> type = errors.parseOptional("typePartenaire", asked.typePartenaire(),
                    PartnerType::fromCode);
            Optional<Optional<EtatConvention>> etat = errors.parseOptional("etat", asked.etat(),
                    FollowCaisseConventionsService::etat);
            if (!errors.isEmpty()) {
                return errors.toOutcome();
            }
            LocalDate today = BusinessTime.dateOf(support.now());
            int size = Math.max(1, Math.min(limit, MAX_PAGE));
            return support.inTransaction(() -> Outcome.done(ports.conventions().ofCaisse(caisse, type.orElseThrow(),
                    etat.orElseThrow(), today, after, size).stream().map(convention -> view(convention, today))
                    .toList()));
        });
    }

    private static Result<EtatConvention> etat(String raw) {
        try {
            return Result.ok(EtatConvention.valueOf(raw.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Result.refused("convention.etat_inconnu");
        }
    }

    private CaisseConvention view(Convention convention, LocalDate today) {
        EtatConvention etat = convention.etat(today);
        Optional<Partner> partner = ports.partners().find(new PartnerId(convention.partnerId()));
        return new CaisseConvention(convention.id().value(), convention.code().value(),
                convention.partnerType().code(), convention.partnerType().label(), etat.name(), etat.label(),
                convention.partnerId(), partner.map(p -> p.name().value()).orElse(null), convention.requestedAt(),
                convention instanceof Convention.Validee validee ? validee.dateDeCloture().orElse(null) : null);
    }
}
