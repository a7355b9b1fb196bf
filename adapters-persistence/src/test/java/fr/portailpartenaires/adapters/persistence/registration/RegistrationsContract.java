package fr.portailpartenaires.adapters.persistence.registration;

import fr.portailpartenaires.adapters.persistence.Fixtures;
import static fr.portailpartenaires.adapters.persistence.Fixtures.CAF_PAS_DE_CALAIS;
import static fr.portailpartenaires.adapters.persistence.Fixtures.CARSAT_NORD_PICARDIE;
import static fr.portailpartenaires.adapters.persistence.Fixtures.CODE_757300;
import static fr.portailpartenaires.adapters.persistence.Fixtures.NOW;
import static fr.portailpartenaires.adapters.persistence.Fixtures.registration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailpartenaires.application.registration.RegistrationDetails;
import fr.portailpartenaires.application.registration.Registrations;
import fr.portailpartenaires.domain.convention.Actor;
import fr.portailpartenaires.domain.convention.CguAcceptance;
import fr.portailpartenaires.domain.convention.ConventionCode;
import fr.portailpartenaires.domain.convention.Registration;
import fr.portailpartenaires.domain.convention.RegistrationId;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.partner.PartnerName;
import fr.portailpartenaires.domain.reference.Caisse;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.shared.PhoneNumber;
import fr.portailpartenaires.domain.user.FirstName;
import fr.portailpartenaires.domain.user.LastName;
import fr.portailpartenaires.domain.user.Login;
import fr.portailpartenaires.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The self-registrations: one pending request per caisse and convention code, decisions, the caisse's queue. */
abstract class RegistrationsContract {

    static final Actor CARSAT_ADMINISTRATOR = new Actor.CaisseAdministrator(CARSAT_NORD_PICARDIE.code());

    /** An empty store. */
    protected abstract Registrations emptyRegistrations();

    Registrations registrations;

    @BeforeEach
    void setUp() {
        registrations = emptyRegistrations();
    }

    static Registration.EnAttenteDeValidation<RegistrationDetails> withCode(String code, Instant submittedAt) {
        return registration(UUID.randomUUID(), CARSAT_NORD_PICARDIE, ConventionCode.of(code), submittedAt);
    }

    Registration.Validee<RegistrationDetails> validated(Registration.EnAttenteDeValidation<RegistrationDetails> pending) {
        return pending.validate(CARSAT_ADMINISTRATOR, NOW.plus(Duration.ofDays(1))).orElseThrow();
    }

    @Nested
    class Round_trips {

        @Test
        void the_seed_registration_comes_back_pending_with_version_0() {
            var cielBleu = Fixtures.cielBleuRegistration();

            assertThat(registrations.addPending(cielBleu)).isTrue();

            assertThat(registrations.find(cielBleu.id())).contains(new Registrations.Stored(cielBleu, 0));
            var form = registrations.find(cielBleu.id()).orElseThrow().registration().form();
            assertThat(form.address().lines())
                    .containsExactly("Association Ciel Bleu", "107 B Esplanade de Madrid", "62000 ARRAS");
            assertThat(form.administrator().login()).isEqualTo(Login.of("Alex7"));
        }

        @Test
        void a_registration_without_siret_and_with_every_address_field_comes_back() {
            PartnerName name = PartnerName.of("Ergo Habitat Côte d'Opale");
            var form = new RegistrationDetails(name, Optional.empty(), PhoneNumber.of("0612345678"),
                    Fixtures.everyField(name.value()), new RegistrationDetails.FirstAdministrator(LastName.of("DURAND"),
                            FirstName.of("Claire"), Login.of("Claire62"), EmailAddress.of("Claire.Durand@ergo.fr"),
                            PhoneNumber.of("0612345679")));
            var registration = new Registration.EnAttenteDeValidation<>(new RegistrationId(UUID.randomUUID()),
                    Fixtures.terms(CAF_PAS_DE_CALAIS, ConventionCode.of("620001")), form,
                    new CguAcceptance("2025-02", NOW.minusSeconds(1)), NOW);

            registrations.addPending(registration);

            assertThat(registrations.find(registration.id())).contains(new Registrations.Stored(registration, 0));
        }

        @Test
        void an_unknown_registration_is_not_found() {
            assertThat(registrations.find(new RegistrationId(UUID.randomUUID()))).isEmpty();
        }
    }

