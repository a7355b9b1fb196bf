package fr.portailpartenaires.application.billing;

import fr.portailpartenaires.application.shared.UseCaseBase;
import fr.portailpartenaires.application.shared.UseCaseSupport;
import fr.portailpartenaires.application.shared.AuditEvent;
import fr.portailpartenaires.application.shared.Conventions;
import fr.portailpartenaires.application.shared.Frame;
import fr.portailpartenaires.application.shared.Guards;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.domain.convention.Convention;
import fr.portailpartenaires.domain.convention.ConventionId;
import fr.portailpartenaires.domain.shared.BusinessTime;
import fr.portailpartenaires.domain.shared.Money;
import fr.portailpartenaires.domain.shared.Refusal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The caisse's fees of its conventions (spec §3.4): a caisse administrator only, one transaction committed only when
 * done, a convention of another caisse "not found"; a fee only for a validated convention not closed, from today or
 * later (the past stays as it was invoiced). Audited as {@value #TARIFF_SET}.
 */
public final class ManageTariffsService extends UseCaseBase<BillingPorts> implements ManageTariffs {

    static final String TARIFF_SET = "TARIFF_SET";
    static final Refusal CAISSE_ONLY = Refusal.of("tarif.reserve_caisse");
    static final Refusal NOT_FOUND = Refusal.of("convention.introuvable");
    static final Refusal NOT_IN_FORCE = Refusal.of("tarif.convention_non_en_vigueur");
    static final String PAST_DATE = "La date d'effet ne peut pas être antérieure à la date du jour.";

    public ManageTariffsService(UseCaseSupport support, BillingPorts ports) {
        super(support, ports);
    }

    @Override
    public Outcome<List<TariffView>> setTariff(Principal principal, ConventionId id, TariffForm form,
            String sourceAddress) {
        return Frame.onFound(Guards.caisseAdministrator(principal, CAISSE_ONLY), support.transactions(),
                caisse -> ports.conventions().find(id).map(Conventions.Stored::convention)
                        .filter(convention -> convention.caisse().code().equals(caisse)),
                () -> Outcome.refused(Reason.NOT_FOUND, NOT_FOUND),
                (caisse, convention) -> support.validate(form).flatMap(errors -> {
                    Instant now = support.now();
                    LocalDate today = BusinessTime.dateOf(now);
                    if (!(convention instanceof Convention.Validee validee) || validee.isClosedOn(today)) {
                        return Outcome.refused(Reason.CONFLICT, NOT_IN_FORCE);
                    }
                    Optional<Money> amount = errors.parse("montant", form.montant(), Money::parse);
                    if (form.dateEffet() != null && form.dateEffet().isBefore(today)) {
                        errors.add("dateEffet", PAST_DATE);
                    }
                    if (!errors.isEmpty() || amount.isEmpty()) {
                        return errors.toOutcome();
                    }
                    ports.tariffs().set(id.value(), amount.get(), form.dateEffet());
                    support.audit(AuditEvent.of(now, principal.user().value().toString(), TARIFF_SET)
                            .withScope(caisse.value())
                            .withTarget("convention:" + id.value())
                            .withSourceAddress(sourceAddress)
                            .withDetail("montantCentimes", String.valueOf(amount.get().cents()))
                            .withDetail("dateEffet", form.dateEffet().toString()));
                    return Outcome.done(views(id));
                }));
    }

    @Override
    public Outcome<List<TariffView>> tariffs(Principal principal, ConventionId id) {
        return Frame.onFound(Guards.caisseAdministrator(principal, CAISSE_ONLY), support.transactions(),
                caisse -> ports.conventions().find(id).map(Conventions.Stored::convention)
                        .filter(convention -> convention.caisse().code().equals(caisse)),
                () -> Outcome.refused(Reason.NOT_FOUND, NOT_FOUND),
                (caisse, convention) -> Outcome.done(views(id)));
    }

    private List<TariffView> views(ConventionId id) {
        return ports.tariffs().history(id.value()).stream()
                .map(period -> new TariffView(period.effectiveFrom(), period.amount().cents(),
                        period.amount().format()))
                .toList();
    }
}
