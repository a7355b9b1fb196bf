package fr.portailpartenaires.domain.habilitation;

import fr.portailpartenaires.domain.user.UserId;
import java.util.Objects;

/** A user's membership of a group, with its own opening date (mandatory) and optional closing date. */
public record Membership(UserId user, GroupCode group, Period period) {

    public Membership {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(period, "period");
    }
}
