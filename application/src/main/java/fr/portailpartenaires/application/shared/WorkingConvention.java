package fr.portailpartenaires.application.shared;

import fr.portailpartenaires.domain.shared.BusinessTime;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.domain.convention.Convention;
import fr.portailpartenaires.domain.convention.PartnerConventions;
import fr.portailpartenaires.domain.shared.Refusal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The convention a partner user works on today (spec §3.3), for the use cases whose lists are scoped to it: the
 * one selected in their session while it is still effective (validated, not closed), else the partner's first
 * effective one. Runs inside the caller's transaction.
 */
public final class WorkingConvention {

    public static final Refusal NO_EFFECTIVE_CONVENTION = Refusal.of("convention.aucune_validee");

    private final Conventions conventions;
    private final Clock clock;

    public WorkingConvention(Conventions conventions, Clock clock) {
        this.conventions = Objects.requireNonNull(conventions, "conventions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The convention worked on; refused {@code FORBIDDEN} to anyone but a partner user who may act, and
     * {@code UNPROCESSABLE} when their partner has no effective convention.
     */
    public Outcome<Convention.Validee> of(Principal principal) {
        return Guards.partnerUser(principal).flatMap(user -> find(user, conventions.of(user.partnerId()))
                .<Outcome<Convention.Validee>>map(Outcome::done)
                .orElseGet(() -> Outcome.refused(Reason.UNPROCESSABLE, NO_EFFECTIVE_CONVENTION)));
    }

    /** The convention worked on among the partner's conventions, if any is effective. */
    public Optional<Convention.Validee> find(Principal.PartnerUser user, PartnerConventions ofPartner) {
        return find(user, ofPartner, BusinessTime.today(clock));
    }

    /** The convention worked on that day among the partner's conventions, if any is effective. */
    public static Optional<Convention.Validee> find(Principal.PartnerUser user, PartnerConventions ofPartner,
            LocalDate today) {
        return user.selection()
                .flatMap(ofPartner::find)
                .filter(convention -> convention.isEffective(today))
                .map(Convention.Validee.class::cast)
                .or(() -> ofPartner.defaultSelection(today));
    }
}
