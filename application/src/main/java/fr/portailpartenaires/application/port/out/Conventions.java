package fr.portailpartenaires.application.port.out;

import fr.portailpartenaires.domain.convention.Convention;
import fr.portailpartenaires.domain.convention.PartnerConventions;
import fr.portailpartenaires.domain.partner.PartnerId;

/** The partners' conventions. */
public interface Conventions {

    void add(Convention convention);

    /** Every convention of the partner, in request order. */
    PartnerConventions of(PartnerId partner);
}
