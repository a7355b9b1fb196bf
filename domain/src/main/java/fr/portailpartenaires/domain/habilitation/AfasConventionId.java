package fr.portailpartenaires.domain.habilitation;

import java.util.Objects;
import java.util.UUID;

/** The technical identity of an AFAS convention. */
public record AfasConventionId(UUID value) {

    public AfasConventionId {
        Objects.requireNonNull(value, "value");
    }
}
