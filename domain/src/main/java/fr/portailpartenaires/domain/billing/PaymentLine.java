package fr.portailpartenaires.domain.billing;

import fr.portailpartenaires.domain.shared.Money;
import fr.portailpartenaires.domain.shared.Nir;
import java.util.Objects;

/**
 * One line of a payment (and of its slip): the retiree, their NIR, the visit certificate and the
 * amount paid for it. {@link #toString()} masks the NIR.
 */
public record PaymentLine(String retireeName, Nir nir, String certificateReference, Money amount) {

    public PaymentLine {
        retireeName = InvoiceLine.text("retireeName", retireeName, InvoiceLine.MAX_NAME);
        Objects.requireNonNull(nir, "nir");
        certificateReference = InvoiceLine.text("certificateReference", certificateReference,
                InvoiceLine.MAX_REFERENCE);
        Objects.requireNonNull(amount, "amount");
    }
}
