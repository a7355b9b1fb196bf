package fr.portailpartenaires.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailpartenaires.domain.shared.PostalAddress.Field;
import fr.portailpartenaires.domain.shared.PostalAddress.Parsed;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PostalAddressTest {

    /** The seed's address: 107 B Esplanade de Madrid, 62000 Arras. */
    private static PostalAddress.Builder cielBleu() {
        return PostalAddress.builder()
                .identiteDestinataire("Association Ciel Bleu")
                .numero("107")
                .complement("B")
                .typeEtLibelleVoie("Esplanade de Madrid")
                .codePostal("62000")
                .commune("Arras");
    }

    private static Map<Field, Refusal> errorsOf(PostalAddress.Builder form) {
        return ((Parsed.Invalid) form.parse()).errors();
    }

    @Nested
    class Reading_a_form {
        @Test
        void keeps_the_fields_of_the_seed_address() {
            PostalAddress address = cielBleu().build();
            assertThat(address.numero()).contains("107");
            assertThat(address.complement()).contains(RepetitionIndex.BIS);
            assertThat(address.typeEtLibelleVoie()).contains("Esplanade de Madrid");
            assertThat(address.codePostal()).isEqualTo(PostalCode.of("62000"));
            assertThat(address.commune()).isEqualTo("Arras");
            assertThat(address.cedex()).isEmpty();
        }

        @Test
        void needs_only_the_code_postal_and_the_commune() {
            Parsed parsed = PostalAddress.builder().codePostal("62000").commune("Arras").parse();
            assertThat(parsed).isInstanceOf(Parsed.Valid.class);
            assertThat(((Parsed.Valid) parsed).address().lines()).containsExactly("62000 ARRAS");
        }

        @Test
        void trims_every_field_and_treats_blank_as_absent() {
            PostalAddress address = PostalAddress.builder().batimentResidence("  Bat 33 ").mentionComplementaire("   ")
                    .codePostal(" 62000").commune(" Arras ").canton("").build();
            assertThat(address.batimentResidence()).contains("Bat 33");
            assertThat(address.mentionComplementaire()).isEmpty();
            assertThat(address.canton()).isEmpty();
            assertThat(address.commune()).isEqualTo("Arras");
        }

        @Test
        void reports_every_field_error_at_once_in_form_order() {
            Map<Field, Refusal> errors = errorsOf(PostalAddress.builder()
                    .numero("10 7")
                    .complement("X")
                    .lieuDitBoitePostale("B".repeat(39))
                    .codePostal("6200"));
            assertThat(errors).containsOnlyKeys(Field.NUMERO, Field.COMPLEMENT, Field.LIEU_DIT_BOITE_POSTALE,
                    Field.CODE_POSTAL, Field.COMMUNE);
            assertThat(errors.keySet()).containsExactly(Field.NUMERO, Field.COMPLEMENT, Field.LIEU_DIT_BOITE_POSTALE,
                    Field.CODE_POSTAL, Field.COMMUNE);
            assertThat(errors.get(Field.NUMERO).message()).isEqualTo("Le numéro de voie doit comporter de 1 à 4 chiffres.");
            assertThat(errors.get(Field.COMPLEMENT).message())
                    .isEqualTo("Le complément du numéro doit être B (bis), T (ter), Q (quater) ou C (quinquies).");
            assertThat(errors.get(Field.LIEU_DIT_BOITE_POSTALE))
                    .isEqualTo(new Refusal("adresse.champ_trop_long",
                            "Le lieu-dit ou la boîte postale ne doit pas dépasser 38 caractères."));
            assertThat(errors.get(Field.CODE_POSTAL).code()).isEqualTo("code_postal.format_invalide");
            assertThat(errors.get(Field.COMMUNE)).isEqualTo(new Refusal("adresse.commune_obligatoire",
                    "La commune est obligatoire."));
        }

        @Test
        void refuses_a_missing_code_postal() {
            assertThat(errorsOf(PostalAddress.builder().commune("Arras")))
                    .containsExactly(Map.entry(Field.CODE_POSTAL, new Refusal("code_postal.obligatoire",
                            "Le code postal est obligatoire.")));
        }

        @Test
        void refuses_a_complement_without_a_street_number() {
            assertThat(errorsOf(cielBleu().numero(" ")).get(Field.COMPLEMENT))
                    .isEqualTo(new Refusal("adresse.complement_sans_numero",
                            "Un complément (bis, ter…) ne peut être indiqué qu'avec un numéro de voie."));
        }

        @Test
        void refuses_a_line_break_inside_a_field() {
            assertThat(errorsOf(cielBleu().batimentResidence("Bat\n33")).get(Field.BATIMENT_RESIDENCE))
                    .isEqualTo(new Refusal("adresse.caractere_interdit",
                            "Le bâtiment ou la résidence ne doit contenir ni retour à la ligne ni tabulation."));
        }

        @Test
        void refuses_a_commune_longer_than_what_fits_next_to_the_code_postal() {
            assertThat(errorsOf(cielBleu().commune("A".repeat(33))).get(Field.COMMUNE).message())
                    .isEqualTo("La commune ne doit pas dépasser 32 caractères.");
            assertThat(cielBleu().commune("A".repeat(32)).parse()).isInstanceOf(Parsed.Valid.class);
        }

        @Test
        void refuses_a_street_line_longer_than_38_characters() {
            assertThat(errorsOf(cielBleu().numero("1234").typeEtLibelleVoie("V".repeat(33))).get(Field.TYPE_ET_LIBELLE_VOIE))
                    .isEqualTo(new Refusal("adresse.ligne_voie_trop_longue",
                            "Le numéro, le complément et la voie ne doivent pas dépasser 38 caractères ensemble."));
            assertThat(cielBleu().numero("1234").typeEtLibelleVoie("V".repeat(31)).parse()).isInstanceOf(Parsed.Valid.class);
        }

        @Test
        void refuses_a_cedex_that_does_not_fit_on_the_last_line() {
            assertThat(errorsOf(cielBleu().commune("A".repeat(30)).cedex("9")).get(Field.CEDEX).code())
                    .isEqualTo("adresse.ligne_commune_trop_longue");
        }

        @Test
        void accepts_an_identity_of_up_to_100_characters_but_not_more() {
            assertThat(cielBleu().identiteDestinataire("N".repeat(100)).parse()).isInstanceOf(Parsed.Valid.class);
            assertThat(errorsOf(cielBleu().identiteDestinataire("N".repeat(101))).get(Field.IDENTITE_DESTINATAIRE).message())
                    .isEqualTo("L'identité du destinataire ne doit pas dépasser 100 caractères.");
        }

        @Test
        void builds_only_a_valid_address() {
            assertThatThrownBy(() -> cielBleu().commune(null).build())
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("La commune est obligatoire.");
        }

        @Test
        void names_each_field_as_forms_and_the_api_do() {
            assertThat(Field.CODE_POSTAL.key()).isEqualTo("codePostal");
            assertThat(Field.TYPE_ET_LIBELLE_VOIE.key()).isEqualTo("typeEtLibelleVoie");
        }
    }

    @Nested
    class Rendering_afnor_lines {
        @Test
        void renders_the_seed_address_keeping_the_user_s_case_but_on_the_last_line() {
            assertThat(cielBleu().build().lines())
                    .containsExactly("Association Ciel Bleu", "107 B Esplanade de Madrid", "62000 ARRAS");
        }

        @Test
        void renders_every_field_in_afnor_order_and_leaves_the_canton_out() {
            PostalAddress address = cielBleu()
                    .mentionComplementaire("Service évaluation")
                    .batimentResidence("Bat 33")
                    .lieuDitBoitePostale("BP 91338")
                    .codePostal("62008")
                    .commune("Saint-Étienne-au-Mont")
                    .cedex("9")
                    .canton("Arras-1")
                    .build();
            assertThat(address.lines()).containsExactly(
                    "Association Ciel Bleu",
                    "Service évaluation",
                    "Bat 33",
                    "107 B Esplanade de Madrid",
                    "BP 91338",
                    "62008 SAINT-ETIENNE-AU-MONT CEDEX 9");
        }

        @Test
        void does_not_repeat_cedex_when_the_user_typed_it() {
            assertThat(cielBleu().codePostal("62008").cedex("Cedex 9").build().lines()).last()
                    .isEqualTo("62008 ARRAS CEDEX 9");
        }

        @Test
        void writes_a_street_number_alone_or_a_street_without_number() {
            assertThat(PostalAddress.builder().numero("3").complement("ter").codePostal("62000").commune("Arras")
                    .build().lines()).containsExactly("3 T", "62000 ARRAS");
            assertThat(PostalAddress.builder().typeEtLibelleVoie("Place des Héros").codePostal("62000").commune("Arras")
                    .build().lines()).containsExactly("Place des Héros", "62000 ARRAS");
        }

        @Test
        void wraps_a_long_identity_on_word_boundaries_within_38_characters() {
            String name = "Association départementale d'aide à domicile en milieu rural du Pas-de-Calais";
            assertThat(cielBleu().identiteDestinataire(name).build().lines())
                    .containsExactly("Association départementale d'aide à", "domicile en milieu rural du",
                            "Pas-de-Calais", "107 B Esplanade de Madrid", "62000 ARRAS")
                    .allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(PostalAddress.LINE_LENGTH));
        }

        @Test
        void cuts_a_word_longer_than_a_line() {
            String name = "Ciel " + "X".repeat(80) + " Bleu";
            assertThat(cielBleu().identiteDestinataire(name).build().lines())
                    .startsWith("Ciel", "X".repeat(38), "X".repeat(38), "XXXX Bleu");
        }
    }

    @Nested
    class As_a_value {
        @Test
        void replaces_its_identity_line() {
            PostalAddress address = cielBleu().build().withIdentiteDestinataire("Association Ciel Bleu et Soleil");
            assertThat(address.identiteDestinataire()).contains("Association Ciel Bleu et Soleil");
            assertThat(address.numero()).contains("107");
        }

        @Test
        void equals_the_same_address_typed_with_extra_spaces() {
            PostalAddress typed = new PostalAddress(Optional.of(" Association Ciel Bleu "), Optional.of(" "),
                    Optional.empty(), Optional.of("107"), Optional.of(RepetitionIndex.BIS),
                    Optional.of("Esplanade de Madrid"), Optional.empty(), PostalCode.of("62000"), "Arras ",
                    Optional.empty(), Optional.empty());
            assertThat(typed).isEqualTo(cielBleu().build());
        }

        @Test
        void cannot_be_built_invalid() {
            assertThatThrownBy(() -> new PostalAddress(Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.of(RepetitionIndex.TER), Optional.empty(), Optional.empty(),
                    PostalCode.of("62000"), "Arras", Optional.empty(), Optional.empty()))
                    .isInstanceOf(InvalidValueException.class)
                    .extracting(e -> ((InvalidValueException) e).refusal().code())
                    .isEqualTo("adresse.complement_sans_numero");
            assertThatThrownBy(() -> cielBleu().build().withIdentiteDestinataire("N".repeat(101)))
                    .isInstanceOf(InvalidValueException.class);
        }

        @Test
        void an_invalid_form_outcome_always_carries_an_error() {
            assertThatThrownBy(() -> new Parsed.Invalid(Map.of())).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Repetition_index {
        @Test
        void reads_the_letter_or_the_word_in_any_case() {
            assertThat(RepetitionIndex.parse("b")).isEqualTo(Result.ok(RepetitionIndex.BIS));
            assertThat(RepetitionIndex.parse(" Quater ")).isEqualTo(Result.ok(RepetitionIndex.QUATER));
            assertThat(RepetitionIndex.parse("C")).isEqualTo(Result.ok(RepetitionIndex.QUINQUIES));
            assertThat(RepetitionIndex.TER.letter()).isEqualTo("T");
        }

        @Test
        void refuses_anything_else() {
            assertThat(RepetitionIndex.parse("Z").isOk()).isFalse();
            assertThat(RepetitionIndex.parse(null).isOk()).isFalse();
        }
    }
}
