package fr.portailpartenaires.domain.convention;

import static fr.portailpartenaires.domain.convention.Fixtures.CARSAT_ADMIN;
import static fr.portailpartenaires.domain.convention.Fixtures.CIEL_BLEU_ADMIN;
import static fr.portailpartenaires.domain.convention.Fixtures.NOW;
import static fr.portailpartenaires.domain.convention.Fixtures.OTHER_CAISSE_ADMIN;
import static fr.portailpartenaires.domain.convention.Fixtures.OTHER_PARTNER_ADMIN;
import static fr.portailpartenaires.domain.convention.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.domain.reference.PartnerType;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every (state × action × actor) of the convention lifecycle, legal or not. */
class ConventionLifecycleTest {

    enum State {
        PENDING(Fixtures::pending),
        VALIDATED(Fixtures::validated),
        CLOSURE_SCHEDULED(() -> Fixtures.validated(Optional.of(TODAY.plusDays(10)))),
        CLOSED(() -> Fixtures.validated(Optional.of(TODAY))),
        INVALIDATED(Fixtures::invalidated);

        final Supplier<Convention> convention;

        State(Supplier<Convention> convention) {
            this.convention = convention;
        }
    }

    enum Action {
        VALIDATE, INVALIDATE, MODIFY, CLOSE;

        Result<? extends Convention> on(Convention convention, Actor actor) {
            return switch (this) {
                case VALIDATE -> convention.validate(actor, NOW);
                case INVALIDATE -> convention.invalidate(actor, "Le code convention ne correspond pas.", NOW);
                case MODIFY -> convention.modify(actor, ConventionCode.of("757301"), PartnerType.HABITAT, TODAY);
                case CLOSE -> convention.close(actor, TODAY.plusDays(30), TODAY);
            };
        }
    }

    enum Who {
        OWN_PARTNER(CIEL_BLEU_ADMIN), OTHER_PARTNER(OTHER_PARTNER_ADMIN),
        OWN_CAISSE(CARSAT_ADMIN), OTHER_CAISSE(OTHER_CAISSE_ADMIN);

        final Actor actor;

        Who(Actor actor) {
            this.actor = actor;
        }
    }

    private static final String P = "convention.hors_perimetre_partenaire";
    private static final String C = "convention.hors_perimetre_caisse";

    /** Expected outcome per actor, in {@link Who} order: a refusal code, or "→ état" after success. */
    private static final Map<State, Map<Action, String[]>> EXPECTED = Map.of(
            State.PENDING, Map.of(
                    Action.VALIDATE, row("convention.validation_reservee_caisse", P, "→ VALIDEE", C),
                    Action.INVALIDATE, row("convention.invalidation_reservee_caisse", P, "→ INVALIDEE", C),
                    Action.MODIFY, row("convention.en_attente_non_modifiable", P, "convention.en_attente_non_modifiable", C),
                    Action.CLOSE, row("convention.en_attente_non_cloturable", P, "convention.en_attente_non_cloturable", C)),
            State.VALIDATED, Map.of(
                    Action.VALIDATE, row("convention.deja_validee", P, "convention.deja_validee", C),
                    Action.INVALIDATE, row("convention.validee_non_invalidable", P, "convention.validee_non_invalidable", C),
                    Action.MODIFY, row("convention.modification_reservee_caisse", P, "→ VALIDEE", C),
                    Action.CLOSE, row("convention.cloture_reservee_caisse", P, "→ VALIDEE", C)),
            State.CLOSURE_SCHEDULED, Map.of(
                    Action.VALIDATE, row("convention.deja_validee", P, "convention.deja_validee", C),
                    Action.INVALIDATE, row("convention.validee_non_invalidable", P, "convention.validee_non_invalidable", C),
                    Action.MODIFY, row("convention.modification_reservee_caisse", P, "→ VALIDEE", C),
                    Action.CLOSE, row("convention.cloture_reservee_caisse", P, "→ VALIDEE", C)),
            State.CLOSED, Map.of(
                    Action.VALIDATE, row("convention.deja_validee", P, "convention.deja_validee", C),
                    Action.INVALIDATE, row("convention.validee_non_invalidable", P, "convention.validee_non_invalidable", C),
                    Action.MODIFY, row("convention.cloturee", P, "convention.cloturee", C),
                    Action.CLOSE, row("convention.cloturee", P, "convention.cloturee", C)),
            State.INVALIDATED, Map.of(
                    Action.VALIDATE, row("convention.invalidee", P, "convention.invalidee", C),
                    Action.INVALIDATE, row("convention.invalidee", P, "convention.invalidee", C),
                    Action.MODIFY, row("convention.invalidee", P, "convention.invalidee", C),
                    Action.CLOSE, row("convention.invalidee", P, "convention.invalidee", C)));

