package fr.portailpartenaires.adapters.persistence.registration;

import static fr.portailpartenaires.adapters.persistence.Fixtures.CARSAT_NORD_PICARDIE;
import static fr.portailpartenaires.adapters.persistence.Fixtures.NOW;
import static fr.portailpartenaires.adapters.persistence.Fixtures.registration;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.REGISTRATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.Fixtures;
import fr.portailpartenaires.application.registration.Registrations;
import fr.portailpartenaires.domain.convention.ConventionCode;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.user.UserId;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/**
 * {@link RegistrationsContract} in the database: the pending key across transactions, the other failures thrown, and
 * who decided and which partner came of it, kept in the row.
 */
abstract class JooqRegistrationsContract extends RegistrationsContract {

    protected abstract Database database();

    @Override
    protected Registrations emptyRegistrations() {
        Fixtures.clear(database());
        return new JooqRegistrations(database());
    }

    @Test
    void only_the_pending_key_violation_is_a_refusal_any_other_failure_is_a_bug_that_is_thrown() {
        var cielBleu = Fixtures.cielBleuRegistration();
        registrations.addPending(cielBleu);
        var sameIdOtherCode = registration(cielBleu.id().value(), CARSAT_NORD_PICARDIE, ConventionCode.of("757301"), NOW);

        assertThatThrownBy(() -> registrations.addPending(sameIdOtherCode)).isInstanceOf(DataAccessException.class);
        assertThat(registrations.pendingWithConventionCode(ConventionCode.of("757301"))).isEmpty();
    }

    @Test
    void a_refused_twin_leaves_the_use_case_transaction_usable() {
        registrations.addPending(Fixtures.cielBleuRegistration());
        var twin = withCode("757300", NOW.plusSeconds(1));
        var other = withCode("757301", NOW.plusSeconds(2));

        boolean otherAdded = database().inTransaction(() -> {
            assertThat(registrations.addPending(twin)).isFalse();
            return registrations.addPending(other);
        });

        assertThat(otherAdded).isTrue();
        assertThat(registrations.find(other.id())).isPresent();
    }

    @Test
    void of_two_concurrent_requests_in_open_transactions_one_is_stored_and_the_other_transaction_goes_on()
            throws Exception {
        var first = Fixtures.cielBleuRegistration();
        var twin = withCode("757300", NOW.plusSeconds(1));
        var unrelated = withCode("757399", NOW.plusSeconds(2));
        CountDownLatch firstInserted = new CountDownLatch(1);
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> firstAdded = executor.submit(() -> database().inTransaction(() -> {
                boolean added = registrations.addPending(first);
                firstInserted.countDown();
                keepTheTransactionOpenAMoment();
                return added;
            }));
            firstInserted.await();
            Future<Boolean> twinAdded = executor.submit(() -> database().inTransaction(() -> {
                boolean added = registrations.addPending(twin);
                registrations.addPending(unrelated);
                return added;
            }));

            assertThat(firstAdded.get()).isTrue();
            assertThat(twinAdded.get()).isFalse();
        } finally {
            executor.shutdownNow();
        }
        assertThat(registrations.find(twin.id())).isEmpty();
        assertThat(registrations.find(unrelated.id())).isPresent();
    }

    /** Lets the concurrent request run its insert against this uncommitted one (the unique key then decides). */
    private static void keepTheTransactionOpenAMoment() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void a_validation_is_stored_with_who_decided_and_the_partner_created() {
        var cielBleu = Fixtures.cielBleuRegistration();
        registrations.addPending(cielBleu);
        var validee = validated(cielBleu);
        UserId caisseAdministrator = UserId.random();
        PartnerId partner = PartnerId.random();

        assertThat(registrations.decide(validee, 0, caisseAdministrator, Optional.of(partner))).isTrue();

        assertThat(registrations.find(cielBleu.id())).contains(new Registrations.Stored(validee, 1));
        var row = database().dsl().fetchSingle(REGISTRATION, REGISTRATION.ID.eq(cielBleu.id().value()));
        assertThat(row.getDecidedBy()).isEqualTo(caisseAdministrator.value());
        assertThat(row.getPartnerId()).isEqualTo(partner.value());
        assertThat(row.getPendingKey()).isNull();
        assertThat(row.getMotif()).isNull();
    }

    @Test
    void an_invalidation_is_stored_with_its_motif() {
        var cielBleu = Fixtures.cielBleuRegistration();
        registrations.addPending(cielBleu);
        var invalidee = cielBleu.invalidate(CARSAT_ADMINISTRATOR,
                "Le code convention ne correspond pas au partenaire.", NOW.plus(Duration.ofHours(3))).orElseThrow();

        assertThat(registrations.decide(invalidee, 0, UserId.random(), Optional.empty())).isTrue();

        assertThat(registrations.find(cielBleu.id())).contains(new Registrations.Stored(invalidee, 1));
        assertThat(database().dsl().fetchValue(REGISTRATION.PARTNER_ID, REGISTRATION.ID.eq(cielBleu.id().value())))
                .isNull();
    }
}
