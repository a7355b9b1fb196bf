package fr.portailpartenaires.adapters.persistence.convention;

import fr.portailpartenaires.adapters.persistence.account.JooqAccounts;
import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.shared.ConventionNumberUse;

import static fr.portailpartenaires.adapters.persistence.Fixtures.CARSAT_NORD_PICARDIE;
import static fr.portailpartenaires.adapters.persistence.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.Fixtures;
import fr.portailpartenaires.adapters.persistence.partner.JooqPartners;
import fr.portailpartenaires.application.shared.Conventions;
import fr.portailpartenaires.application.shared.Partners;
import org.junit.jupiter.api.Test;

/**
 * {@link ConventionsContract} on the database: its unique key keeps one pending request per code, even across
 * concurrent transactions.
 */
abstract class JooqConventionsContract extends ConventionsContract {

    protected abstract Database database();

    @Override
    protected void clear() {
        Fixtures.clear(database());
    }

    @Override
    protected Conventions conventions() {
        return new JooqConventions(database());
    }

    @Override
    protected Partners partners() {
        return new JooqPartners(database(), Fixtures.CLOCK);
    }

    @Override
    protected Accounts accounts() {
        return new JooqAccounts(database(), Fixtures.CLOCK);
    }

    @Override
    protected ConventionNumberUse numberUse() {
        return new JooqConventionNumberUse(database());
    }

    @Test
    void of_two_simultaneous_requests_for_one_code_only_one_is_stored() throws Exception {
        var first = pending(partner(), CARSAT_NORD_PICARDIE, "757302", NOW);
        var twin = pending(partner(), CARSAT_NORD_PICARDIE, "757302", NOW.plusSeconds(1));
        var firstInserted = new java.util.concurrent.CountDownLatch(1);
        var secondTried = new java.util.concurrent.CountDownLatch(1);
        var executor = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            var firstAdded = executor.submit(() -> database().inTransaction(() -> {
                boolean added = conventions.add(first);
                firstInserted.countDown();
                await(secondTried);
                return added;
            }));
            await(firstInserted);
            // the second transaction does not see the first, uncommitted, request: only the unique key stops it
            boolean twinAdded = database().inTransaction(() -> {
                secondTried.countDown();
                boolean added = conventions.add(twin);
                conventions.add(pending(partner(), CARSAT_NORD_PICARDIE, "757303", NOW));
                return added;
            });

            assertThat(firstAdded.get()).isTrue();
            assertThat(twinAdded).isFalse();
            assertThat(conventions.of(cielBleu.id()).all()).extracting(convention -> convention.code().value())
                    .containsExactlyInAnyOrder("757302", "757303");
        } finally {
            executor.shutdownNow();
        }
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            if (!latch.await(10, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new AssertionError("The other transaction did not get there");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
