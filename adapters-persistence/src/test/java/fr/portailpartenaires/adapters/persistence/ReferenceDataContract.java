package fr.portailpartenaires.adapters.persistence;

import static fr.portailpartenaires.adapters.persistence.Fixtures.CARSAT_NORD_PICARDIE;
import static fr.portailpartenaires.adapters.persistence.Fixtures.CLOCK;
import static fr.portailpartenaires.adapters.persistence.Fixtures.CODE_757300;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.CONVENTION_NUMBER;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.shared.ReferenceData;
import fr.portailpartenaires.domain.convention.ConventionCode;
import java.util.Optional;
import java.time.LocalDate;
import fr.portailpartenaires.domain.reference.PartnerType;
import fr.portailpartenaires.domain.partner.PartnerName;
import fr.portailpartenaires.domain.convention.SignedConventionNumber;
import fr.portailpartenaires.domain.reference.Caisse;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.reference.RegimeCode;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The registration form's lists and the convention numbers, on the seeded reference data. */
abstract class ReferenceDataContract {

    protected abstract Database database();

    private ReferenceData referenceData;

    @BeforeEach
    void setUp() {
        Fixtures.clear(database());
        referenceData = new JooqReferenceData(database(), CLOCK);
    }

    @Nested
    class Regimes_and_caisses {

        @Test
        void the_regimes_come_in_their_display_order_with_their_labels() {
            assertThat(referenceData.regimes()).first()
                    .isEqualTo(new ReferenceData.Regime(RegimeCode.of("CNAV"), "CNAV (Régime général)"));
            assertThat(referenceData.regimes()).extracting(regime -> regime.code().value())
                    .containsExactly("CNAV", "CGSS", "MSA", "SSI", "CNRACL", "FPE", "CAVIMAC", "CAF");
        }

        @Test
        void the_caisses_of_a_regime_are_those_of_that_regime_only() {
            List<Caisse> cnav = referenceData.caissesOf(RegimeCode.of("CNAV"));
            assertThat(cnav).contains(CARSAT_NORD_PICARDIE).hasSize(17)
                    .allSatisfy(caisse -> assertThat(caisse.regime()).isEqualTo(RegimeCode.of("CNAV")));
            assertThat(referenceData.caissesOf(RegimeCode.of("CAF"))).hasSize(101);
        }

        @Test
        void the_caisses_are_sorted_by_label_in_french_whatever_the_database_collation() {
            List<String> msa = referenceData.caissesOf(RegimeCode.of("MSA")).stream().map(Caisse::libelle).toList();
            assertThat(msa).isSortedAccordingTo(Comparator.comparing(label -> label, Collator.getInstance(Locale.FRENCH)));
            assertThat(msa.indexOf("MSA Île-de-France"))
                    .isGreaterThan(msa.indexOf("MSA Haute-Normandie"))
                    .isLessThan(msa.indexOf("MSA Languedoc"));
        }

        @Test
        void a_regime_without_caisses_gives_an_empty_list() {
            assertThat(referenceData.caissesOf(RegimeCode.of("INCONNU"))).isEmpty();
        }

        @Test
        void a_caisse_is_found_by_its_code() {
            assertThat(referenceData.caisse(CaisseCode.of("CARSAT-NORD-PICARDIE"))).contains(CARSAT_NORD_PICARDIE);
            assertThat(referenceData.caisse(CaisseCode.of("CAF-2A")))
                    .contains(new Caisse(CaisseCode.of("CAF-2A"), RegimeCode.of("CAF"), "CAF de la Corse-du-Sud"));
            assertThat(referenceData.caisse(CaisseCode.of("CAISSE-INCONNUE"))).isEmpty();
        }
    }

    @Nested
    class Convention_numbers {

        @Test
        void a_recorded_number_exists_for_its_caisse_only() {
            assertThat(referenceData.conventionNumberExists(CARSAT_NORD_PICARDIE.code(), CODE_757300)).isFalse();

            referenceData.addConventionNumber(CARSAT_NORD_PICARDIE.code(), CODE_757300);

            assertThat(referenceData.conventionNumberExists(CARSAT_NORD_PICARDIE.code(), CODE_757300)).isTrue();
            assertThat(referenceData.conventionNumberExists(CaisseCode.of("CARSAT-HAUTS-DE-FRANCE"), CODE_757300)).isFalse();
            assertThat(referenceData.conventionNumberExists(CARSAT_NORD_PICARDIE.code(), ConventionCode.of("757301")))
                    .isFalse();
        }

        @Test
        void recording_a_known_number_again_changes_nothing() {
            referenceData.addConventionNumber(CARSAT_NORD_PICARDIE.code(), CODE_757300);
            referenceData.addConventionNumber(CARSAT_NORD_PICARDIE.code(), CODE_757300);
            database().inTransaction(() -> {
                referenceData.addConventionNumber(CARSAT_NORD_PICARDIE.code(), CODE_757300);
                return null;
            });

            assertThat(database().dsl().fetchCount(CONVENTION_NUMBER)).isEqualTo(1);
            assertThat(database().dsl().fetchValue(CONVENTION_NUMBER.CREATED_AT).toInstant()).isEqualTo(Fixtures.NOW);
        }

        @Test
        void a_signed_number_keeps_its_type_expected_name_and_dates_and_is_listed_by_code_page_by_page() {
            var ergo = SignedConventionNumber.of(CARSAT_NORD_PICARDIE.code(), ConventionCode.of("62739900"),
                    PartnerType.PRESTATAIRE_ERGOTHERAPEUTE, PartnerName.of("Léa Mercier Ergothérapie"),
                    LocalDate.of(2026, 1, 1), Optional.of(LocalDate.of(2028, 12, 31))).orElseThrow();
            var open = SignedConventionNumber.of(CARSAT_NORD_PICARDIE.code(), ConventionCode.of("CL19720812"),
                    PartnerType.STRUCTURE_EVALUATION, PartnerName.of("Soleil Services"), LocalDate.of(2026, 2, 1),
                    Optional.empty()).orElseThrow();

            assertThat(referenceData.addSignedNumber(ergo)).isTrue();
            assertThat(referenceData.addSignedNumber(open)).isTrue();
            assertThat(referenceData.addSignedNumber(SignedConventionNumber.codeOnly(CARSAT_NORD_PICARDIE.code(),
                    ConventionCode.of("62739900")))).as("already there").isFalse();
            referenceData.addConventionNumber(CARSAT_NORD_PICARDIE.code(), CODE_757300);

            assertThat(referenceData.signedNumber(CARSAT_NORD_PICARDIE.code(), ConventionCode.of("62739900")))
                    .contains(ergo);
            assertThat(referenceData.signedNumber(CARSAT_NORD_PICARDIE.code(), CODE_757300))
                    .contains(SignedConventionNumber.codeOnly(CARSAT_NORD_PICARDIE.code(), CODE_757300));
            assertThat(referenceData.signedNumbers(CARSAT_NORD_PICARDIE.code(), Optional.empty(), 2))
                    .extracting(number -> number.code().value()).containsExactly("62739900", "757300");
            assertThat(referenceData.signedNumbers(CARSAT_NORD_PICARDIE.code(), Optional.of(CODE_757300), 2))
                    .containsExactly(open);
            assertThat(referenceData.signedNumbers(CaisseCode.of("CNAV-IDF"), Optional.empty(), 10)).isEmpty();
        }
    }
}
