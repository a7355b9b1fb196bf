package fr.portailpartenaires.domain.convention;

import fr.portailpartenaires.domain.shared.Refusal;

import static fr.portailpartenaires.domain.convention.Fixtures.CARSAT_ADMIN;
import static fr.portailpartenaires.domain.convention.Fixtures.CARSAT_NORD_PICARDIE;
import static fr.portailpartenaires.domain.convention.Fixtures.CIEL_BLEU;
import static fr.portailpartenaires.domain.convention.Fixtures.CIEL_BLEU_ADMIN;
import static fr.portailpartenaires.domain.convention.Fixtures.CLOCK;
import static fr.portailpartenaires.domain.convention.Fixtures.CNAV_IDF;
import static fr.portailpartenaires.domain.convention.Fixtures.CODE_757300;
import static fr.portailpartenaires.domain.convention.Fixtures.NOW;
import static fr.portailpartenaires.domain.convention.Fixtures.OTHER_CAISSE_ADMIN;
import static fr.portailpartenaires.domain.convention.Fixtures.OTHER_PARTNER;
import static fr.portailpartenaires.domain.convention.Fixtures.OTHER_PARTNER_ADMIN;
import static fr.portailpartenaires.domain.convention.Fixtures.REQUESTED_AT;
import static fr.portailpartenaires.domain.convention.Fixtures.TERMS;
import static fr.portailpartenaires.domain.convention.Fixtures.TODAY;
import static fr.portailpartenaires.domain.convention.Fixtures.conventionId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailpartenaires.domain.reference.PartnerType;
import fr.portailpartenaires.domain.shared.Result;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PartnerConventionsTest {

    private static final ConventionTerms OTHER_TERMS =
            new ConventionTerms(CNAV_IDF, ConventionCode.of("751200"), PartnerType.PRESTATAIRE_AIDE_DOMICILE);

    private static Convention.Validee validatedAt(int n, ConventionTerms terms, int hoursAfter, Optional<LocalDate> closure) {
        return new Convention.Validee(conventionId(n), CIEL_BLEU, terms, REQUESTED_AT.plusSeconds(3600L * hoursAfter),
                NOW, closure);
    }

    private static Convention.Validee validated(int n, ConventionTerms terms, int hoursAfter) {
        return validatedAt(n, terms, hoursAfter, Optional.empty());
    }

    @Nested
    class Requesting_a_convention {
        @Test
        void adds_a_pending_convention_requested_now() {
            PartnerConventions conventions =
                    PartnerConventions.empty(CIEL_BLEU).request(CIEL_BLEU_ADMIN, conventionId(7), TERMS, CLOCK).orElseThrow();

            assertThat(conventions.all()).containsExactly(
                    new Convention.EnAttenteDeValidation(conventionId(7), CIEL_BLEU, TERMS, NOW));
            assertThat(conventions.find(conventionId(7)).map(c -> c.etat(TODAY)))
                    .contains(EtatConvention.EN_ATTENTE_DE_VALIDATION);
            assertThat(conventions.effective(TODAY)).isEmpty();
        }

        @Test
        void refuses_a_code_already_pending() {
            PartnerConventions conventions = PartnerConventions.of(CIEL_BLEU, List.of(Fixtures.pending()));

            assertThat(conventions.request(CIEL_BLEU_ADMIN, conventionId(2), TERMS, CLOCK)).isEqualTo(Result.refused(new Refusal(
                    "convention.deja_detenue", "Le partenaire détient déjà la convention n° 757300.")));
        }

        @Test
        void refuses_a_code_already_valid_even_with_another_caisse_or_type() {
            PartnerConventions conventions = PartnerConventions.of(CIEL_BLEU, List.of(Fixtures.validated()));
            ConventionTerms sameCode = new ConventionTerms(CNAV_IDF, CODE_757300, PartnerType.HABITAT);

            assertThat(conventions.request(CIEL_BLEU_ADMIN, conventionId(2), sameCode, CLOCK).isOk()).isFalse();
            assertThat(conventions.holds(CODE_757300, TODAY)).isTrue();
        }

        @Test
        void refuses_a_code_whose_closure_is_only_scheduled() {
            PartnerConventions conventions = PartnerConventions.of(CIEL_BLEU,
                    List.of(Fixtures.validated(Optional.of(TODAY.plusDays(1)))));

            assertThat(conventions.request(CIEL_BLEU_ADMIN, conventionId(2), TERMS, CLOCK).isOk()).isFalse();
        }

        @Test
        void accepts_again_a_code_that_was_invalidated_or_closed() {
            PartnerConventions invalidated = PartnerConventions.of(CIEL_BLEU, List.of(Fixtures.invalidated()));
            PartnerConventions closed = PartnerConventions.of(CIEL_BLEU, List.of(Fixtures.validated(Optional.of(TODAY))));

            assertThat(invalidated.holds(CODE_757300, TODAY)).isFalse();
            assertThat(invalidated.request(CIEL_BLEU_ADMIN, conventionId(2), TERMS, CLOCK).orElseThrow().all()).hasSize(2);
            assertThat(closed.request(CIEL_BLEU_ADMIN, conventionId(2), TERMS, CLOCK).orElseThrow().all()).hasSize(2);
        }

        @Test
        void is_reserved_to_the_partner_s_own_administrators() {
            PartnerConventions conventions = PartnerConventions.empty(CIEL_BLEU);

            assertThat(conventions.request(CARSAT_ADMIN, conventionId(2), TERMS, CLOCK)).isEqualTo(Result.refused(new Refusal(
                    "convention.demande_reservee_partenaire",
                    "Seul un administrateur du partenaire peut demander une convention.")));
            assertThat(conventions.request(OTHER_PARTNER_ADMIN, conventionId(2), TERMS, CLOCK)).isEqualTo(Result.refused(new Refusal(
                    "convention.hors_perimetre_partenaire", "Cette convention ne relève pas de votre partenaire.")));
        }

        @Test
        void an_outsider_does_not_learn_which_codes_the_partner_holds() {
            PartnerConventions conventions = PartnerConventions.of(CIEL_BLEU, List.of(Fixtures.pending()));

            assertThat(conventions.request(OTHER_PARTNER_ADMIN, conventionId(2), TERMS, CLOCK))
                    .extracting(r -> ((Result.Refused<?>) r).refusal().code()).isEqualTo("convention.hors_perimetre_partenaire");
        }

        @Test
        void a_convention_id_cannot_be_reused() {
            PartnerConventions conventions = PartnerConventions.of(CIEL_BLEU, List.of(Fixtures.invalidated()));

            assertThatThrownBy(() -> conventions.request(CIEL_BLEU_ADMIN, conventionId(1), TERMS, CLOCK))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("appears twice");
        }
    }

    @Nested
    class Effective_conventions {
        @Test
        void are_the_validated_unclosed_ones_in_request_order() {
            Convention.Validee second = validated(2, OTHER_TERMS, 2);
            Convention.Validee first = validated(3, TERMS, 1);
            Convention.Validee closed = validatedAt(4, new ConventionTerms(CARSAT_NORD_PICARDIE,
                    ConventionCode.of("111111"), PartnerType.HABITAT), 0, Optional.of(TODAY));
            Convention pending = new Convention.EnAttenteDeValidation(conventionId(5), CIEL_BLEU,
                    new ConventionTerms(CARSAT_NORD_PICARDIE, ConventionCode.of("222222"), PartnerType.HABITAT), REQUESTED_AT);
            PartnerConventions conventions = PartnerConventions.of(CIEL_BLEU, List.of(second, closed, pending, first));

            assertThat(conventions.all()).as("by request time, then id").containsExactly(closed, pending, first, second);
            assertThat(conventions.effective(TODAY)).containsExactly(first, second);
            assertThat(conventions.defaultSelection(TODAY)).contains(first);
        }

        @Test
        void a_convention_drops_out_of_the_selector_on_its_closure_date() {
            Convention.Validee closing = validatedAt(2, TERMS, 1, Optional.of(TODAY.plusDays(1)));
            Convention.Validee other = validated(3, OTHER_TERMS, 2);
            PartnerConventions conventions = PartnerConventions.of(CIEL_BLEU, List.of(closing, other));

            assertThat(conventions.defaultSelection(TODAY)).contains(closing);
            assertThat(conventions.defaultSelection(TODAY.plusDays(1))).contains(other);
        }

        @Test
        void there_is_no_selection_without_a_validated_convention() {
            assertThat(PartnerConventions.of(CIEL_BLEU, List.of(Fixtures.pending())).defaultSelection(TODAY)).isEmpty();
            assertThat(PartnerConventions.empty(CIEL_BLEU).effective(TODAY)).isEmpty();
        }
    }

    @Nested
    class Modifying_a_convention {
        private final PartnerConventions conventions =
                PartnerConventions.of(CIEL_BLEU, List.of(validated(1, TERMS, 0), validated(2, OTHER_TERMS, 1)));

        @Test
        void the_caisse_modifies_it_in_place() {
            PartnerConventions modified = conventions
                    .modify(CARSAT_ADMIN, conventionId(1), ConventionCode.of("757301"), PartnerType.HABITAT, TODAY)
                    .orElseThrow();

            assertThat(modified.all()).extracting(Convention::code)
                    .containsExactly(ConventionCode.of("757301"), ConventionCode.of("751200"));
            assertThat(modified.find(conventionId(1)).map(Convention::partnerType)).contains(PartnerType.HABITAT);
        }

        @Test
        void keeping_its_own_code_is_not_a_duplicate() {
            assertThat(conventions.modify(CARSAT_ADMIN, conventionId(1), CODE_757300, PartnerType.HABITAT, TODAY).isOk())
                    .isTrue();
        }

        @Test
        void cannot_take_the_code_of_another_held_convention() {
            assertThat(conventions.modify(CNAV_IDF_ADMIN, conventionId(2), CODE_757300, PartnerType.HABITAT, TODAY))
                    .isEqualTo(Result.refused(new Refusal("convention.deja_detenue", "Le partenaire détient déjà la convention n° 757300.")));
        }

        @Test
        void is_refused_to_the_partner_and_to_another_caisse() {
            assertThat(conventions.modify(CIEL_BLEU_ADMIN, conventionId(1), CODE_757300, PartnerType.HABITAT, TODAY))
                    .extracting(r -> ((Result.Refused<?>) r).refusal().code()).isEqualTo("convention.modification_reservee_caisse");
            assertThat(conventions.modify(OTHER_CAISSE_ADMIN, conventionId(1), ConventionCode.of("751200"),
                    PartnerType.HABITAT, TODAY))
                    .extracting(r -> ((Result.Refused<?>) r).refusal().code()).isEqualTo("convention.hors_perimetre_caisse");
        }

        @Test
        void an_unknown_convention_is_not_found() {
            assertThat(conventions.modify(CARSAT_ADMIN, conventionId(9), CODE_757300, PartnerType.HABITAT, TODAY))
                    .isEqualTo(Result.refused(new Refusal("convention.introuvable", "Cette convention est introuvable.")));
        }

        private static final Actor CNAV_IDF_ADMIN = new Actor.CaisseAdministrator(CNAV_IDF.code());
    }

    @Nested
    class Its_invariants {
        @Test
        void all_conventions_belong_to_the_partner() {
            Convention foreign = new Convention.EnAttenteDeValidation(conventionId(1), OTHER_PARTNER, TERMS, REQUESTED_AT);

            assertThatThrownBy(() -> PartnerConventions.of(CIEL_BLEU, List.of(foreign)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another partner");
        }

        @Test
        void is_a_value() {
            PartnerConventions one = PartnerConventions.of(CIEL_BLEU, List.of(Fixtures.pending()));
            PartnerConventions same = PartnerConventions.of(CIEL_BLEU, List.of(Fixtures.pending()));

            assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(PartnerConventions.empty(CIEL_BLEU));
            assertThat(one.partnerId()).isEqualTo(CIEL_BLEU);
            assertThat(one.toString()).contains(CIEL_BLEU.toString(), "757300");
        }
    }
}
