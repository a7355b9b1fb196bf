package fr.portailpartenaires.application.habitat;

import static fr.portailpartenaires.domain.shared.TypedDates.JJ_MM_AAAA;

import fr.portailpartenaires.application.habitat.DownloadHabitatDocuments.Kind;
import fr.portailpartenaires.application.shared.ExchangeHistory;
import fr.portailpartenaires.domain.convention.Convention;
import fr.portailpartenaires.domain.exchange.ExchangeEntry;
import fr.portailpartenaires.domain.exchange.ExchangeInterface;
import fr.portailpartenaires.domain.habitat.InterventionOrder;
import fr.portailpartenaires.domain.shared.BusinessTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The exchange-history entries of the Habitat service (spec §5.3), appended in the use case's transaction: a
 * transmission, a download. An entry names the order, never the NIR.
 */
final class HabitatExchanges {

    private final ExchangeHistory history;

    HabitatExchanges(ExchangeHistory history) {
        this.history = Objects.requireNonNull(history, "history");
    }

    void transmitted(Convention convention, InterventionOrder order, Instant transmittedAt) {
        history.append(new ExchangeEntry(UUID.randomUUID(), transmittedAt, order.dateDeCommande(),
                BusinessTime.dateOf(transmittedAt), convention.regime(), convention.caisse().code(),
                ExchangeEntry.HABITAT, ExchangeInterface.ATTESTATION_VISITE,
                "Transmission de l'attestation de visite de la commande du " + JJ_MM_AAAA.format(order.dateDeCommande())
                        + " (référence " + order.id() + ")",
                convention.partnerId(), Optional.of(convention.id().value())));
    }

    void downloaded(Convention convention, InterventionOrder order, Kind kind, Instant now) {
        LocalDate today = BusinessTime.dateOf(now);
        String document = switch (kind) {
            case EVA -> "de l'évaluation (Eva)";
            case AV -> "de l'attestation de visite";
            case AIDE -> "de la notification d'aide";
        };
        history.append(new ExchangeEntry(UUID.randomUUID(), now, order.dateDeCommande(),
                today.isBefore(order.dateDeCommande()) ? order.dateDeCommande() : today,
                convention.regime(), convention.caisse().code(), ExchangeEntry.HABITAT,
                kind == Kind.AV ? ExchangeInterface.ATTESTATION_VISITE : ExchangeInterface.ORDRE_INTERVENTION,
                "Téléchargement " + document + " de la commande du " + JJ_MM_AAAA.format(order.dateDeCommande())
                        + " (référence " + order.id() + ")",
                convention.partnerId(), Optional.of(convention.id().value())));
    }
}
