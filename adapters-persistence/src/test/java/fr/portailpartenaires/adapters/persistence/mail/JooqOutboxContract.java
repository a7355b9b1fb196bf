package fr.portailpartenaires.adapters.persistence.mail;

import static fr.portailpartenaires.adapters.persistence.jooq.Tables.MAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.JooqTransactions;
import fr.portailpartenaires.application.shared.Outbox;
import fr.portailpartenaires.application.shared.Outbox.QueuedMail;
import fr.portailpartenaires.application.shared.Transactions;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/** {@link OutboxContract} on a real database: the outbox is transactional, and its table checks the status. */
abstract class JooqOutboxContract extends OutboxContract {

    protected abstract Database database();

    @Override
    protected Outbox emptyOutbox() {
        database().dsl().deleteFrom(MAIL_OUTBOX).execute();
        return new JooqOutbox(database());
    }

    @Override
    protected Transactions transactions() {
        return new JooqTransactions(database());
    }

    @Test
    void a_mail_enqueued_in_a_transaction_that_rolls_back_is_not_in_the_outbox() {
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            outbox.enqueue(mail("alex7@ciel-bleu.fr", T0));
            throw new IllegalStateException("la validation de la préinscription a échoué");
        })).hasMessageContaining("a échoué");

        assertThat(outbox.due(T0.plus(Duration.ofDays(1)), 10)).isEmpty();
        assertThat(outbox.log(Optional.empty(), 10)).isEmpty();
    }

    @Test
    void each_mail_gets_its_own_message_id_on_the_portals_host() {
        var onThePortal = new JooqOutbox(database(), "partenaires.example.fr");
        onThePortal.enqueue(mail("alex7@ciel-bleu.fr", T0));
        onThePortal.enqueue(mail("admin@ciel-bleu.fr", T0));

        assertThat(outbox.due(T0, 10)).extracting(QueuedMail::messageId)
                .allMatch(id -> id.matches("<[0-9a-f-]{36}@partenaires\\.example\\.fr>"))
                .doesNotHaveDuplicates();
        assertThatThrownBy(() -> new JooqOutbox(database(), "portail>\r\nBcc: x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_database_refuses_an_unknown_status() {
        assertThatThrownBy(() -> database().dsl().insertInto(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.RECIPIENT, "alex7@ciel-bleu.fr").set(MAIL_OUTBOX.TEMPLATE, "X")
                .set(MAIL_OUTBOX.SUBJECT, "S").set(MAIL_OUTBOX.BODY_TEXT, "T").set(MAIL_OUTBOX.BODY_HTML, "H")
                .set(MAIL_OUTBOX.STATUS, "LOST").set(MAIL_OUTBOX.CREATED_AT, T0.atOffset(ZoneOffset.UTC))
                .execute()).isInstanceOf(DataAccessException.class);
    }
}
