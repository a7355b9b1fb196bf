package fr.portailpartenaires.application.billing;

import fr.portailpartenaires.application.shared.FormFields;
import fr.portailpartenaires.application.shared.UseCase;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The caisse's side of billing (spec §5.1–5.2): the global invoices of its conventions, and the payment of one
 * (date, référence, amount, per-line detail), which becomes the partner's payment slip 48 hours after its date.
 * Only a caisse administrator, for its own caisse: another caisse's invoice is "not found".
 */
@UseCase
public interface ManageInvoices {

    /** The invoices of the caller's caisse, newest first (at most 200). */
    Outcome<List<InvoiceView>> invoices(Principal caisseAdministrator);

    /** One invoice of the caller's caisse with its lines. */
    Outcome<InvoiceDetail> invoice(Principal caisseAdministrator, UUID invoiceId);

    /**
     * Records the payment of an invoice: a date not in the future, a référence, an amount equal to the sum of
     * the lines paid; without {@code lignes}, every line of the invoice is paid at its amount. One payment per
     * invoice ({@code CONFLICT} for a second one).
     */
    Outcome<PaymentView> recordPayment(Principal caisseAdministrator, UUID invoiceId, PaymentForm form,
            String sourceAddress);

    /**
     * @param montant the total, e.g. {@code "175.50"}; {@code motif} the rule that generated the invoice
     */
    record InvoiceView(UUID id, String numero, String codeConvention, Instant emiseLe, String motif,
            int nombreLignes, String montant, boolean payee) {
    }

    /** An invoice line as the caisse sees it (without the NIR). */
    record LineView(UUID id, String certificat, String beneficiaire, String montant, Instant transmiseLe) {
    }

    record InvoiceDetail(InvoiceView facture, List<LineView> lignes) {
    }

    /** What the caisse types: dates {@code AAAA-MM-JJ}, amounts {@code 175,50} or {@code 175.50}. */
    record PaymentForm(
            @NotBlank(message = "La date de paiement est obligatoire.")
            @Size(max = 10, message = "La date de paiement doit être au format AAAA-MM-JJ.")
            String datePaiement,
            @NotBlank(message = "La référence du paiement est obligatoire.")
            @Size(max = 30, message = "La référence du paiement comporte au plus 30 caractères.")
            String reference,
            @FormFields.Amount String montant,
            @Valid @Size(max = 1000, message = "Une facture a au plus 1000 lignes.")
            List<LinePayment> lignes) {
    }

    record LinePayment(
            @NotBlank(message = "Le certificat est obligatoire.")
            @Size(max = 40, message = "Ce certificat n'est pas une ligne de la facture.")
            String certificat,
            @FormFields.Amount String montant) {
    }

    /** A recorded payment: {@code visibleLe} is when the partner will see its slip. */
    record PaymentView(UUID id, UUID facture, LocalDate datePaiement, String reference, String montant,
            int nombreLignes, Instant visibleLe) {
    }
}
