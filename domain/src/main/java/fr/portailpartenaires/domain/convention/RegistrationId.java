package fr.portailpartenaires.domain.convention;

import java.util.Objects;
import java.util.UUID;

/**
 * The technical identity of a self-registration request (pré-inscription).
 *
 * @param value the UUID
 */
public record RegistrationId(UUID value) {

    public RegistrationId {
        Objects.requireNonNull(value, "value");
    }
}
