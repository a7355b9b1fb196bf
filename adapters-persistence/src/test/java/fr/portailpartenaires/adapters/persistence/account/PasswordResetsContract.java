package fr.portailpartenaires.adapters.persistence.account;

import static fr.portailpartenaires.adapters.persistence.Fixtures.NOW;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.PASSWORD_RESET;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.SIGNING_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.Fixtures;
import fr.portailpartenaires.adapters.persistence.account.JooqAccounts;
import fr.portailpartenaires.adapters.persistence.partner.JooqPartners;
import fr.portailpartenaires.application.shared.PasswordResets;
import fr.portailpartenaires.application.shared.PasswordResets.Pending;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.user.UserId;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pending forgotten-password resets and the signing keys (V21, issue 19) on a database: one reset per account at
 * most, gone with its account; one key per purpose, the same for every instance even when two draw it at once.
 */
abstract class PasswordResetsContract {

    protected abstract Database database();

    private PasswordResets resets;
    private UserId alex7;

    @BeforeEach
    void aPartnerUser() {
        database().dsl().deleteFrom(PASSWORD_RESET).execute();
        database().dsl().deleteFrom(SIGNING_KEY).execute();
        Fixtures.clear(database());
        Partner cielBleu = Fixtures.cielBleu();
        Fixtures.store(new JooqPartners(database(), Fixtures.CLOCK), new JooqAccounts(database(), Fixtures.CLOCK),
                cielBleu);
        alex7 = cielBleu.users().getFirst().id();
        resets = new JooqPasswordResets(database());
    }

    private static Pending pending(String digest, Duration validity) {
        return new Pending(digest, "$argon2id$v=19$m=19456,t=2,p=1$" + digest, NOW.plus(validity), NOW);
    }

    @Test
    void a_reset_is_found_as_saved_and_a_new_one_replaces_it() {
        assertThat(resets.find(alex7)).isEmpty();
        resets.save(alex7, pending("a".repeat(64), Duration.ofHours(72)));
        resets.save(alex7, pending("b".repeat(64), Duration.ofHours(72)));

        assertThat(resets.find(alex7)).contains(pending("b".repeat(64), Duration.ofHours(72)));
        assertThat(database().dsl().fetchCount(PASSWORD_RESET)).isEqualTo(1);
        assertThat(resets.find(UserId.random())).isEmpty();
    }

    @Test
    void a_reset_is_deleted_used_expired_or_with_its_account() {
        resets.save(alex7, pending("a".repeat(64), Duration.ofHours(72)));
        resets.delete(alex7);
        assertThat(resets.find(alex7)).isEmpty();
        resets.delete(alex7);

        resets.save(alex7, pending("a".repeat(64), Duration.ofHours(1)));
        assertThat(resets.purgeExpired(NOW.plus(Duration.ofMinutes(59)))).isZero();
        assertThat(resets.purgeExpired(NOW.plus(Duration.ofHours(1)))).isEqualTo(1);

        resets.save(alex7, pending("a".repeat(64), Duration.ofHours(1)));
        Fixtures.clear(database());
        assertThat(database().dsl().fetchCount(PASSWORD_RESET)).isZero();
    }

    @Test
    void a_signing_key_is_drawn_once_and_then_the_same_for_every_instance() throws Exception {
        List<CompletableFuture<byte[]>> instances = List.of(
                CompletableFuture.supplyAsync(() -> new JooqSigningKeys(database(), Fixtures.CLOCK).key("device-cookie")),
                CompletableFuture.supplyAsync(() -> new JooqSigningKeys(database(), Fixtures.CLOCK).key("device-cookie")));
        byte[] first = instances.get(0).get();

        assertThat(first).hasSize(32);
        assertThat(instances.get(1).get()).isEqualTo(first);
        assertThat(new JooqSigningKeys(database(), Fixtures.CLOCK).key("device-cookie")).isEqualTo(first);
        assertThat(new JooqSigningKeys(database(), Fixtures.CLOCK).key("autre-usage")).isNotEqualTo(first);
    }
}
