package fr.portailpartenaires.adapters.persistence;

import fr.portailpartenaires.domain.shared.Refusal;

import static fr.portailpartenaires.adapters.persistence.jooq.Tables.PARTNER_TYPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Outcome.Reason;
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

    @Test
    void an_outcome_not_done_rolls_back_its_writes_and_changes_nothing() {
        var transactions = new JooqTransactions(database());
        Outcome<Integer> outcome = transactions.commitIfDone(() -> {
            insertType("REFUSED_TEST");
            return Outcome.refused(Reason.UNPROCESSABLE, new Refusal("test.refus", "Refus de test."));
        });
        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        assertThat(typeExists("REFUSED_TEST")).isFalse();

        assertThat(transactions.commitIfDone(() -> Outcome.done(insertType("DONE_TEST")))).isEqualTo(Outcome.done(1));
        assertThat(typeExists("DONE_TEST")).isTrue();
    }

    @Test
    void inside_an_outer_transaction_a_step_not_done_rolls_back_to_its_savepoint_only() {
        var transactions = new JooqTransactions(database());
        Outcome<Integer> inner = transactions.inTransaction(() -> {
            insertType("OUTER_KEPT");
            Outcome<Integer> step = transactions.commitIfDone(() -> {
                insertType("INNER_UNDONE");
                return Outcome.refused(Reason.CONFLICT, new Refusal("test.conflit", "Conflit de test."));
            });
            assertThat(database().current().fetchExists(PARTNER_TYPE, PARTNER_TYPE.CODE.eq("INNER_UNDONE"))).isFalse();
            insertType("OUTER_AFTER");
            return step;
        });
        assertThat(inner).isInstanceOf(Outcome.Refused.class);
        assertThat(typeExists("OUTER_KEPT")).isTrue();
        assertThat(typeExists("OUTER_AFTER")).isTrue();
        assertThat(typeExists("INNER_UNDONE")).isFalse();
    }

    @Test
    void inside_an_outer_transaction_that_fails_later_a_done_step_is_rolled_back_with_it() {
        var transactions = new JooqTransactions(database());
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            transactions.commitIfDone(() -> Outcome.done(insertType("DONE_THEN_UNDONE")));
            throw new IllegalStateException("panne simulée");
        })).hasMessageContaining("panne simulée");
        assertThat(typeExists("DONE_THEN_UNDONE")).isFalse();
    }
}
