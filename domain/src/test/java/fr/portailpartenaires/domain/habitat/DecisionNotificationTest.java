package fr.portailpartenaires.domain.habitat;

import fr.portailpartenaires.domain.shared.Refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailpartenaires.domain.shared.InvalidValueException;
import fr.portailpartenaires.domain.shared.Money;
import fr.portailpartenaires.domain.shared.Result;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DecisionNotificationTest {

    private static final LocalDate EFFET = LocalDate.of(2024, 6, 1);

    @Test
    void holds_what_the_notification_states() {
        var decision = DecisionNotification.create(WorkType.MONTE_ESCALIER, Money.of("4 000"), EFFET, 6,
                PaymentTerms.SANS_SUBROGATION).orElseThrow();
        assertThat(decision.fundingCeiling().format()).isEqualTo("4\u202F000,00\u202F€");
        assertThat(decision.durationMonths()).isEqualTo(6);
        assertThat(decision.paymentTerms()).isEqualTo(PaymentTerms.SANS_SUBROGATION);
    }

    @Test
    void the_funding_ceiling_must_be_more_than_zero() {
        assertThat(DecisionNotification.create(WorkType.WC, Money.ZERO, EFFET, 6, PaymentTerms.AVEC_SUBROGATION))
                .isEqualTo(Result.refused(new Refusal("decision.plafond_nul", "Le plafond de financement CNAV doit être supérieur à zéro.")));
    }

    @Test
    void the_aid_lasts_at_least_one_month() {
        assertThat(DecisionNotification.create(WorkType.WC, Money.ofCents(1), EFFET, 0, PaymentTerms.AVEC_SUBROGATION))
                .isEqualTo(Result.refused(new Refusal("decision.duree_invalide", "La durée de l'aide doit être d'au moins un mois.")));
        assertThat(DecisionNotification.create(WorkType.WC, Money.ofCents(1), EFFET, 1, PaymentTerms.AVEC_SUBROGATION).isOk())
                .isTrue();
    }

    @Test
    void an_invalid_decision_cannot_be_built() {
        assertThatThrownBy(() -> new DecisionNotification(WorkType.WC, Money.ZERO, EFFET, 6, PaymentTerms.AVEC_SUBROGATION))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("decision.plafond_nul");
    }
}
