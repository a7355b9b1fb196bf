package fr.portailpartenaires.application.billing;

import fr.portailpartenaires.application.shared.UseCase;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.domain.billing.PaymentLine;
import fr.portailpartenaires.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * « Bordereaux de paiement » (spec §5.2, manuel ergothérapeutes §4): the slips of the convention the partner user
 * works on (the one selected in the session), each 48 hours after its payment date, downloaded as PDF, XML or
 * CSV. Every download is appended to the exchange history. A slip of another convention, or not yet visible,
 * is "not found".
 */
@UseCase
public interface PaymentSlips {

    /** The visible slips of the working convention: code convention, date de paiement, référence (newest first). */
    Outcome<List<SlipSummary>> slips(Principal partnerUser);

    /** The slip's data, to be rendered in {@code format}; the download is recorded in the exchange history. */
    Outcome<PaymentSlip> download(Principal partnerUser, UUID slipId, SlipFormat format, String sourceAddress);

    enum SlipFormat { PDF, XML, CSV }

    record SlipSummary(UUID id, String codeConvention, LocalDate datePaiement, String reference, String montant) {
    }

    /**
     * A payment slip: everything its three formats show. The lines carry the retirees' NIRs (the partner's own
     * data); {@link #toString()} does not print them.
     *
     * @param caisse the caisse's label; {@code codeCaisse} its code
     */
    record PaymentSlip(UUID id, String codeConvention, String regime, String codeCaisse, String caisse,
            String numeroFacture, LocalDate datePaiement, String reference, Money montant, List<PaymentLine> lignes) {

        public PaymentSlip {
            Objects.requireNonNull(id, "id");
            lignes = List.copyOf(lignes);
        }

        @Override
        public String toString() {
            return "PaymentSlip[id=" + id + ", reference=" + reference + ", lignes=" + lignes.size() + "]";
        }
    }
}