    private static String[] row(String ownPartner, String otherPartner, String ownCaisse, String otherCaisse) {
        return new String[] {ownPartner, otherPartner, ownCaisse, otherCaisse};
    }

    static Stream<Arguments> everyCombination() {
        return Arrays.stream(State.values()).flatMap(state -> Arrays.stream(Action.values()).flatMap(action ->
                Arrays.stream(Who.values()).map(who ->
                        Arguments.of(state, action, who, EXPECTED.get(state).get(action)[who.ordinal()]))));
    }

    @Test
    void the_table_covers_every_state_and_action() {
        assertThat(everyCombination()).hasSize(State.values().length * Action.values().length * Who.values().length);
    }

    @ParameterizedTest(name = "{0} × {1} × {2} ⇒ {3}")
    @MethodSource("everyCombination")
    void each_combination_has_exactly_the_expected_outcome(State state, Action action, Who who, String expected) {
        Result<? extends Convention> outcome = action.on(state.convention.get(), who.actor);

        String actual = switch (outcome) {
            case Result.Ok<? extends Convention> ok -> "→ " + ok.value().etat(TODAY);
            case Result.Refused<? extends Convention> refused -> refused.refusal().code();
        };
        assertThat(actual).isEqualTo(expected);
    }

    @Nested
    class Validation {
        @Test
        void keeps_what_was_requested_and_records_when() {
            Convention.Validee validee = Fixtures.pending().validate(CARSAT_ADMIN, NOW).orElseThrow();

            assertThat(validee.id()).isEqualTo(Fixtures.conventionId(1));
            assertThat(validee.partnerId()).isEqualTo(Fixtures.CIEL_BLEU);
            assertThat(validee.terms()).isEqualTo(Fixtures.TERMS);
            assertThat(validee.requestedAt()).isEqualTo(Fixtures.REQUESTED_AT);
            assertThat(validee.validatedAt()).isEqualTo(NOW);
            assertThat(validee.dateDeCloture()).isEmpty();
            assertThat(validee.isEffective(TODAY)).isTrue();
        }

        @Test
        void is_refused_to_the_partner_with_a_french_message() {
            assertThat(Fixtures.pending().validate(CIEL_BLEU_ADMIN, NOW)).isEqualTo(Result.refused(new Refusal(
                    "convention.validation_reservee_caisse", "Seule la caisse de rattachement peut valider une convention.")));
        }

        @Test
        void tells_another_caisse_nothing_but_that_it_is_not_theirs() {
            Refusal notYours = new Refusal("convention.hors_perimetre_caisse", "Cette convention ne relève pas de votre caisse.");
            assertThat(Fixtures.pending().validate(OTHER_CAISSE_ADMIN, NOW)).isEqualTo(Result.refused(notYours));
            assertThat(Fixtures.validated().validate(OTHER_CAISSE_ADMIN, NOW)).isEqualTo(Result.refused(notYours));
            assertThat(Fixtures.invalidated().close(OTHER_CAISSE_ADMIN, TODAY, TODAY)).isEqualTo(Result.refused(notYours));
        }

