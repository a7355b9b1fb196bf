package fr.portailpartenaires.domain.habitat;

import java.time.Instant;
import java.util.UUID;

/**
 * What a transmission produced: the file, now {@link VisitCertificate.Transmise}, and the facts the
 * application needs to create the invoice line of the convention (§5.1) and trace the exchange.
 *
 * @param file the file after transmission
 */
public record TransmissionRecorded(InterventionFile file) {

    public TransmissionRecorded {
        if (!(file.certificate() instanceof VisitCertificate.Transmise)) {
            throw new IllegalArgumentException("A transmission is recorded on a transmitted certificate only");
        }
    }

    public UUID orderId() {
        return file.orderId();
    }

    public UUID conventionId() {
        return file.conventionId();
    }

    /** The date de transmission: the instant the invoice line is created for. */
    public Instant transmittedAt() {
        return ((VisitCertificate.Transmise) file.certificate()).transmittedAt();
    }
}
