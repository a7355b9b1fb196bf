package fr.portailpartenaires.domain.habilitation;

import java.util.Objects;
import java.util.UUID;

/** The technical identity of a role grant (one role, one user, one activity or place). */
public record GrantId(UUID value) {

    public GrantId {
        Objects.requireNonNull(value, "value");
    }
}
