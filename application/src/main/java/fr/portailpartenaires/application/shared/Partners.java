package fr.portailpartenaires.application.shared;

import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.partner.PartnerId;
import java.util.Optional;

/**
 * The partners with their users (one aggregate), stored with an optimistic version. A user is read from their account
 * (ADR 26): the store writes the partner's own data and its users' administrator right, never a person's identity —
 * the accounts of new, changed or removed users are the use case's steps through {@link Accounts}, after the save.
 */
public interface Partners {

    /** Stores a new partner; its users' accounts are then opened by {@link Accounts#openPartnerUser}. */
    void add(Partner partner);

    Optional<Partner> find(PartnerId id);

    /**
     * Stores the changed partner and the administrator right of its users who have an account, if its version is still
     * the one it was read with ({@code partner.version()}); answers false, changing nothing, otherwise.
     */
    boolean update(Partner partner);
}