        @Test
        void tells_another_partner_nothing_but_that_it_is_not_theirs() {
            assertThat(Fixtures.invalidated().validate(OTHER_PARTNER_ADMIN, NOW)).isEqualTo(Result.refused(new Refusal(
                    "convention.hors_perimetre_partenaire", "Cette convention ne relève pas de votre partenaire.")));
        }
    }

    @Nested
    class Invalidation {
        @Test
        void records_the_motif_and_when() {
            Convention.Invalidee invalidee =
                    Fixtures.pending().invalidate(CARSAT_ADMIN, "  Code erroné  ", NOW).orElseThrow();

            assertThat(invalidee.motif()).isEqualTo(new Motif("Code erroné"));
            assertThat(invalidee.invalidatedAt()).isEqualTo(NOW);
            assertThat(invalidee.terms()).isEqualTo(Fixtures.TERMS);
            assertThat(invalidee.etat(TODAY)).isEqualTo(EtatConvention.INVALIDEE);
            assertThat(invalidee.isHeld(TODAY)).isFalse();
        }

        @Test
        void needs_a_valid_motif() {
            assertThat(Fixtures.pending().invalidate(CARSAT_ADMIN, " ", NOW))
                    .isEqualTo(Result.refused(new Refusal("motif.obligatoire", "Le motif est obligatoire.")));
            assertThat(Fixtures.pending().invalidate(CARSAT_ADMIN, "Montant de 10 €", NOW))
                    .isEqualTo(Result.refused(new Refusal("motif.signe_euro", "Ne pas saisir le signe € dans le motif.")));
        }

        @Test
        void checks_who_acts_before_the_motif() {
            assertThat(Fixtures.pending().invalidate(OTHER_CAISSE_ADMIN, null, NOW))
                    .extracting(r -> ((Result.Refused<?>) r).refusal().code()).isEqualTo("convention.hors_perimetre_caisse");
        }

        @Test
        void a_validated_convention_cannot_be_invalidated_but_can_be_closed() {
            assertThat(Fixtures.validated().invalidate(CARSAT_ADMIN, "Erreur", NOW)).isEqualTo(Result.refused(new Refusal(
                    "convention.validee_non_invalidable",
                    "Une convention validée ne peut plus être invalidée ; la caisse peut la clôturer.")));
        }

        @Test
        void an_invalidated_request_is_final() {
            assertThat(Fixtures.invalidated().validate(CARSAT_ADMIN, NOW)).isEqualTo(Result.refused(new Refusal(
                    "convention.invalidee", "Cette convention a été invalidée ; une nouvelle demande peut être faite.")));
        }
    }

    @Nested
    class Modification {
        @Test
        void the_caisse_changes_the_code_and_type_and_nothing_else() {
            Convention.Validee before = Fixtures.validated(Optional.of(TODAY.plusDays(5)));
            Convention.Validee after =
                    before.modify(CARSAT_ADMIN, ConventionCode.of("757301"), PartnerType.HABITAT, TODAY).orElseThrow();

            assertThat(after.code()).isEqualTo(ConventionCode.of("757301"));
            assertThat(after.partnerType()).isEqualTo(PartnerType.HABITAT);
            assertThat(after.caisse()).isEqualTo(before.caisse());
            assertThat(after.regime()).isEqualTo(before.regime());
            assertThat(after.validatedAt()).isEqualTo(before.validatedAt());
            assertThat(after.dateDeCloture()).isEqualTo(before.dateDeCloture());
        }

        @Test
        void the_partner_is_told_to_ask_the_caisse() {
            assertThat(Fixtures.validated().modify(CIEL_BLEU_ADMIN, Fixtures.CODE_757300, PartnerType.HABITAT, TODAY))
                    .isEqualTo(Result.refused(new Refusal("convention.modification_reservee_caisse",
                            "Une convention validée ne peut être modifiée que par la caisse.")));
        }

