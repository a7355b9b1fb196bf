package fr.portailpartenaires.adapters.persistence.exchange;

import static fr.portailpartenaires.adapters.persistence.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.shared.ExchangeHistory;
import fr.portailpartenaires.application.shared.ExchangeHistory.Cursor;
import fr.portailpartenaires.application.shared.ExchangeHistory.Query;
import fr.portailpartenaires.domain.exchange.ExchangeEntry;
import fr.portailpartenaires.domain.exchange.ExchangeInterface;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.reference.RegimeCode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The exchange history: appended, searched with every filter, paged by keyset either way, purged by date. */
abstract class ExchangeHistoryContract {

    private static final UUID PARTNER = UUID.fromString("11111111-1111-4111-8111-111111111111");
    private static final UUID OTHER_PARTNER = UUID.fromString("22222222-2222-4222-8222-222222222222");
    private static final UUID ERGO = UUID.fromString("33333333-3333-4333-8333-333333333333");
    private static final CaisseCode CARSAT = CaisseCode.of("CARSAT-NORD-PICARDIE");
    private static final CaisseCode MSA = CaisseCode.of("MSA-ALSACE");

    /** An empty history. */
    protected abstract ExchangeHistory emptyExchangeHistory();

    private ExchangeHistory history;
    private ExchangeEntry slipPdf;
    private ExchangeEntry slipCsv;
    private ExchangeEntry certificate;
    private ExchangeEntry msa;
    private ExchangeEntry otherPartner;

    @BeforeEach
    void setUp() {
        history = emptyExchangeHistory();
        slipPdf = entry(NOW, PARTNER, CARSAT, ExchangeInterface.BORDEREAU_PAIEMENT, "Bordereau VIR-1 format PDF");
        slipCsv = entry(NOW.plusSeconds(60), PARTNER, CARSAT, ExchangeInterface.BORDEREAU_PAIEMENT,
                "Bordereau VIR-1 format CSV");
        certificate = entry(NOW.plusSeconds(120), PARTNER, CARSAT, ExchangeInterface.ATTESTATION_VISITE,
                "Transmission de l'attestation AV-1");
        msa = entry(NOW.plusSeconds(180), PARTNER, MSA, ExchangeInterface.ORDRE_INTERVENTION, "Ordre OI-7");
        otherPartner = entry(NOW.plusSeconds(240), OTHER_PARTNER, CARSAT, ExchangeInterface.BORDEREAU_PAIEMENT,
                "Bordereau VIR-2 format PDF");
        List.of(slipPdf, slipCsv, certificate, msa, otherPartner).forEach(history::append);
    }

    private static ExchangeEntry entry(Instant at, UUID partner, CaisseCode caisse, ExchangeInterface kind,
            String commentaire) {
        return new ExchangeEntry(UUID.randomUUID(), at, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28),
                RegimeCode.of(caisse.equals(MSA) ? "MSA" : "CNAV"), caisse, ExchangeEntry.HABITAT, kind, commentaire,
                partner, Optional.of(ERGO));
    }

    private static Query march() {
        return Query.between(NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)));
    }

    @Test
    void entries_are_kept_whole_and_sorted_by_date_either_way() {
        assertThat(history.search(march().withPartner(PARTNER)))
                .containsExactly(msa, certificate, slipCsv, slipPdf);
        assertThat(history.search(march().withPartner(PARTNER).sorted(true)))
                .containsExactly(slipPdf, slipCsv, certificate, msa);
    }

    @Test
    void the_period_bounds_are_inclusive_then_exclusive() {
        assertThat(history.search(Query.between(NOW, NOW.plusSeconds(60)).withPartner(PARTNER)))
                .containsExactly(slipPdf);
    }

    @Test
    void every_filter_narrows_the_search() {
        assertThat(history.search(march().withCaisse(CARSAT).withRegime(RegimeCode.of("CNAV"))))
                .containsExactly(otherPartner, certificate, slipCsv, slipPdf);
        assertThat(history.search(march().withInterface(ExchangeInterface.ORDRE_INTERVENTION))).containsExactly(msa);
        assertThat(history.search(march().withCommentaire("format pdf"))).containsExactly(otherPartner, slipPdf);
        assertThat(history.search(march().withCommentaire("100%_"))).isEmpty();
        assertThat(history.search(march().withConvention(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void an_ergotherapeutes_convention_shows_only_the_payment_slip_entries() {
        assertThat(history.search(march().withPartner(PARTNER).withBordereauxOnlyFor(Set.of(ERGO))))
                .containsExactly(slipCsv, slipPdf);
    }

    @Test
    void pages_follow_each_other_by_keyset_in_both_orders() {
        Query newest = march().withPartner(PARTNER).page(Optional.empty(), 3);
        assertThat(history.search(newest)).containsExactly(msa, certificate, slipCsv);
        assertThat(history.search(newest.page(Optional.of(new Cursor(slipCsv.occurredAt(), slipCsv.id())), 3)))
                .containsExactly(slipPdf);
        Query oldest = march().withPartner(PARTNER).sorted(true).page(
                Optional.of(new Cursor(slipCsv.occurredAt(), slipCsv.id())), 3);
        assertThat(history.search(oldest)).containsExactly(certificate, msa);
    }

    @Test
    void the_purge_deletes_what_occurred_before_the_instant_only() {
        assertThat(history.purgeBefore(NOW.plusSeconds(120))).isEqualTo(2);
        assertThat(history.search(march())).containsExactly(otherPartner, msa, certificate);
    }
}
