package fr.portailpartenaires.application.billing;

import fr.portailpartenaires.application.shared.UseCase;
import fr.portailpartenaires.domain.billing.InvoiceLine;
import fr.portailpartenaires.domain.convention.ConventionId;
import fr.portailpartenaires.domain.shared.Nir;
import java.time.Instant;

/**
 * The one entry point of billing for the services that transmit (spec §5.1): the Habitat transmission of a
 * visit certificate calls it inside its own transaction, so the certificate is transmitted if and only if its
 * invoice line exists. Not a user's use case: no principal, the caller has authorized the transmission.
 */
@UseCase
public interface OpenInvoiceLine {

    /**
     * Opens the invoice line of a transmitted visit certificate, billed at the convention's tariff (or the
     * default tariff). Idempotent per certificate (reference within the convention): a certificate already billed keeps its line, which is answered.
     *
     * @param convention           the convention of the certificate (must exist)
     * @param certificateReference the certificate's reference (1 to 40 characters)
     * @param retireeName          the retiree's name as on the certificate (1 to 100 characters)
     * @param nir                  the retiree's NIR (shown on the partner's payment slip, never logged)
     * @param transmittedAt        la date de transmission
     * @throws IllegalArgumentException when the convention does not exist (a bug of the caller)
     */
    InvoiceLine open(ConventionId convention, String certificateReference, String retireeName, Nir nir,
            Instant transmittedAt);
}
