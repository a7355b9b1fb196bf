package fr.portailpartenaires.domain.habilitation;

import fr.portailpartenaires.domain.shared.Components;
import fr.portailpartenaires.domain.user.UserId;

/** A user's membership of a group, with its own opening date (mandatory) and optional closing date. */
public record Membership(UserId user, GroupCode group, Period period) {

    public Membership {
        Components.required(Membership.class, user, group, period);
    }
}
