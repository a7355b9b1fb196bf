package fr.portailpartenaires.domain.habitat;

import fr.portailpartenaires.domain.shared.Components;
import fr.portailpartenaires.domain.shared.InvalidValueException;
import fr.portailpartenaires.domain.shared.Money;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The caisse's notification de décision de l'aide Habitat, recorded on a transmitted file; loading
 * it closes the file.
 *
 * @param financedWorkType the type de travaux financé
 * @param fundingCeiling   the plafond de financement CNAV, more than zero
 * @param effectiveDate    the date d'effet of the aid
 * @param durationMonths   the durée of the aid in months, at least one
 * @param paymentTerms     the modalités de paiement (avec ou sans subrogation)
 */
public record DecisionNotification(WorkType financedWorkType, Money fundingCeiling, LocalDate effectiveDate,
                                   int durationMonths, PaymentTerms paymentTerms) {

    public DecisionNotification {
        Components.required(DecisionNotification.class, financedWorkType, fundingCeiling, effectiveDate,
                durationMonths, paymentTerms);
        Optional<Refusal> refusal = refusal(fundingCeiling, durationMonths);
        if (refusal.isPresent()) {
            throw new InvalidValueException(refusal.get());
        }
    }

    /** The decision entered by the caisse, or why it cannot be recorded. */
    public static Result<DecisionNotification> create(WorkType financedWorkType, Money fundingCeiling,
                                                      LocalDate effectiveDate, int durationMonths,
                                                      PaymentTerms paymentTerms) {
        return refusal(fundingCeiling, durationMonths)
                .<Result<DecisionNotification>>map(Result::refused)
                .orElseGet(() -> Result.ok(new DecisionNotification(
                        financedWorkType, fundingCeiling, effectiveDate, durationMonths, paymentTerms)));
    }

    private static Optional<Refusal> refusal(Money fundingCeiling, int durationMonths) {
        if (fundingCeiling.equals(Money.ZERO)) {
            return Optional.of(Refusal.of("decision.plafond_nul"));
        }
        if (durationMonths < 1) {
            return Optional.of(Refusal.of("decision.duree_invalide"));
        }
        return Optional.empty();
    }
}