    @Nested
    class One_pending_request_per_caisse_and_code {

        @Test
        void a_second_pending_request_for_the_same_caisse_and_code_is_refused_and_not_stored() {
            registrations.addPending(Fixtures.cielBleuRegistration());
            var twin = withCode("757300", NOW.plusSeconds(60));

            assertThat(registrations.addPending(twin)).isFalse();

            assertThat(registrations.find(twin.id())).isEmpty();
            assertThat(registrations.pendingWithConventionCode(CODE_757300)).hasSize(1);
        }

        @Test
        void the_same_code_may_be_pending_at_another_caisse_and_both_are_listed_by_code() {
            var carsat = Fixtures.cielBleuRegistration();
            var caf = registration(UUID.randomUUID(), CAF_PAS_DE_CALAIS, CODE_757300, NOW.plusSeconds(1));

            assertThat(registrations.addPending(carsat)).isTrue();
            assertThat(registrations.addPending(caf)).isTrue();

            assertThat(registrations.pendingWithConventionCode(CODE_757300)).containsExactly(carsat, caf);
            assertThat(registrations.pendingWithConventionCode(ConventionCode.of("757301"))).isEmpty();
        }

        @Test
        void once_decided_the_code_may_be_requested_again() {
            var first = Fixtures.cielBleuRegistration();
            registrations.addPending(first);
            var invalidated = first.invalidate(CARSAT_ADMINISTRATOR, "Convention inconnue", NOW.plusSeconds(5)).orElseThrow();
            registrations.decide(invalidated, 0, UserId.random(), Optional.empty());
            var again = withCode("757300", NOW.plusSeconds(10));

            assertThat(registrations.addPending(again)).isTrue();

            assertThat(registrations.pendingWithConventionCode(CODE_757300)).containsExactly(again);
        }

        @Test
        void a_login_is_requested_while_its_registration_is_pending_only() {
            var cielBleu = Fixtures.cielBleuRegistration();
            registrations.addPending(cielBleu);

            assertThat(registrations.loginRequestedByAPendingRegistration(Login.of("ALEX7").key())).isTrue();
            assertThat(registrations.loginRequestedByAPendingRegistration("martin37")).isFalse();

            registrations.decide(cielBleu.invalidate(CARSAT_ADMINISTRATOR, "Doublon", NOW).orElseThrow(), 0,
                    UserId.random(), Optional.empty());

            assertThat(registrations.loginRequestedByAPendingRegistration("alex7")).isFalse();
        }
    }

    @Nested
    class Decisions {

        @Test
        void a_decision_on_a_stale_version_is_refused_and_the_first_decision_kept() {
            var cielBleu = Fixtures.cielBleuRegistration();
            registrations.addPending(cielBleu);
            var read = registrations.find(cielBleu.id()).orElseThrow();
            var validee = validated(cielBleu);
            var invalidee = cielBleu.invalidate(CARSAT_ADMINISTRATOR, "Trop tard", NOW.plusSeconds(30)).orElseThrow();

            assertThat(registrations.decide(validee, read.version(), UserId.random(), Optional.of(PartnerId.random())))
                    .isTrue();
            assertThat(registrations.decide(invalidee, read.version(), UserId.random(), Optional.empty())).isFalse();

            assertThat(registrations.find(cielBleu.id())).contains(new Registrations.Stored(validee, 1));
        }

        @Test
        void a_pending_registration_or_an_invalidation_with_a_partner_is_no_decision() {
            var cielBleu = Fixtures.cielBleuRegistration();
            registrations.addPending(cielBleu);
            var invalidee = cielBleu.invalidate(CARSAT_ADMINISTRATOR, "Doublon", NOW).orElseThrow();

            assertThatThrownBy(() -> registrations.decide(cielBleu, 0, UserId.random(), Optional.empty()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> registrations.decide(invalidee, 0, UserId.random(), Optional.of(PartnerId.random())))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(registrations.find(cielBleu.id())).contains(new Registrations.Stored(cielBleu, 0));
        }
    }

    @Nested
    class The_queue_of_a_caisse {

