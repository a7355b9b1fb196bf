package fr.portailpartenaires.domain.convention;

import java.util.Objects;
import java.util.UUID;

/**
 * The technical identity of a convention (request), distinct from its business {@link ConventionCode}.
 *
 * @param value the UUID
 */
public record ConventionId(UUID value) {

    public ConventionId {
        Objects.requireNonNull(value, "value");
    }
}
