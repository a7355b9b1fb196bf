package fr.portailpartenaires.domain.habilitation;

import java.util.Objects;
import java.util.UUID;

/** The technical identity of an activity of an AFAS convention. */
public record ActivityId(UUID value) {

    public ActivityId {
        Objects.requireNonNull(value, "value");
    }
}
