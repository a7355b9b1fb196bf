package fr.portailpartenaires.application.shared;

import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.partner.PartnerId;
import java.util.Optional;

/** The partners with their users (one aggregate), stored with an optimistic version. */
public interface Partners {

    /** Stores a new partner and its users (accounts without password yet). */
    void add(Partner partner);

    Optional<Partner> find(PartnerId id);

    /**
     * Stores the changed partner and its users if its version is still the one it was read with
     * ({@code partner.version()}); answers false, changing nothing, otherwise.
     */
    boolean update(Partner partner);
}
