package fr.portailpartenaires.adapters.persistence.partner;

import static fr.portailpartenaires.adapters.persistence.Fixtures.CLOCK;
import static fr.portailpartenaires.adapters.persistence.Fixtures.NOW;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.ACCOUNT;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.PARTNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.Fixtures;
import fr.portailpartenaires.adapters.persistence.account.JooqAccounts;
import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.application.shared.Partners;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.partner.PartnerUser;
import fr.portailpartenaires.domain.user.UserId;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** {@link PartnersContract} in the database: the account rows, and updates in concurrent or failed transactions. */
abstract class JooqPartnersContract extends PartnersContract {

    protected abstract Database database();

    @Override
    protected void clear() {
        Fixtures.clear(database());
    }

    @Override
    protected Partners partners() {
        return new JooqPartners(database(), CLOCK);
    }

    @Override
    protected Accounts accounts() {
        return new JooqAccounts(database(), CLOCK);
    }

    @Override
    protected int accountsOf(PartnerId partner) {
        return database().dsl().fetchCount(ACCOUNT, ACCOUNT.PARTNER_ID.eq(partner.value()));
    }

    @Override
    protected long storedVersion(PartnerId partner) {
        return database().dsl().fetchValue(PARTNER.VERSION, PARTNER.ID.eq(partner.value()));
    }

    @Test
    void its_users_are_accounts_without_credentials_created_now() {
        Partner cielBleu = Fixtures.cielBleu();

        Fixtures.store(partners, accounts, cielBleu);

        var row = database().dsl().fetchSingle(ACCOUNT, ACCOUNT.PARTNER_ID.eq(cielBleu.id().value()));
        assertThat(row.getKind()).isEqualTo("PARTNER_USER");
        assertThat(row.getLoginKey()).isEqualTo("alex7");
        assertThat(row.getLogin()).isEqualTo("Alex7");
        assertThat(row.getPasswordHash()).isNull();
        assertThat(row.getMustChangePassword()).isFalse();
        assertThat(row.getCreatedAt().toInstant()).isEqualTo(NOW);
        assertThat(row.getCaisseCode()).isNull();
    }

    @Test
    void two_administrators_demoting_each_other_at_the_same_moment_leave_one_administrator() throws Exception {
        Partner cielBleu = Fixtures.cielBleu();
        Fixtures.store(partners, accounts, cielBleu);
        UserId alex7 = administratorOf(cielBleu);
        PartnerUser solange = Fixtures.solange778();
        Partner withSolange = cielBleu.createUser(alex7, solange).orElseThrow();
        partners.update(withSolange);
        accounts.openPartnerUser(cielBleu.id(), withSolange.user(solange.id()).orElseThrow());
        Partner read = partners.find(cielBleu.id()).orElseThrow();
        Partner alexDemotesSolange = read.revokeAdministration(alex7, solange.id()).orElseThrow();
        Partner solangeDemotesAlex = read.revokeAdministration(solange.id(), alex7).orElseThrow();
        CountDownLatch firstUpdated = new CountDownLatch(1);
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> first = executor.submit(() -> database().inTransaction(() -> {
                boolean updated = partners.update(alexDemotesSolange);
                firstUpdated.countDown();
                keepTheTransactionOpenAMoment();
                return updated;
            }));
            firstUpdated.await();
            Future<Boolean> second = executor.submit(() -> database().inTransaction(
                    () -> partners.update(solangeDemotesAlex)));

            assertThat(first.get()).isTrue();
            assertThat(second.get()).isFalse();
        } finally {
            executor.shutdownNow();
        }
        Partner found = partners.find(cielBleu.id()).orElseThrow();
        assertThat(found.administrators()).extracting(PartnerUser::id).containsExactly(alex7);
        assertThat(found.version()).isEqualTo(2);
    }

    /** Lets the concurrent update reach the partner row while this transaction holds it. */
    private static void keepTheTransactionOpenAMoment() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void an_update_joins_the_use_case_transaction_and_is_rolled_back_with_it() {
        Partner cielBleu = Fixtures.cielBleu();
        Fixtures.store(partners, accounts, cielBleu);
        PartnerUser martin = Fixtures.martin37();
        Partner changed = cielBleu.createUser(administratorOf(cielBleu), martin).orElseThrow();

        assertThatThrownBy(() -> database().inTransaction(() -> {
            assertThat(partners.update(changed)).isTrue();
            accounts.openPartnerUser(cielBleu.id(), changed.user(martin.id()).orElseThrow());
            throw new IllegalStateException("panne simulée");
        })).hasMessageContaining("panne simulée");

        assertThat(partners.find(cielBleu.id())).contains(cielBleu);
        assertThat(accounts.find(martin.id())).isEmpty();
    }
}
