package fr.portailpartenaires.application.testing;

import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.AuditEvent;
import fr.portailpartenaires.application.shared.AuditLog;
import java.util.ArrayList;
import java.util.List;

/** {@link AuditLog} as a list: append-only, so its chain is always intact. */
public final class InMemoryAuditLog implements AuditLog {

    private final List<AuditEvent> events = new ArrayList<>();

    @Override
    public synchronized void append(AuditEvent event) {
        events.add(event);
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
