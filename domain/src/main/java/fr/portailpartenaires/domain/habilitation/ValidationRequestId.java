package fr.portailpartenaires.domain.habilitation;

import java.util.Objects;
import java.util.UUID;

/** The technical identity of an approver validation request sent to the CAF. */
public record ValidationRequestId(UUID value) {

    public ValidationRequestId {
        Objects.requireNonNull(value, "value");
    }
}
