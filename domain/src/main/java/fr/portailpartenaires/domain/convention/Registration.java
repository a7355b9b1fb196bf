package fr.portailpartenaires.domain.convention;

import fr.portailpartenaires.domain.shared.Components;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A self-registration request (pré-inscription, spec §2.1), one record per state: submitted by a
 * visitor ({@link EnAttenteDeValidation}), then validated ({@link Validee}) or invalidated with a
 * motif ({@link Invalidee}, final: the partner registers again from scratch) by an administrator
 * of the caisse chosen in the form. The requested convention is typed; the rest of the form
 * (partner data, first administrator) is an opaque payload {@code F} assembled by the application.
 *
 * @param <F> the type of the registration form's partner and administrator data
 */
public sealed interface Registration<F>
        permits Registration.EnAttenteDeValidation, Registration.Decided {

    RegistrationId id();

    /** The convention the visitor declared (régime, caisse, code, partner type). */
    ConventionTerms convention();

    F form();

    CguAcceptance cgu();

    Instant submittedAt();

    default EtatInscription etat() {
        return switch (this) {
            case EnAttenteDeValidation<F> pending -> EtatInscription.EN_ATTENTE_DE_VALIDATION;
            case Validee<F> validee -> EtatInscription.VALIDEE;
            case Invalidee<F> invalidee -> EtatInscription.INVALIDEE;
        };
    }

    /** The chosen caisse accepts the request: the application then creates the partner, its convention and administrator. */
    Result<Validee<F>> validate(Actor actor, Instant at);

    /** The chosen caisse refuses the request with a motif sent to the requester. */
    Result<Invalidee<F>> invalidate(Actor actor, String motif, Instant at);

    /**
     * Submits a registration, refused while another request for the same convention code is still
     * pending.
     *
     * @param others the registrations already stored for that convention code (any state)
     */
    static <F> Result<EnAttenteDeValidation<F>> submit(RegistrationId id, ConventionTerms convention, F form,
                                                       CguAcceptance cgu, Instant at,
                                                       Collection<? extends Registration<?>> others) {
        Optional<? extends Registration<?>> pendingTwin = others.stream()
                .filter(other -> other.etat() == EtatInscription.EN_ATTENTE_DE_VALIDATION
                        && other.convention().code().equals(convention.code()))
                .findFirst();
        return pendingTwin.isPresent()
                ? Result.refused("inscription.deja_en_attente", convention.code().value())
                : Result.ok(new EnAttenteDeValidation<>(id, convention, form, cgu, at));
    }

    /**
     * A request the chosen caisse has decided on (validated or invalidated): final, so that a second decision, even
     * the same one, is refused with {@link #whyFinal()} (to whoever may see the request).
     */
    sealed interface Decided<F> extends Registration<F> permits Validee, Invalidee {

        /** The refusal of any further decision. */
        Refusal whyFinal();

        @Override
        default Result<Validee<F>> validate(Actor actor, Instant at) {
            return RegistrationRules.notInThisState(this, actor, whyFinal());
        }

        @Override
        default Result<Invalidee<F>> invalidate(Actor actor, String motif, Instant at) {
            return RegistrationRules.notInThisState(this, actor, whyFinal());
        }
    }

    /** A submitted request waiting for the chosen caisse. */
    record EnAttenteDeValidation<F>(RegistrationId id, ConventionTerms convention, F form, CguAcceptance cgu,
                                    Instant submittedAt) implements Registration<F> {

        public EnAttenteDeValidation {
            Components.required(EnAttenteDeValidation.class, id, convention, form, cgu, submittedAt);
        }

        @Override
        public Result<Validee<F>> validate(Actor actor, Instant at) {
            Objects.requireNonNull(at, "at");
            return RegistrationRules.chosenCaisse(this, actor)
                    .map(caisse -> new Validee<>(id, convention, form, cgu, submittedAt, at));
        }

        @Override
        public Result<Invalidee<F>> invalidate(Actor actor, String motif, Instant at) {
            Objects.requireNonNull(at, "at");
            return RegistrationRules.chosenCaisse(this, actor)
                    .flatMap(caisse -> Motif.parse(motif))
                    .map(reason -> new Invalidee<>(id, convention, form, cgu, submittedAt, reason, at));
        }
    }

    /**
     * A request validated by the chosen caisse.
     *
     * @param validatedAt when the caisse validated it
     */
    record Validee<F>(RegistrationId id, ConventionTerms convention, F form, CguAcceptance cgu,
                      Instant submittedAt, Instant validatedAt) implements Decided<F> {

        public Validee {
            Components.required(Validee.class, id, convention, form, cgu, submittedAt, validatedAt);
        }

        /** The partner's first convention, validated together with the registration. */
        public Convention.Validee firstConvention(ConventionId conventionId, UUID partnerId) {
            return new Convention.Validee(conventionId, partnerId, convention, submittedAt, validatedAt, Optional.empty());
        }

        @Override
        public Refusal whyFinal() {
            return RegistrationRules.ALREADY_VALIDATED;
        }
    }

    /**
     * A request refused by the chosen caisse; final.
     *
     * @param motif         why, as sent in the invalidation mail
     * @param invalidatedAt when
     */
    record Invalidee<F>(RegistrationId id, ConventionTerms convention, F form, CguAcceptance cgu,
                        Instant submittedAt, Motif motif, Instant invalidatedAt) implements Decided<F> {

        public Invalidee {
            Components.required(Invalidee.class, id, convention, form, cgu, submittedAt, motif, invalidatedAt);
        }

        @Override
        public Refusal whyFinal() {
            return RegistrationRules.INVALIDATED;
        }
    }
}
