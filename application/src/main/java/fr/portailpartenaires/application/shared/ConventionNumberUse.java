package fr.portailpartenaires.application.shared;

import fr.portailpartenaires.domain.convention.ConventionCode;
import fr.portailpartenaires.domain.reference.CaisseCode;
import java.time.LocalDate;

/**
 * Whether a signed convention number is in use (spec §3.4): a pending registration or a pending request of a
 * partner names it, or a convention validated under it is not closed on that day. An invalidation frees it.
 */
public interface ConventionNumberUse {

    boolean inUse(CaisseCode caisse, ConventionCode code, LocalDate today);
}
