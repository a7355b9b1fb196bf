package fr.portailpartenaires.application.testing;

import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.AuditEvent;
import fr.portailpartenaires.application.shared.AuditLog;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link AuditLog} as a list: append-only, so its chain is always intact. Like the database, it keeps instants to the
 * microsecond and serves pages of 1 to {@value #MAX_PAGE} entries.
 */
public final class InMemoryAuditLog implements AuditLog {

    private static final int MAX_PAGE = 1000;

    private final List<AuditEvent> events = new ArrayList<>();

    @Override
    public synchronized void append(AuditEvent event) {
        events.add(new AuditEvent(event.occurredAt().truncatedTo(ChronoUnit.MICROS), event.actor(), event.scope(),
                event.action(), event.target(), event.sourceAddress(), event.details()));
    }

    @Override
    public synchronized ChainCheck verifyChain() {
        return new Intact(events.size());
    }

    @Override
    public synchronized List<Entry> recent(int limit) {
        return olderThan(events.size() + 1L, limit);
    }

    @Override
    public synchronized List<Entry> olderThan(long entryId, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("An audit page holds 1 to " + MAX_PAGE + " entries");
        }
        List<Entry> newestFirst = new ArrayList<>();
        for (long id = Math.min(entryId - 1, events.size()); id >= 1 && newestFirst.size() < limit; id--) {
            newestFirst.add(new Entry(id, events.get((int) id - 1)));
        }
        return newestFirst;
    }

    /** Every event, oldest first. */
    public synchronized List<AuditEvent> events() {
        return List.copyOf(events);
    }

    public synchronized List<AuditEvent> events(AuditAction action) {
        return events.stream().filter(event -> event.action().equals(action.code())).toList();
    }
}
