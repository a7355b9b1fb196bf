package fr.portailpartenaires.domain.convention;

import fr.portailpartenaires.domain.reference.Caisse;
import fr.portailpartenaires.domain.reference.PartnerType;
import fr.portailpartenaires.domain.reference.RegimeCode;
import fr.portailpartenaires.domain.shared.Components;
import fr.portailpartenaires.domain.shared.Result;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A convention between a partner and a caisse, one record per state of its lifecycle (spec §3.3):
 * requested by a partner administrator ({@link EnAttenteDeValidation}), then validated
 * ({@link Validee}) or invalidated with a motif ({@link Invalidee}, final) by the administrator of
 * its caisse. A validated convention may be modified or closed at a date only by its caisse; the
 * closure is not a state of its own but derived from the date, see {@link #etat(LocalDate)}.
 * Every transition returns the new state, or a French refusal that changes nothing.
 */
public sealed interface Convention
        permits Convention.EnAttenteDeValidation, Convention.Validee, Convention.Invalidee {

    ConventionId id();

    UUID partnerId();

    ConventionTerms terms();

    Instant requestedAt();

    default Caisse caisse() {
        return terms().caisse();
    }

    default RegimeCode regime() {
        return terms().regime();
    }

    default ConventionCode code() {
        return terms().code();
    }

    default PartnerType partnerType() {
        return terms().partnerType();
    }

    /** The état on that day: a validated convention is closed from its closure date on. */
    default EtatConvention etat(LocalDate today) {
        return switch (this) {
            case EnAttenteDeValidation pending -> EtatConvention.EN_ATTENTE_DE_VALIDATION;
            case Validee validee -> EtatConvention.ofValidated(validee.dateDeCloture(), today);
            case Invalidee invalidee -> EtatConvention.INVALIDEE;
        };
    }

    /** Whether the convention opens the services (Habitat…) on that day: validated and not closed. */
    default boolean isEffective(LocalDate today) {
        return etat(today) == EtatConvention.VALIDEE;
    }

    /** Whether the partner holds it on that day (pending or valid), so that its code cannot be requested again. */
    default boolean isHeld(LocalDate today) {
        EtatConvention etat = etat(today);
        return etat == EtatConvention.EN_ATTENTE_DE_VALIDATION || etat == EtatConvention.VALIDEE;
    }

    /** The caisse of the convention validates a pending request. */
    Result<Validee> validate(Actor actor, Instant at);

    /** The caisse of the convention refuses a pending request, with a motif sent to the partner. */
    Result<Invalidee> invalidate(Actor actor, String motif, Instant at);

    /** The caisse changes the code or the partner type of a validated, unclosed convention. */
    Result<Validee> modify(Actor actor, ConventionCode code, PartnerType partnerType, LocalDate today);

    /** The caisse closes a validated convention at a date (today or later); a later date may be moved. */
    Result<Validee> close(Actor actor, LocalDate dateDeCloture, LocalDate today);

    /** A request made by a partner administrator, waiting for its caisse. */
    record EnAttenteDeValidation(ConventionId id, UUID partnerId, ConventionTerms terms, Instant requestedAt)
            implements Convention {

        public EnAttenteDeValidation {
            Components.required(EnAttenteDeValidation.class, id, partnerId, terms, requestedAt);
        }

        @Override
        public Result<Validee> validate(Actor actor, Instant at) {
            Objects.requireNonNull(at, "at");
            return ConventionRules.inScope(this, actor)
                    .flatMap(inScope -> ConventionRules.caisseOnly(actor, ConventionRules.VALIDATION_BY_CAISSE))
                    .map(caisse -> new Validee(id, partnerId, terms, requestedAt, at, Optional.empty()));
        }

        @Override
        public Result<Invalidee> invalidate(Actor actor, String motif, Instant at) {
            Objects.requireNonNull(at, "at");
            return ConventionRules.inScope(this, actor)
                    .flatMap(inScope -> ConventionRules.caisseOnly(actor, ConventionRules.INVALIDATION_BY_CAISSE))
                    .flatMap(caisse -> Motif.parse(motif))
                    .map(reason -> new Invalidee(id, partnerId, terms, requestedAt, reason, at));
        }

        @Override
        public Result<Validee> modify(Actor actor, ConventionCode code, PartnerType partnerType, LocalDate today) {
            return ConventionRules.notInThisState(this, actor, ConventionRules.PENDING_CANNOT_BE_MODIFIED);
        }

        @Override
        public Result<Validee> close(Actor actor, LocalDate dateDeCloture, LocalDate today) {
            return ConventionRules.notInThisState(this, actor, ConventionRules.PENDING_CANNOT_BE_CLOSED);
        }
    }

    /**
     * A convention validated by its caisse; it opens the services until its closure date, if any.
     *
     * @param validatedAt   when the caisse validated it
     * @param dateDeCloture the first day on which it is closed, if the caisse set one
     */
    record Validee(ConventionId id, UUID partnerId, ConventionTerms terms, Instant requestedAt,
                   Instant validatedAt, Optional<LocalDate> dateDeCloture) implements Convention {

        public Validee {
            Components.required(Validee.class, id, partnerId, terms, requestedAt, validatedAt, dateDeCloture);
        }

        /** Whether the convention is closed on that day (from its closure date on). */
        public boolean isClosedOn(LocalDate today) {
            return EtatConvention.ofValidated(dateDeCloture, today) == EtatConvention.CLOTUREE;
        }

        @Override
        public Result<Validee> validate(Actor actor, Instant at) {
            return ConventionRules.notInThisState(this, actor, ConventionRules.ALREADY_VALIDATED);
        }

        @Override
        public Result<Invalidee> invalidate(Actor actor, String motif, Instant at) {
            return ConventionRules.notInThisState(this, actor, ConventionRules.VALIDATED_CANNOT_BE_INVALIDATED);
        }

        @Override
        public Result<Validee> modify(Actor actor, ConventionCode code, PartnerType partnerType, LocalDate today) {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(partnerType, "partnerType");
            return openInScope(actor, today)
                    .flatMap(open -> ConventionRules.caisseOnly(actor, ConventionRules.MODIFICATION_BY_CAISSE))
                    .map(caisse -> new Validee(id, partnerId, terms.with(code, partnerType), requestedAt,
                            validatedAt, dateDeCloture));
        }

        @Override
        public Result<Validee> close(Actor actor, LocalDate date, LocalDate today) {
            Objects.requireNonNull(date, "dateDeCloture");
            return openInScope(actor, today)
                    .flatMap(open -> ConventionRules.caisseOnly(actor, ConventionRules.CLOSURE_BY_CAISSE))
                    .flatMap(caisse -> date.isBefore(today)
                            ? Result.refused(ConventionRules.CLOSURE_IN_THE_PAST)
                            : Result.ok(new Validee(id, partnerId, terms, requestedAt, validatedAt, Optional.of(date))));
        }

        private Result<Actor> openInScope(Actor actor, LocalDate today) {
            return ConventionRules.inScope(this, actor)
                    .flatMap(inScope -> isClosedOn(today) ? Result.refused(ConventionRules.CLOSED) : Result.ok(actor));
        }
    }

    /**
     * A request refused by its caisse; final (the partner may make a new request).
     *
     * @param motif         why the caisse refused it
     * @param invalidatedAt when
     */
    record Invalidee(ConventionId id, UUID partnerId, ConventionTerms terms, Instant requestedAt,
                     Motif motif, Instant invalidatedAt) implements Convention {

        public Invalidee {
            Components.required(Invalidee.class, id, partnerId, terms, requestedAt, motif, invalidatedAt);
        }

        @Override
        public Result<Validee> validate(Actor actor, Instant at) {
            return ConventionRules.notInThisState(this, actor, ConventionRules.INVALIDATED);
        }

        @Override
        public Result<Invalidee> invalidate(Actor actor, String motif, Instant at) {
            return ConventionRules.notInThisState(this, actor, ConventionRules.INVALIDATED);
        }

        @Override
        public Result<Validee> modify(Actor actor, ConventionCode code, PartnerType partnerType, LocalDate today) {
            return ConventionRules.notInThisState(this, actor, ConventionRules.INVALIDATED);
        }

        @Override
        public Result<Validee> close(Actor actor, LocalDate dateDeCloture, LocalDate today) {
            return ConventionRules.notInThisState(this, actor, ConventionRules.INVALIDATED);
        }
    }
}
