package fr.portailpartenaires.domain.convention;

import fr.portailpartenaires.domain.shared.Refusal;

import static fr.portailpartenaires.domain.convention.Fixtures.CARSAT_ADMIN;
import static fr.portailpartenaires.domain.convention.Fixtures.CIEL_BLEU;
import static fr.portailpartenaires.domain.convention.Fixtures.CIEL_BLEU_ADMIN;
import static fr.portailpartenaires.domain.convention.Fixtures.NOW;
import static fr.portailpartenaires.domain.convention.Fixtures.OTHER_CAISSE_ADMIN;
import static fr.portailpartenaires.domain.convention.Fixtures.REQUESTED_AT;
import static fr.portailpartenaires.domain.convention.Fixtures.TERMS;
import static fr.portailpartenaires.domain.convention.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.domain.reference.PartnerType;
import fr.portailpartenaires.domain.shared.Result;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RegistrationTest {

    /** Stands for the partner and first-administrator data that the application assembles. */
    record Form(String nomDuPartenaire, String login) {
    }

    private static final Form CIEL_BLEU_FORM = new Form("Association Ciel Bleu", "Alex7");
    private static final CguAcceptance CGU = new CguAcceptance("2025-01", REQUESTED_AT.minusSeconds(120));
    private static final RegistrationId ID = new RegistrationId(new UUID(1, 1));

    private static Registration.EnAttenteDeValidation<Form> submitted() {
        return Registration.submit(ID, TERMS, CIEL_BLEU_FORM, CGU, REQUESTED_AT, List.of()).orElseThrow();
    }

    private static Registration<Form> validated() {
        return submitted().validate(CARSAT_ADMIN, NOW).orElseThrow();
    }

    private static Registration<Form> invalidated() {
        return submitted().invalidate(CARSAT_ADMIN, "SIRET ne correspondant pas à la convention", NOW).orElseThrow();
    }

    @Nested
    class Submitting {
        @Test
        void records_the_form_the_cgu_version_and_when() {
            Registration.EnAttenteDeValidation<Form> registration = submitted();

            assertThat(registration.id()).isEqualTo(ID);
            assertThat(registration.convention()).isEqualTo(TERMS);
            assertThat(registration.form()).isEqualTo(CIEL_BLEU_FORM);
            assertThat(registration.cgu()).isEqualTo(new CguAcceptance("2025-01", REQUESTED_AT.minusSeconds(120)));
            assertThat(registration.submittedAt()).isEqualTo(REQUESTED_AT);
            assertThat(registration.etat()).isEqualTo(EtatInscription.EN_ATTENTE_DE_VALIDATION);
        }

        @Test
        void is_refused_while_a_request_for_the_same_code_is_pending() {
            assertThat(Registration.submit(new RegistrationId(new UUID(2, 2)), TERMS, new Form("Autre", "Bob1"), CGU, NOW,
                    List.of(submitted())))
                    .isEqualTo(Result.refused(new Refusal("inscription.deja_en_attente",
                            "Une demande d'inscription est déjà en attente de validation pour la convention n° 757300.")));
        }

        @Test
        void is_accepted_again_once_the_previous_request_was_decided_or_for_another_code() {
            ConventionTerms otherCode = new ConventionTerms(Fixtures.CARSAT_NORD_PICARDIE, ConventionCode.of("757301"),
                    PartnerType.STRUCTURE_EVALUATION);
            Registration.EnAttenteDeValidation<Form> otherPending =
                    Registration.submit(new RegistrationId(new UUID(3, 3)), otherCode, CIEL_BLEU_FORM, CGU, NOW, List.of())
                            .orElseThrow();

            assertThat(Registration.submit(new RegistrationId(new UUID(2, 2)), TERMS, CIEL_BLEU_FORM, CGU, NOW,
                    List.of(invalidated(), validated(), otherPending)).isOk()).isTrue();
        }
    }

    @Nested
    class Deciding {
        @Test
        void validation_yields_the_partner_s_first_convention_already_validated() {
            Registration.Validee<Form> validee = submitted().validate(CARSAT_ADMIN, NOW).orElseThrow();
            ConventionId conventionId = new ConventionId(new UUID(4, 4));

            Convention.Validee first = validee.firstConvention(conventionId, CIEL_BLEU);

            assertThat(validee.validatedAt()).isEqualTo(NOW);
            assertThat(validee.etat()).isEqualTo(EtatInscription.VALIDEE);
            assertThat(first).isEqualTo(new Convention.Validee(conventionId, CIEL_BLEU, TERMS, REQUESTED_AT, NOW,
                    java.util.Optional.empty()));
            assertThat(first.isEffective(TODAY)).isTrue();
        }

        @Test
        void invalidation_records_the_motif() {
            Registration.Invalidee<Form> invalidee =
                    submitted().invalidate(CARSAT_ADMIN, " SIRET erroné ", NOW).orElseThrow();

            assertThat(invalidee.motif().value()).isEqualTo("SIRET erroné");
            assertThat(invalidee.invalidatedAt()).isEqualTo(NOW);
            assertThat(invalidee.etat()).isEqualTo(EtatInscription.INVALIDEE);
        }

        @Test
        void invalidation_needs_a_motif() {
            assertThat(submitted().invalidate(CARSAT_ADMIN, "", NOW))
                    .isEqualTo(Result.refused(new Refusal("motif.obligatoire", "Le motif est obligatoire.")));
        }

        @Test
        void another_caisse_is_told_only_that_it_is_not_theirs() {
            assertThat(invalidated().validate(OTHER_CAISSE_ADMIN, NOW)).isEqualTo(Result.refused(new Refusal(
                    "inscription.hors_perimetre_caisse", "Cette demande d'inscription ne relève pas de votre caisse.")));
        }

        @Test
        void a_partner_administrator_cannot_decide() {
            assertThat(submitted().validate(CIEL_BLEU_ADMIN, NOW)).isEqualTo(Result.refused(new Refusal("inscription.reservee_caisse",
                    "Seul un administrateur de la caisse choisie peut traiter une demande d'inscription.")));
        }

        @Test
        void an_invalidated_request_is_final() {
            assertThat(invalidated().validate(CARSAT_ADMIN, NOW)).isEqualTo(Result.refused(new Refusal("inscription.invalidee",
                    "Cette demande d'inscription a été invalidée ; le partenaire doit s'inscrire à nouveau.")));
        }
    }

    enum State { PENDING, VALIDATED, INVALIDATED }

    enum Action { VALIDATE, INVALIDATE }

    enum Who {
        PARTNER_ADMIN(CIEL_BLEU_ADMIN), CHOSEN_CAISSE(CARSAT_ADMIN), OTHER_CAISSE(OTHER_CAISSE_ADMIN);

        final Actor actor;

        Who(Actor actor) {
            this.actor = actor;
        }
    }

    private static final String R = "inscription.reservee_caisse";
    private static final String C = "inscription.hors_perimetre_caisse";

    /** Expected outcome per actor in {@link Who} order. */
    private static final Map<State, Map<Action, List<String>>> EXPECTED = Map.of(
            State.PENDING, Map.of(
                    Action.VALIDATE, List.of(R, "→ VALIDEE", C),
                    Action.INVALIDATE, List.of(R, "→ INVALIDEE", C)),
            State.VALIDATED, Map.of(
                    Action.VALIDATE, List.of(R, "inscription.deja_validee", C),
                    Action.INVALIDATE, List.of(R, "inscription.deja_validee", C)),
            State.INVALIDATED, Map.of(
                    Action.VALIDATE, List.of(R, "inscription.invalidee", C),
                    Action.INVALIDATE, List.of(R, "inscription.invalidee", C)));

    static Stream<Arguments> everyCombination() {
        return Arrays.stream(State.values()).flatMap(state -> Arrays.stream(Action.values()).flatMap(action ->
                Arrays.stream(Who.values()).map(who ->
                        Arguments.of(state, action, who, EXPECTED.get(state).get(action).get(who.ordinal())))));
    }

    @ParameterizedTest(name = "{0} × {1} × {2} ⇒ {3}")
    @MethodSource("everyCombination")
    void each_combination_has_exactly_the_expected_outcome(State state, Action action, Who who, String expected) {
        Registration<Form> registration = switch (state) {
            case PENDING -> submitted();
            case VALIDATED -> validated();
            case INVALIDATED -> invalidated();
        };
        Instant at = NOW.plusSeconds(60);
        Result<? extends Registration<Form>> outcome = switch (action) {
            case VALIDATE -> registration.validate(who.actor, at);
            case INVALIDATE -> registration.invalidate(who.actor, "Convention inconnue", at);
        };

        String actual = switch (outcome) {
            case Result.Ok<? extends Registration<Form>> ok -> "→ " + ok.value().etat();
            case Result.Refused<? extends Registration<Form>> refused -> refused.refusal().code();
        };
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void the_etats_have_french_labels() {
        assertThat(EtatInscription.values()).extracting(EtatInscription::label)
                .containsExactly("en attente de validation", "validée", "invalidée");
    }
}
