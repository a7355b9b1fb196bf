package fr.portailpartenaires.domain.habitat;

import fr.portailpartenaires.domain.shared.Refusal;

import static fr.portailpartenaires.domain.habitat.Fixtures.COMMANDE;
import static fr.portailpartenaires.domain.habitat.Fixtures.COMPLETE;
import static fr.portailpartenaires.domain.habitat.Fixtures.CONVENTION;
import static fr.portailpartenaires.domain.habitat.Fixtures.DECISION;
import static fr.portailpartenaires.domain.habitat.Fixtures.NOW;
import static fr.portailpartenaires.domain.habitat.Fixtures.ORDER;
import static fr.portailpartenaires.domain.habitat.Fixtures.PARIS;
import static fr.portailpartenaires.domain.habitat.Fixtures.VISIT;
import static fr.portailpartenaires.domain.habitat.Fixtures.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailpartenaires.domain.habitat.VisitCertificate.Aucune;
import fr.portailpartenaires.domain.habitat.VisitCertificate.Brouillon;
import fr.portailpartenaires.domain.habitat.VisitCertificate.SansSuite;
import fr.portailpartenaires.domain.habitat.VisitCertificate.Transmise;
import fr.portailpartenaires.domain.shared.FreeText;
import fr.portailpartenaires.domain.shared.InvalidValueException;
import fr.portailpartenaires.domain.shared.Result;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InterventionFileTest {

    private static final String TRANSMISE_MESSAGE =
            "Une attestation transmise ne peut plus être modifiée. Envoyez une attestation rectificative papier à votre caisse.";

    @Nested
    class Creating_a_draft {
        @Test
        void a_new_order_has_no_certificate_and_its_visit_is_to_do() {
            InterventionFile file = Fixtures.ordered();
            assertThat(file.certificate()).isEqualTo(new Aucune());
            assertThat(file.decision()).isEmpty();
            assertThat(file.isVisiteAFaire()).isTrue();
        }

        @Test
        void a_draft_may_be_saved_without_date_nor_content() {
            InterventionFile file = Fixtures.ordered().createDraft(Optional.empty(), VisitContent.EMPTY, NOW).orElseThrow();
            assertThat(file.certificate()).isEqualTo(new Brouillon(Optional.empty(), VisitContent.EMPTY, NOW.instant()));
            assertThat(file.isVisiteAFaire()).isFalse();
        }

        @Test
        void a_draft_keeps_its_date_its_content_and_when_it_was_saved() {
            assertThat(Fixtures.withDraft().certificate())
                    .isEqualTo(new Brouillon(Optional.of(VISIT), COMPLETE, NOW.instant()));
        }

        @Test
        void a_visit_date_before_the_date_de_commande_is_refused() {
            assertThat(Fixtures.ordered().createDraft(Optional.of(new VisitDate(COMMANDE.minusDays(1))), COMPLETE, NOW))
                    .isEqualTo(Result.refused(new Refusal("date_visite.anterieure_commande",
                            "La date de visite ne peut pas être antérieure à la date de commande.")));
        }

        @Test
        void a_visit_date_in_the_future_is_refused() {
            LocalDate today = LocalDate.now(NOW);
            assertThat(Fixtures.ordered().createDraft(Optional.of(new VisitDate(today.plusDays(1))), COMPLETE, NOW))
                    .isEqualTo(Result.refused(new Refusal("date_visite.future",
                            "La date de visite ne peut pas être postérieure à la date du jour.")));
        }

        @Test
        void a_second_draft_cannot_be_created() {
            assertThat(Fixtures.withDraft().createDraft(Optional.empty(), VisitContent.EMPTY, NOW)).isEqualTo(Result.refused(new Refusal(
                    "attestation.deja_creee",
                    "Une attestation de visite existe déjà pour cette commande : utilisez « Modifier Att. Visite ».")));
        }
    }

    @Nested
    class Modifying_and_deleting_a_draft {
        @Test
        void modifying_replaces_date_and_content_and_records_the_new_save() {
            Clock later = on(LocalDate.of(2024, 3, 12));
            VisitContent fewer = VisitContent.parse("Seuil de porte", List.of(WorkType.ACCESSIBILITE), null).orElseThrow();
            VisitDate march11 = new VisitDate(LocalDate.of(2024, 3, 11));
            InterventionFile file = Fixtures.withDraft().modifyDraft(Optional.of(march11), fewer, later).orElseThrow();
            assertThat(file.certificate()).isEqualTo(new Brouillon(Optional.of(march11), fewer, later.instant()));
        }

        @Test
        void modifying_with_an_invalid_date_is_refused() {
            VisitDate beforeTheOrder = new VisitDate(LocalDate.of(2024, 2, 29));
            assertThat(Fixtures.withDraft().modifyDraft(Optional.of(beforeTheOrder), COMPLETE, NOW))
                    .isEqualTo(Result.refused(new Refusal("date_visite.anterieure_commande",
                            "La date de visite ne peut pas être antérieure à la date de commande.")));
        }

        @Test
        void there_is_nothing_to_modify_or_delete_before_a_draft_exists() {
            Result<InterventionFile> expected = Result.refused(new Refusal("attestation.absente",
                    "Aucune attestation de visite n'a encore été créée pour cette commande."));
            assertThat(Fixtures.ordered().modifyDraft(Optional.empty(), COMPLETE, NOW)).isEqualTo(expected);
            assertThat(Fixtures.ordered().deleteDraft()).isEqualTo(expected);
        }

        @Test
        void deleting_a_draft_makes_the_visit_to_do_again() {
            InterventionFile file = Fixtures.withDraft().deleteDraft().orElseThrow();
            assertThat(file).isEqualTo(Fixtures.ordered());
            assertThat(file.isVisiteAFaire()).isTrue();
        }
    }

    @Nested
    class Transmitting {
        @Test
        void records_the_date_de_transmission_for_the_invoice_line() {
            Clock transmissionDay = on(LocalDate.of(2024, 3, 15));
            TransmissionRecorded recorded = Fixtures.withDraft().transmit(transmissionDay).orElseThrow();
            assertThat(recorded.orderId()).isEqualTo(ORDER);
            assertThat(recorded.conventionId()).isEqualTo(CONVENTION);
            assertThat(recorded.transmittedAt()).isEqualTo(transmissionDay.instant());
            assertThat(recorded.file().certificate()).isEqualTo(new Transmise(VISIT, COMPLETE, transmissionDay.instant()));
        }

        @Test
        void requires_the_visit_date() {
            InterventionFile undated = Fixtures.ordered().createDraft(Optional.empty(), COMPLETE, NOW).orElseThrow();
            assertThat(undated.transmit(NOW)).isEqualTo(Result.refused(new Refusal("attestation.date_visite_manquante",
                    "La date de visite est obligatoire pour transmettre l'attestation à la caisse.")));
        }

        @Test
        void requires_the_mandatory_content() {
            InterventionFile empty = Fixtures.ordered().createDraft(Optional.of(VISIT), VisitContent.EMPTY, NOW).orElseThrow();
            assertThat(empty.transmit(NOW)).isEqualTo(Result.refused(new Refusal("attestation.observations_manquantes",
                    "Les observations de la visite sont obligatoires pour transmettre l'attestation à la caisse.")));
        }

        @Test
        void a_draft_must_exist_first() {
            assertThat(Fixtures.ordered().transmit(NOW).isOk()).isFalse();
        }

        @Test
        void a_transmitted_certificate_is_final_with_the_seeds_message() {
            InterventionFile transmitted = Fixtures.transmitted();
            Result<InterventionFile> refused = Result.refused(new Refusal("attestation.transmise", TRANSMISE_MESSAGE));
            assertThat(transmitted.modifyDraft(Optional.of(VISIT), COMPLETE, NOW)).isEqualTo(refused);
            assertThat(transmitted.deleteDraft()).isEqualTo(refused);
            assertThat(transmitted.declareSansSuite(SansSuiteMotif.DECES, Optional.empty(), NOW)).isEqualTo(refused);
            assertThat(transmitted.transmit(NOW)).isEqualTo(Result.refused(new Refusal("attestation.transmise", TRANSMISE_MESSAGE)));
        }
    }

    @Nested
    class Declaring_sans_suite {
        @Test
        void sends_the_motif_and_the_comment_and_closes_the_file() {
            Optional<FreeText> comment = SansSuite.parseComment("Entrée en EHPAD le 2 mars").orElseThrow();
            InterventionFile file = Fixtures.withDraft()
                    .declareSansSuite(SansSuiteMotif.ENTREE_EN_ETABLISSEMENT, comment, NOW).orElseThrow();
            assertThat(file.certificate())
                    .isEqualTo(new SansSuite(SansSuiteMotif.ENTREE_EN_ETABLISSEMENT, comment, NOW.instant()));
            assertThat(file.isClos()).isTrue();
        }

        @Test
        void the_comment_refuses_the_euro_sign() {
            assertThat(SansSuite.parseComment("Travaux trop chers : 9000 €")).isEqualTo(Result.refused(new Refusal("texte.signe_euro",
                    "Ne saisissez pas le signe € dans ce champ : écrivez le mot « euros » à la place.")));
            assertThat(SansSuite.parseComment("  ")).isEqualTo(Result.ok(Optional.empty()));
        }

        @Test
        void a_closed_file_refuses_everything_with_a_clear_message() {
            assertThat(Fixtures.sansSuite().createDraft(Optional.empty(), COMPLETE, NOW)).isEqualTo(Result.refused(new Refusal(
                    "dossier.clos_sans_suite",
                    "Ce dossier est clos : l'attestation de visite a été déclarée sans suite et plus aucune opération n'est possible.")));
        }

        @Test
        void the_comment_cannot_exceed_its_maximum() {
            var tooLong = Optional.of(new FreeText("x".repeat(SansSuite.COMMENT_MAX_LENGTH + 1)));
            assertThatThrownBy(() -> new SansSuite(SansSuiteMotif.AUTRE, tooLong, NOW.instant()))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("texte.trop_long");
        }
    }

    @Nested
    class Recording_the_decision {
        @Test
        void closes_a_transmitted_file() {
            InterventionFile transmitted = Fixtures.transmitted();
            InterventionFile decided = transmitted.recordDecision(DECISION).orElseThrow();
            assertThat(decided.decision()).contains(DECISION);
            assertThat(decided.certificate()).isEqualTo(transmitted.certificate());
            assertThat(transmitted.isClos()).isFalse();
            assertThat(decided.isClos()).isTrue();
        }

        @Test
        void is_refused_before_transmission_and_a_second_time() {
            assertThat(Fixtures.withDraft().recordDecision(DECISION)).isEqualTo(Result.refused(new Refusal(
                    "decision.attestation_non_transmise",
                    "La notification de décision ne peut être enregistrée que pour une attestation de visite transmise.")));
            assertThat(Fixtures.decided().recordDecision(DECISION)).isEqualTo(Result.refused(new Refusal("decision.deja_enregistree",
                    "La notification de décision de ce dossier a déjà été enregistrée : le dossier est clos.")));
        }
    }

    @Nested
    class Relance {
        private final LocalDate day59 = COMMANDE.plusDays(59);
        private final LocalDate day60 = COMMANDE.plusDays(60);

        @Test
        void starts_on_the_sixtieth_day_after_the_date_de_commande() {
            InterventionFile file = Fixtures.ordered();
            assertThat(file.isEnRelance(on(day59))).isFalse();
            assertThat(file.isEnRelance(Clock.fixed(day60.atStartOfDay(PARIS).toInstant().minusNanos(1), PARIS))).isFalse();
            assertThat(file.isEnRelance(Clock.fixed(day60.atStartOfDay(PARIS).toInstant(), PARIS))).isTrue();
            assertThat(file.isEnRelance(on(day60.plusYears(1)))).isTrue();
        }

        @Test
        void the_60th_day_starts_at_midnight_in_paris_even_on_a_utc_clock() {
            InterventionFile file = Fixtures.ordered();
            LocalDate day60 = file.dateDeCommande().plusDays(60);
            java.time.Instant parisMidnight = day60.atStartOfDay(PARIS).toInstant();
            Clock utcJustBefore = Clock.fixed(parisMidnight.minusSeconds(1), java.time.ZoneOffset.UTC);
            Clock utcAt = Clock.fixed(parisMidnight, java.time.ZoneOffset.UTC);

            assertThat(LocalDate.now(utcAt)).isBefore(day60);
            assertThat(file.isEnRelance(utcJustBefore)).isFalse();
            assertThat(file.isEnRelance(utcAt)).isTrue();
        }

        @Test
        void a_draft_is_not_sent_so_it_is_en_relance_too() {
            assertThat(Fixtures.withDraft().isEnRelance(on(day59))).isFalse();
            assertThat(Fixtures.withDraft().isEnRelance(on(day60))).isTrue();
        }

        @Test
        void a_transmitted_or_sans_suite_file_is_never_en_relance() {
            for (InterventionFile sent : List.of(Fixtures.transmitted(), Fixtures.decided(), Fixtures.sansSuite())) {
                assertThat(sent.isEnRelance(on(day60))).isFalse();
                assertThat(sent.isEnRelance(on(day60.plusYears(1)))).isFalse();
            }
        }
    }

    @Nested
    class Dossier_clos {
        @Test
        void is_transmitted_with_a_decision_or_sans_suite() {
            assertThat(Fixtures.ordered().isClos()).isFalse();
            assertThat(Fixtures.withDraft().isClos()).isFalse();
            assertThat(Fixtures.transmitted().isClos()).isFalse();
            assertThat(Fixtures.decided().isClos()).isTrue();
            assertThat(Fixtures.sansSuite().isClos()).isTrue();
        }

        @Test
        void an_open_file_is_one_not_closed() {
            assertThat(Fixtures.transmitted().isOpen()).isTrue();
            assertThat(Fixtures.decided().isOpen()).isFalse();
            assertThat(Fixtures.sansSuite().isOpen()).isFalse();
        }

        @Test
        void only_a_file_without_certificate_has_its_visit_to_do() {
            assertThat(Fixtures.withDraft().isVisiteAFaire()).isFalse();
            assertThat(Fixtures.transmitted().isVisiteAFaire()).isFalse();
            assertThat(Fixtures.sansSuite().isVisiteAFaire()).isFalse();
        }
    }

    @Nested
    class Documents {
        private final LocalDateTime transmittedAt = LocalDateTime.of(2024, 3, 10, 10, 0);
        private final Clock twelveMonthsLater = Clock.fixed(transmittedAt.plusMonths(12).atZone(PARIS).toInstant(), PARIS);

        @Test
        void are_available_until_twelve_months_after_transmission_then_not() {
            InterventionFile file = Fixtures.transmitted();
            assertThat(file.documentsAvailable(NOW)).isTrue();
            assertThat(file.documentsAvailable(Clock.offset(twelveMonthsLater, Duration.ofSeconds(-1)))).isTrue();
            assertThat(file.documentsAvailable(twelveMonthsLater)).isFalse();
            assertThat(file.documentsAvailable(on(LocalDate.of(2026, 1, 1)))).isFalse();
            assertThat(Fixtures.decided().documentsAvailable(twelveMonthsLater)).isFalse();
        }

        @Test
        void of_a_sans_suite_follow_the_same_rule_from_its_declaration() {
            InterventionFile file = Fixtures.sansSuite();
            assertThat(file.documentsAvailable(Clock.offset(twelveMonthsLater, Duration.ofSeconds(-1)))).isTrue();
            assertThat(file.documentsAvailable(twelveMonthsLater)).isFalse();
        }

        @Test
        void are_always_available_before_anything_is_sent() {
            Clock muchLater = on(LocalDate.of(2030, 1, 1));
            assertThat(Fixtures.ordered().documentsAvailable(muchLater)).isTrue();
            assertThat(Fixtures.withDraft().documentsAvailable(muchLater)).isTrue();
        }
    }

    @Test
    void a_whole_lifecycle_from_order_to_dossier_clos() {
        InterventionFile file = Fixtures.ordered();
        assertThat(file.isVisiteAFaire()).isTrue();
        assertThat(file.isEnRelance(on(COMMANDE.plusDays(60)))).isTrue();

        Clock visitDay = on(COMMANDE.plusDays(62));
        file = file.createDraft(Optional.empty(), VisitContent.EMPTY, visitDay).orElseThrow();
        file = file.modifyDraft(Optional.of(new VisitDate(COMMANDE.plusDays(62))), COMPLETE, visitDay).orElseThrow();
        assertThat(file.isEnRelance(visitDay)).isTrue();

        TransmissionRecorded recorded = file.transmit(on(COMMANDE.plusDays(63))).orElseThrow();
        file = recorded.file();
        assertThat(file.isEnRelance(on(COMMANDE.plusDays(63)))).isFalse();
        assertThat(file.isOpen()).isTrue();

        file = file.recordDecision(DECISION).orElseThrow();
        assertThat(file.isClos()).isTrue();
        assertThat(file.documentsAvailable(on(COMMANDE.plusDays(63).plusMonths(11)))).isTrue();
        assertThat(file.documentsAvailable(on(COMMANDE.plusDays(63).plusMonths(12)))).isFalse();
    }

    @Nested
    class Invariants {
        @Test
        void a_decision_exists_only_on_a_transmitted_certificate() {
            assertThatThrownBy(() -> new InterventionFile(ORDER, CONVENTION, COMMANDE, new Aucune(), Optional.of(DECISION)))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("decision.attestation_non_transmise");
        }

        @Test
        void a_stored_visit_date_is_never_before_the_date_de_commande() {
            var early = new Brouillon(Optional.of(new VisitDate(COMMANDE.minusDays(1))), COMPLETE, NOW.instant());
            assertThatThrownBy(() -> new InterventionFile(ORDER, CONVENTION, COMMANDE, early, Optional.empty()))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("date_visite.anterieure_commande");
            var earlyTransmitted = new Transmise(new VisitDate(COMMANDE.minusDays(1)), COMPLETE, NOW.instant());
            assertThatThrownBy(() -> new InterventionFile(ORDER, CONVENTION, COMMANDE, earlyTransmitted, Optional.empty()))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("date_visite.anterieure_commande");
        }

        @Test
        void a_transmitted_certificate_always_has_a_complete_content() {
            assertThatThrownBy(() -> new Transmise(VISIT, VisitContent.EMPTY, NOW.instant()))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("attestation.observations_manquantes");
        }

        @Test
        void a_transmission_is_recorded_only_for_a_transmitted_file() {
            assertThatThrownBy(() -> new TransmissionRecorded(Fixtures.withDraft()))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
