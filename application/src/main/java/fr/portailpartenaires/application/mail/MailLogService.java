package fr.portailpartenaires.application.mail;

import fr.portailpartenaires.application.shared.MailLogEntry;
import fr.portailpartenaires.application.shared.StoredMail;
import fr.portailpartenaires.application.shared.Outbox;
import java.util.List;
import java.util.Optional;

/** Reads the mail log from the outbox, one keyset page at a time. */
public final class MailLogService implements ListMailLog {

    private final Outbox outbox;

    public MailLogService(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Page list(Query query) {
        List<MailLogEntry> rows = outbox.log(query.before(), query.pageSize() + 1);
        if (rows.size() <= query.pageSize()) {
            return new Page(rows, Optional.empty());
        }
        List<MailLogEntry> page = rows.subList(0, query.pageSize());
        return new Page(page, Optional.of(page.getLast().id()));
    }

    @Override
    public Optional<StoredMail> read(long id) {
        return outbox.find(id);
    }
}
