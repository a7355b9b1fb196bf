package fr.portailpartenaires.domain.user;

import java.util.Objects;
import java.util.UUID;

/** The technical identity of a portal user, stable for the user's whole life. */
public record UserId(UUID value) {

    public UserId {
        Objects.requireNonNull(value, "value");
    }

    public static UserId random() {
        return new UserId(UUID.randomUUID());
    }
}