        /**
         * 25 pending registrations of CARSAT Nord-Picardie, three by three submitted at the same instant
         * (so the id breaks the ties), stored in a shuffled order; returned in the order of the queue.
         * Their ids are small positive numbers, so that Java's UUID order is the databases' order.
         */
        private List<Registration.EnAttenteDeValidation<RegistrationDetails>> twentyFivePending() {
            List<Registration.EnAttenteDeValidation<RegistrationDetails>> all = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                all.add(registration(new UUID(0x1000L + (i * 7) % 25, 0x42L), CARSAT_NORD_PICARDIE,
                        ConventionCode.of(String.valueOf(700000 + i)), NOW.plus(Duration.ofMinutes(i / 3))));
            }
            List<Registration.EnAttenteDeValidation<RegistrationDetails>> shuffled = new ArrayList<>(all);
            Collections.shuffle(shuffled, new Random(42));
            shuffled.forEach(registration -> assertThat(registrations.addPending(registration)).isTrue());
            return all.stream()
                    .sorted(Comparator.comparing(Registration.EnAttenteDeValidation<RegistrationDetails>::submittedAt)
                            .thenComparing(registration -> registration.id().value()))
                    .toList();
        }

        private List<List<Registration.EnAttenteDeValidation<RegistrationDetails>>> pagesOf(Caisse caisse, int size) {
            List<List<Registration.EnAttenteDeValidation<RegistrationDetails>>> pages = new ArrayList<>();
            Optional<RegistrationId> after = Optional.empty();
            while (true) {
                var page = registrations.pendingOf(caisse.code(), after, size);
                if (page.isEmpty()) {
                    return pages;
                }
                pages.add(page);
                after = Optional.of(page.getLast().id());
            }
        }

        @Test
        void pages_of_ten_walk_the_queue_oldest_first_with_no_duplicate_and_no_gap() {
            var expected = twentyFivePending();

            var pages = pagesOf(CARSAT_NORD_PICARDIE, 10);

            assertThat(pages).extracting(List::size).containsExactly(10, 10, 5);
            assertThat(pages.stream().flatMap(List::stream).toList()).containsExactlyElementsOf(expected);
        }

        @Test
        void the_queue_holds_the_pending_requests_of_that_caisse_only() {
            var mine = withCode("757300", NOW);
            var decided = withCode("757301", NOW.minusSeconds(60));
            var otherCaisse = registration(UUID.randomUUID(), CAF_PAS_DE_CALAIS, CODE_757300, NOW.minusSeconds(30));
            registrations.addPending(mine);
            registrations.addPending(decided);
            registrations.addPending(otherCaisse);
            registrations.decide(validated(decided), 0, UserId.random(), Optional.of(PartnerId.random()));

            assertThat(registrations.pendingOf(CARSAT_NORD_PICARDIE.code(), Optional.empty(), 10)).containsExactly(mine);
            assertThat(registrations.pendingOf(CAF_PAS_DE_CALAIS.code(), Optional.empty(), 10)).containsExactly(otherCaisse);
        }

        @Test
        void a_request_decided_between_two_pages_does_not_shift_the_next_page() {
            var expected = twentyFivePending();
            var firstPage = registrations.pendingOf(CARSAT_NORD_PICARDIE.code(), Optional.empty(), 10);
            var lastSeen = firstPage.getLast();
            registrations.decide(validated(lastSeen), 0, UserId.random(), Optional.of(PartnerId.random()));

            var secondPage = registrations.pendingOf(CARSAT_NORD_PICARDIE.code(), Optional.of(lastSeen.id()), 10);

            assertThat(secondPage).containsExactlyElementsOf(expected.subList(10, 20));
        }

        @Test
        void after_an_unknown_registration_the_page_is_empty() {
            twentyFivePending();

            assertThat(registrations.pendingOf(CARSAT_NORD_PICARDIE.code(),
                    Optional.of(new RegistrationId(UUID.randomUUID())), 10)).isEmpty();
        }

        @Test
        void a_caisse_without_requests_has_an_empty_queue() {
            assertThat(registrations.pendingOf(CARSAT_NORD_PICARDIE.code(), Optional.empty(), 10)).isEmpty();
            assertThat(IntStream.of(0, -1)).allSatisfy(limit -> assertThatThrownBy(
                    () -> registrations.pendingOf(CARSAT_NORD_PICARDIE.code(), Optional.empty(), limit))
                    .isInstanceOf(IllegalArgumentException.class));
        }
    }
}
