package fr.portailpartenaires.domain.billing;

import fr.portailpartenaires.domain.shared.Components;
import fr.portailpartenaires.domain.shared.Money;
import fr.portailpartenaires.domain.shared.Nir;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One line of a convention's invoice (ligne de facture): one transmitted visit certificate, billed at
 * the convention's tariff. A line is open until a {@link GlobalInvoice} gathers it; it then belongs to
 * that invoice only.
 *
 * <p>The NIR is personal data: {@link #toString()} masks it (see {@link Nir#toString()}).
 *
 * @param id                   the line's id
 * @param conventionId         the convention billed
 * @param certificateReference the visit certificate's reference (one line per certificate)
 * @param retireeName          the retiree's name, as on the certificate
 * @param nir                  the retiree's NIR
 * @param amount               the convention's tariff at transmission
 * @param transmittedAt        when the certificate was transmitted
 */
public record InvoiceLine(UUID id, UUID conventionId, String certificateReference, String retireeName, Nir nir,
        Money amount, Instant transmittedAt) {

    public static final int MAX_REFERENCE = 40;
    public static final int MAX_NAME = 100;

    public InvoiceLine {
        Components.required(InvoiceLine.class, id, conventionId, certificateReference, retireeName, nir, amount,
                transmittedAt);
        certificateReference = text("certificateReference", certificateReference, MAX_REFERENCE);
        retireeName = text("retireeName", retireeName, MAX_NAME);
    }

    static String text(String name, String value, int max) {
        Objects.requireNonNull(value, name);
        String stripped = value.strip();
        if (stripped.isEmpty() || stripped.length() > max || stripped.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(name + " must have 1 to " + max + " printable characters");
        }
        return stripped;
    }
}
