package fr.portailpartenaires.adapters.persistence.mail;

import fr.portailpartenaires.adapters.persistence.Database;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.MAIL_OUTBOX;

import fr.portailpartenaires.application.shared.MailStatus;

/** How many mails wait in the outbox (pending, due or not): the operators' "outbox depth" metric. */
public final class JooqOutboxDepth {

    private final Database database;

    public JooqOutboxDepth(Database database) {
        this.database = database;
    }

    public long pending() {
        return database.dsl().fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.STATUS.eq(MailStatus.PENDING.name()));
    }
}
