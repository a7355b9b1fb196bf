package fr.portailpartenaires.application.partner;

import fr.portailpartenaires.application.partner.ViewMyPartner.PartnerView;
import fr.portailpartenaires.domain.convention.PartnerConventions;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.user.UserId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The read side of "my partner" (spec §3.1): the page's data read straight from storage, shaped
 * for display, without rebuilding and re-validating the Partner aggregate and its conventions
 * (ADR 0012). Writes still go through {@link Partners} and {@link Conventions}.
 */
public interface PartnerViews {

    /**
     * The partner as its page shows it on that day, with {@code administrateur} telling whether the
     * viewer is one of its administrators; empty when the partner does not exist.
     */
    Optional<PartnerView> partnerView(PartnerId partner, UserId viewer, LocalDate today);

    /**
     * What the pages' layout shows of the partner on every page — its name, whether the viewer administers it, its
     * conventions (for the services menu and the selector) — read with <em>one</em> statement, nothing formatted;
     * empty when the partner does not exist.
     */
    Optional<Header> partnerHeader(PartnerId partner, UserId viewer);

    /** The partner's name, whether the viewer administers it, and all its conventions. */
    record Header(String nom, boolean administrateur, PartnerConventions conventions) {
    }
}
