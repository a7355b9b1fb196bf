package fr.portailpartenaires.adapters.persistence.habilitation;

import static fr.portailpartenaires.adapters.persistence.Fixtures.CLOCK;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.AFAS_ACTIVITY;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.AFAS_CONVENTION;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.AFAS_GRANT;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.AFAS_GROUP;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.AFAS_MEMBERSHIP;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.AFAS_PLACE;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.AFAS_USER;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.AFAS_VALIDATION_REQUEST;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.AFAS_VALIDATION_REQUEST_ACTIVITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.Fixtures;
import fr.portailpartenaires.adapters.persistence.account.JooqAccounts;
import fr.portailpartenaires.adapters.persistence.partner.JooqPartners;
import fr.portailpartenaires.application.habilitation.AfasConventions;
import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.shared.EmailTakenException;
import fr.portailpartenaires.application.shared.Partners;
import fr.portailpartenaires.domain.habilitation.AfasConvention;
import fr.portailpartenaires.domain.habilitation.AfasConventionId;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.user.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * {@link AfasConventionsContract} in the database: the unique e-mail key across transactions, and the identifier
 * counter, drawn in the use case's transaction.
 */
abstract class JooqAfasConventionsContract extends AfasConventionsContract {

    protected abstract Database database();

    @Override
    protected void clear() {
        var dsl = database().dsl();
        dsl.deleteFrom(AFAS_GRANT).execute();
        dsl.deleteFrom(AFAS_VALIDATION_REQUEST_ACTIVITY).execute();
        dsl.deleteFrom(AFAS_VALIDATION_REQUEST).execute();
        dsl.deleteFrom(AFAS_MEMBERSHIP).execute();
        dsl.deleteFrom(AFAS_USER).execute();
        dsl.deleteFrom(AFAS_GROUP).execute();
        dsl.deleteFrom(AFAS_PLACE).execute();
        dsl.deleteFrom(AFAS_ACTIVITY).execute();
        dsl.deleteFrom(AFAS_CONVENTION).execute();
        Fixtures.clear(database());
    }

    @Override
    protected AfasConventions afasConventions() {
        return new JooqAfasConventions(database());
    }

    @Override
    protected Partners partners() {
        return new JooqPartners(database(), CLOCK);
    }

    @Override
    protected Accounts accounts() {
        return new JooqAccounts(database(), CLOCK);
    }

    @Test
    void an_email_taken_meanwhile_by_a_user_of_another_convention_is_refused_by_the_accounts_unique_key() {
        Stored farandole = farandole("ENF01302", "132@yopmail.com");
        Stored other = farandole("ENF06901", "69@yopmail.com");
        assertThat(conventions.update(withGarban(farandole, "132@yopmail.com"))).isTrue();
        UserId otherBruet = other.convention().users().getFirst().id();

        assertThatThrownBy(() -> database().inTransaction(() -> {
            accounts().setEmail(otherBruet, EmailAddress.of("gilles.GARBAN132@yopmail.com"));
            return null;
        })).isInstanceOf(EmailTakenException.class);
        assertThat(conventions.find(other.convention().id())).contains(other.convention());
        assertThat(accounts().find(otherBruet).orElseThrow().email())
                .isEqualTo(other.convention().users().getFirst().email());
    }

    @Nested
    class Identifier_sequence {

        @Test
        void draws_from_the_first_number_and_a_rolled_back_draw_gave_nothing_away() {
            Stored stored = farandole("ENF01302", "132@yopmail.com");
            AfasConventionId id = stored.convention().id();
            assertThat(database().inTransaction(() -> conventions.nextSequence(id))).isEqualTo(481);
            assertThatThrownBy(() -> database().inTransaction(() -> {
                conventions.nextSequence(id);
                throw new IllegalStateException("the use case failed");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(database().inTransaction(() -> conventions.nextSequence(id))).isEqualTo(482);
        }

        @Test
        void concurrent_draws_never_get_the_same_number() throws Exception {
            Stored stored = farandole("ENF01302", "132@yopmail.com");
            AfasConventionId id = stored.convention().id();
            int threads = 6;
            int drawsPerThread = 15;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            try {
                List<Future<List<Integer>>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    Callable<List<Integer>> drawer = () -> {
                        start.await();
                        List<Integer> drawn = new ArrayList<>();
                        for (int n = 0; n < drawsPerThread; n++) {
                            drawn.add(database().inTransaction(() -> {
                                int value = conventions.nextSequence(id);
                                Thread.yield();
                                return value;
                            }));
                        }
                        return drawn;
                    };
                    futures.add(pool.submit(drawer));
                }
                start.countDown();
                List<Integer> all = new ArrayList<>();
                for (Future<List<Integer>> future : futures) {
                    all.addAll(future.get());
                }
                assertThat(all).doesNotHaveDuplicates().hasSize(threads * drawsPerThread);
                assertThat(all).allMatch(value -> value >= 481 && value < 481 + threads * drawsPerThread);
            } finally {
                pool.shutdownNow();
            }
            assertThat(database().inTransaction(() -> conventions.nextSequence(id)))
                    .isEqualTo(481 + threads * drawsPerThread);
        }
    }
}
