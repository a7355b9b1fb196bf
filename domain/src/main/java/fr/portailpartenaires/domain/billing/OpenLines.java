package fr.portailpartenaires.domain.billing;

import fr.portailpartenaires.domain.shared.Components;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the invoicing rule needs to know of a convention's open (not yet invoiced) lines.
 *
 * @param conventionId        the convention
 * @param count               how many lines are open (at least one)
 * @param oldestTransmission  the transmission of the oldest open line
 * @param thresholdReachedAt  the transmission that made the open lines reach {@value InvoicingRule#THRESHOLD}
 *                            (the {@value InvoicingRule#THRESHOLD}th oldest open line), if they did
 */
public record OpenLines(UUID conventionId, int count, Instant oldestTransmission, Optional<Instant> thresholdReachedAt) {

    public OpenLines {
        Components.required(OpenLines.class, conventionId, count, oldestTransmission, thresholdReachedAt);
        if (count < 1) {
            throw new IllegalArgumentException("A convention without open lines has nothing to invoice");
        }
        if (thresholdReachedAt.isPresent() != (count >= InvoicingRule.THRESHOLD)) {
            throw new IllegalArgumentException("The threshold is reached exactly when "
                    + InvoicingRule.THRESHOLD + " lines or more are open");
        }
    }

    /** The summary of a convention's open lines (one or more). */
    public static OpenLines of(UUID conventionId, List<InvoiceLine> open) {
        List<Instant> transmissions = open.stream().map(InvoiceLine::transmittedAt).sorted().toList();
        if (transmissions.isEmpty()) {
            throw new IllegalArgumentException("A convention without open lines has nothing to invoice");
        }
        return new OpenLines(conventionId, transmissions.size(), transmissions.getFirst(),
                transmissions.size() >= InvoicingRule.THRESHOLD
                        ? Optional.of(transmissions.get(InvoicingRule.THRESHOLD - 1))
                        : Optional.empty());
    }
}
