package fr.portailpartenaires.domain.partner;

import java.util.Objects;
import java.util.UUID;

/** The technical identity of a partner organisation. */
public record PartnerId(UUID value) {

    public PartnerId {
        Objects.requireNonNull(value, "value");
    }

    public static PartnerId random() {
        return new PartnerId(UUID.randomUUID());
    }
}
