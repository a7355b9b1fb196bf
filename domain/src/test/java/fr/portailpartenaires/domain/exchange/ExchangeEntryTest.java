package fr.portailpartenaires.domain.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.reference.RegimeCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExchangeEntryTest {

    private static ExchangeEntry at(Instant occurredAt) {
        return new ExchangeEntry(UUID.randomUUID(), occurredAt, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31),
                RegimeCode.of("CNAV"), CaisseCode.of("CARSAT-NORD-PICARDIE"), ExchangeEntry.HABITAT,
                ExchangeInterface.BORDEREAU_PAIEMENT, "Récupération du bordereau de paiement VIR-1 (PDF)",
                UUID.randomUUID(), Optional.empty());
    }

    @Test
    void an_entry_is_kept_six_calendar_months_of_paris_then_expires() {
        Instant now = Instant.parse("2025-09-17T10:00:00Z"); // 12:00 in Paris (summer time)
        // six months earlier is 17 March 12:00 in Paris, winter time: 11:00 UTC
        assertThat(ExchangeRetention.isExpired(at(Instant.parse("2025-03-17T11:00:00Z")), now)).isFalse();
        assertThat(ExchangeRetention.isExpired(at(Instant.parse("2025-03-17T10:59:59Z")), now)).isTrue();
    }

    @Test
    void a_period_cannot_end_before_it_starts_nor_a_commentaire_be_blank() {
        assertThatThrownBy(() -> new ExchangeEntry(UUID.randomUUID(), Instant.EPOCH, LocalDate.of(2025, 3, 2),
                LocalDate.of(2025, 3, 1), RegimeCode.of("CNAV"), CaisseCode.of("CARSAT-NORD-PICARDIE"), "A",
                ExchangeInterface.BORDEREAU_PAIEMENT, "c", UUID.randomUUID(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExchangeEntry(UUID.randomUUID(), Instant.EPOCH, LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 1), RegimeCode.of("CNAV"), CaisseCode.of("CARSAT-NORD-PICARDIE"), "A",
                ExchangeInterface.BORDEREAU_PAIEMENT, "  ", UUID.randomUUID(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
