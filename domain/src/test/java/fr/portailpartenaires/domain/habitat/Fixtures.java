package fr.portailpartenaires.domain.habitat;

import fr.portailpartenaires.domain.shared.FreeText;
import fr.portailpartenaires.domain.shared.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Shared test data: an order of 1 March 2024 under one convention, and clocks set on Paris days. */
final class Fixtures {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final UUID ORDER = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID CONVENTION = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    static final LocalDate COMMANDE = LocalDate.of(2024, 3, 1);
    static final VisitDate VISIT = new VisitDate(LocalDate.of(2024, 3, 5));
    static final Clock NOW = on(LocalDate.of(2024, 3, 10));

    static final VisitContent COMPLETE = new VisitContent(
            Optional.of(FreeText.of("Baignoire haute, la personne ne peut plus l'enjamber.", 100)),
            List.of(WorkType.SALLE_DE_BAIN, WorkType.BARRES_D_APPUI),
            Optional.of(FreeText.of("Remplacer la baignoire par une douche de plain-pied.", 100)));

    static final DecisionNotification DECISION = new DecisionNotification(WorkType.SALLE_DE_BAIN,
            Money.of("3 500,00"), LocalDate.of(2024, 5, 1), 12, PaymentTerms.AVEC_SUBROGATION);

    private Fixtures() {
    }

    /** A clock fixed at 10:00 (Paris) on the given day. */
    static Clock on(LocalDate day) {
        return Clock.fixed(day.atTime(LocalTime.of(10, 0)).atZone(PARIS).toInstant(), PARIS);
    }

    static InterventionFile ordered() {
        return InterventionFile.ordered(ORDER, CONVENTION, COMMANDE);
    }

    static InterventionFile withDraft() {
        return ordered().createDraft(Optional.of(VISIT), COMPLETE, NOW).orElseThrow();
    }

    static InterventionFile transmitted() {
        return withDraft().transmit(NOW).orElseThrow().file();
    }

    static InterventionFile decided() {
        return transmitted().recordDecision(DECISION).orElseThrow();
    }

    static InterventionFile sansSuite() {
        return ordered().declareSansSuite(SansSuiteMotif.BENEFICIAIRE_INJOIGNABLE, Optional.empty(), NOW).orElseThrow();
    }
}
