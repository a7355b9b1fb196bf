package fr.portailpartenaires.domain.convention;

import fr.portailpartenaires.domain.shared.BusinessTime;
import fr.portailpartenaires.domain.reference.PartnerType;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The conventions of one partner, in the order they were requested (ties broken by id). It guards the rule that a
 * partner never holds the same convention code twice (pending or valid) and tells which
 * conventions open the services on a given day.
 */
public final class PartnerConventions {

    static final Refusal REQUEST_BY_PARTNER = Refusal.of("convention.demande_reservee_partenaire");
    static final Refusal NOT_FOUND = Refusal.of("convention.introuvable");

    private final UUID partnerId;
    private final List<Convention> conventions;

    private PartnerConventions(UUID partnerId, Collection<? extends Convention> conventions) {
        this.partnerId = Objects.requireNonNull(partnerId, "partnerId");
        List<Convention> sorted = new ArrayList<>(conventions);
        sorted.sort(Comparator.comparing(Convention::requestedAt).thenComparing(convention -> convention.id().value()));
        var ids = new HashSet<ConventionId>();
        for (Convention convention : sorted) {
            if (!convention.partnerId().equals(partnerId)) {
                throw new IllegalArgumentException("Convention " + convention.id() + " belongs to another partner");
            }
            if (!ids.add(convention.id())) {
                throw new IllegalArgumentException("Convention " + convention.id() + " appears twice");
            }
        }
        this.conventions = List.copyOf(sorted);
    }

    /** A partner without any convention yet. */
    public static PartnerConventions empty(UUID partnerId) {
        return new PartnerConventions(partnerId, List.of());
    }

    /** The conventions of a partner as stored, in any order. */
    public static PartnerConventions of(UUID partnerId, Collection<? extends Convention> conventions) {
        return new PartnerConventions(partnerId, conventions);
    }

    public UUID partnerId() {
        return partnerId;
    }

    /** Every convention, in the order they were requested. */
    public List<Convention> all() {
        return conventions;
    }

    public Optional<Convention> find(ConventionId id) {
        return conventions.stream().filter(convention -> convention.id().equals(id)).findFirst();
    }

    /** Whether the partner holds this code (pending or valid) on that day. */
    public boolean holds(ConventionCode code, LocalDate today) {
        return conventions.stream().anyMatch(convention -> convention.code().equals(code) && convention.isHeld(today));
    }

    /**
     * A partner administrator adds a convention, which waits for the validation of its caisse.
     * Refused when the partner already holds that code, pending or valid.
     */
    public Result<PartnerConventions> request(Actor actor, ConventionId id, ConventionTerms terms, Clock clock) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(terms, "terms");
        Instant now = clock.instant();
        LocalDate today = BusinessTime.dateOf(now);
        return ownAdministrator(actor)
                .flatMap(admin -> notHeldElsewhere(terms.code(), id, today))
                .map(free -> plus(new Convention.EnAttenteDeValidation(id, partnerId, terms, now)));
    }

    /**
     * The caisse modifies a validated convention of this partner; the new code must not be one the
     * partner already holds in another convention.
     */
    public Result<PartnerConventions> modify(Actor actor, ConventionId id, ConventionCode code,
                                             PartnerType partnerType, LocalDate today) {
        return find(id)
                .<Result<Convention>>map(Result::ok)
                .orElseGet(() -> Result.refused(NOT_FOUND))
                .flatMap(convention -> convention.modify(actor, code, partnerType, today))
                .flatMap(modified -> notHeldElsewhere(code, id, today).map(free -> with(modified)));
    }

    /** The conventions that open the services on that day (validated, not closed), in request order. */
    public List<Convention.Validee> effective(LocalDate today) {
        return conventions.stream()
                .filter(convention -> convention.isEffective(today))
                .map(Convention.Validee.class::cast)
                .toList();
    }

    /** The convention the selector shows first on that day: the first effective one, if any. */
    public Optional<Convention.Validee> defaultSelection(LocalDate today) {
        return effective(today).stream().findFirst();
    }

    private Result<Actor> ownAdministrator(Actor actor) {
        return switch (actor) {
            case Actor.PartnerAdministrator admin -> admin.partnerId().equals(partnerId)
                    ? Result.ok(actor) : Result.refused(ConventionRules.OTHER_PARTNER);
            case Actor.CaisseAdministrator caisse -> Result.refused(REQUEST_BY_PARTNER);
        };
    }

    private Result<ConventionCode> notHeldElsewhere(ConventionCode code, ConventionId self, LocalDate today) {
        boolean held = conventions.stream().anyMatch(convention -> !convention.id().equals(self)
                && convention.code().equals(code) && convention.isHeld(today));
        return held
                ? Result.refused("convention.deja_detenue", code.value())
                : Result.ok(code);
    }

    private PartnerConventions plus(Convention added) {
        List<Convention> next = new ArrayList<>(conventions);
        next.add(added);
        return new PartnerConventions(partnerId, next);
    }

    private PartnerConventions with(Convention changed) {
        List<Convention> next = new ArrayList<>(conventions);
        next.removeIf(convention -> convention.id().equals(changed.id()));
        next.add(changed);
        return new PartnerConventions(partnerId, next);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PartnerConventions that
                && partnerId.equals(that.partnerId) && conventions.equals(that.conventions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(partnerId, conventions);
    }

    @Override
    public String toString() {
        return "PartnerConventions[partnerId=" + partnerId + ", conventions=" + conventions + "]";
    }
}