        @Test
        void a_closed_convention_cannot_be_modified() {
            assertThat(Fixtures.validated(Optional.of(TODAY.minusDays(1)))
                    .modify(CARSAT_ADMIN, Fixtures.CODE_757300, PartnerType.HABITAT, TODAY))
                    .isEqualTo(Result.refused(new Refusal("convention.cloturee", "Cette convention est clôturée.")));
        }
    }

    @Nested
    class Closure {
        @Test
        void closing_today_closes_at_once() {
            Convention.Validee closed = Fixtures.validated().close(CARSAT_ADMIN, TODAY, TODAY).orElseThrow();

            assertThat(closed.dateDeCloture()).contains(TODAY);
            assertThat(closed.etat(TODAY)).isEqualTo(EtatConvention.CLOTUREE);
            assertThat(closed.isEffective(TODAY)).isFalse();
            assertThat(closed.isHeld(TODAY)).isFalse();
        }

        @Test
        void a_convention_stays_valid_until_its_closure_date() {
            LocalDate closure = TODAY.plusDays(30);
            Convention.Validee closing = Fixtures.validated().close(CARSAT_ADMIN, closure, TODAY).orElseThrow();

            assertThat(closing.etat(closure.minusDays(1))).isEqualTo(EtatConvention.VALIDEE);
            assertThat(closing.isHeld(closure.minusDays(1))).isTrue();
            assertThat(closing.etat(closure)).isEqualTo(EtatConvention.CLOTUREE);
            assertThat(closing.etat(closure.plusYears(1))).isEqualTo(EtatConvention.CLOTUREE);
        }

        @Test
        void a_scheduled_closure_can_be_moved_while_the_convention_is_open() {
            Convention.Validee closing = Fixtures.validated(Optional.of(TODAY.plusDays(30)));

            assertThat(closing.close(CARSAT_ADMIN, TODAY.plusDays(60), TODAY).orElseThrow().dateDeCloture())
                    .contains(TODAY.plusDays(60));
        }

        @Test
        void cannot_be_backdated() {
            assertThat(Fixtures.validated().close(CARSAT_ADMIN, TODAY.minusDays(1), TODAY)).isEqualTo(Result.refused(new Refusal(
                    "convention.date_cloture_passee", "La date de clôture ne peut pas être antérieure à la date du jour.")));
        }

        @Test
        void is_reserved_to_the_caisse() {
            assertThat(Fixtures.validated().close(CIEL_BLEU_ADMIN, TODAY, TODAY)).isEqualTo(Result.refused(new Refusal(
                    "convention.cloture_reservee_caisse", "Seule la caisse de rattachement peut clôturer une convention.")));
        }

        @Test
        void a_pending_request_cannot_be_closed_nor_modified() {
            assertThat(Fixtures.pending().close(CARSAT_ADMIN, TODAY, TODAY)).isEqualTo(Result.refused(new Refusal(
                    "convention.en_attente_non_cloturable", "Une convention en attente de validation ne peut pas être clôturée.")));
            assertThat(Fixtures.pending().modify(CARSAT_ADMIN, Fixtures.CODE_757300, PartnerType.HABITAT, TODAY))
                    .isEqualTo(Result.refused(new Refusal("convention.en_attente_non_modifiable",
                            "Une convention en attente de validation ne peut pas être modifiée.")));
        }
    }

    @Test
    void the_etats_have_the_french_labels_of_the_conventions_tab() {
        assertThat(EtatConvention.values()).extracting(EtatConvention::label)
                .containsExactly("en attente de validation", "validée", "invalidée", "clôturée");
        assertThat(Fixtures.pending().etat(TODAY)).isEqualTo(EtatConvention.EN_ATTENTE_DE_VALIDATION);
        assertThat(Fixtures.pending().isHeld(TODAY)).isTrue();
        assertThat(Fixtures.pending().isEffective(TODAY)).isFalse();
    }
}
