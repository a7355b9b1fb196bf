package fr.portailpartenaires.adapters.persistence.account;

import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.adapters.persistence.Fixtures;
import static fr.portailpartenaires.adapters.persistence.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.account.EmailChanges;
import fr.portailpartenaires.application.account.EmailChanges.Pending;
import fr.portailpartenaires.application.shared.Partners;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.user.UserId;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pending e-mail changes: one per account, found by the token's hash, consumed once. */
abstract class EmailChangesContract {

    /** Empties the stores: each test starts from the reference data only. */
    protected abstract void clear();

    protected abstract Partners partners();

    /** The accounts the partners\' users are, opened after their partner as a use case opens them. */
    protected abstract Accounts accounts();

    protected abstract EmailChanges emailChanges();

    EmailChanges changes;
    UserId alex7;

    @BeforeEach
    void aPartnerUser() {
        clear();
        Partner cielBleu = Fixtures.cielBleu();
        Fixtures.store(partners(), accounts(), cielBleu);
        alex7 = cielBleu.users().getFirst().id();
        changes = emailChanges();
    }

    Pending pending(String hash, String email) {
        return new Pending(hash, alex7, EmailAddress.of(email), NOW, NOW.plus(Duration.ofHours(24)));
    }

    @Test
    void a_request_is_found_by_its_token_hash_only() {
        changes.replace(pending("a".repeat(64), "alex7@nouveau.fr"));

        assertThat(changes.findByTokenHash("a".repeat(64))).contains(pending("a".repeat(64), "alex7@nouveau.fr"));
        assertThat(changes.findByTokenHash("b".repeat(64))).isEmpty();
    }

    @Test
    void a_new_request_replaces_the_accounts_pending_one() {
        changes.replace(pending("a".repeat(64), "alex7@nouveau.fr"));
        changes.replace(pending("b".repeat(64), "alex7@autre.fr"));

        assertThat(changes.findByTokenHash("a".repeat(64))).isEmpty();
        assertThat(changes.findByTokenHash("b".repeat(64))).map(Pending::newEmail)
                .contains(EmailAddress.of("alex7@autre.fr"));
    }

    @Test
    void a_request_is_consumed_once() {
        changes.replace(pending("a".repeat(64), "alex7@nouveau.fr"));

        assertThat(changes.consume("a".repeat(64))).isTrue();
        assertThat(changes.consume("a".repeat(64))).isFalse();
        assertThat(changes.findByTokenHash("a".repeat(64))).isEmpty();
    }
}
