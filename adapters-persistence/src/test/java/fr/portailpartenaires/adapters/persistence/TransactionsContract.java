package fr.portailpartenaires.adapters.persistence;

import static fr.portailpartenaires.adapters.persistence.jooq.Tables.PARTNER_TYPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** One transaction per use case: commit on return, rollback on exception, nested calls join. */
abstract class TransactionsContract {

    protected abstract Database database();

    private int insertType(String code) {
        return database().current().insertInto(PARTNER_TYPE, PARTNER_TYPE.CODE, PARTNER_TYPE.LIBELLE, PARTNER_TYPE.ORDRE)
                .values(code, "Type de test", 99).execute();
    }

    private boolean typeExists(String code) {
        return database().dsl().fetchExists(PARTNER_TYPE, PARTNER_TYPE.CODE.eq(code));
    }

    @Test
    void work_that_returns_is_committed() {
        var transactions = new JooqTransactions(database());
        assertThat(transactions.inTransaction(() -> insertType("COMMIT_TEST"))).isEqualTo(1);
        assertThat(typeExists("COMMIT_TEST")).isTrue();
    }

    @Test
    void work_that_throws_is_rolled_back_entirely_including_nested_work() {
        var transactions = new JooqTransactions(database());
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            insertType("ROLLBACK_OUTER");
            transactions.inTransaction(() -> insertType("ROLLBACK_INNER"));
            throw new IllegalStateException("panne simulée");
        })).hasMessageContaining("panne simulée");
        assertThat(typeExists("ROLLBACK_OUTER")).isFalse();
        assertThat(typeExists("ROLLBACK_INNER")).isFalse();
    }

    @Test
    void outside_a_transaction_the_current_context_auto_commits() {
        assertThat(database().current()).isSameAs(database().dsl());
        insertType("AUTO_COMMIT");
        assertThat(typeExists("AUTO_COMMIT")).isTrue();
    }
}
