package fr.portailpartenaires.application.shared;

import java.util.List;
import java.util.Objects;

/**
 * The audit trail (spec §8.3): append-only and tamper-evident. Each entry is chained to the one
 * before it by a hash, so editing or deleting an entry in storage is detected by {@link #verifyChain()}.
 * An append joins the transaction of the use case: if the use case rolls back, so does its entry.
 */
public interface AuditLog {

    /** Appends the event at the end of the chain. */
    void append(AuditEvent event);

    /** Walks the whole chain from the first entry and names the first one that does not hold. */
    ChainCheck verifyChain();

    /** The latest entries, newest first. */
    List<Entry> recent(int limit);

    /** The entries just older than the given one, newest first (keyset pagination after {@link #recent}). */
    List<Entry> olderThan(long entryId, int limit);

    /** A stored event and its position in the trail. */
    record Entry(long id, AuditEvent event) {
        public Entry {
            Objects.requireNonNull(event, "event");
        }
    }

    /** The outcome of {@link #verifyChain()}. */
    sealed interface ChainCheck {
    }

    /** Every entry holds: its content matches its hash and it links to the entry before it. */
    record Intact(long entries) implements ChainCheck {
    }

    /** The chain breaks at this entry (the first one found): see {@link Break} for what was seen. */
    record Broken(long entryId, Break reason) implements ChainCheck {
        public Broken {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** How a chain can break. */
    enum Break {
        /** The entry's content no longer matches its hash: it was edited. */
        CONTENT_ALTERED,
        /** The entry does not link to the entry before it: that one was deleted or rewritten. */
        PREVIOUS_ENTRY_MISSING_OR_ALTERED,
        /** The chain ends before its recorded head: the latest entries were deleted (the id is the head's). */
        LATEST_ENTRIES_MISSING,
        /** The entry was written outside the chain (beyond its recorded head). */
        ENTRY_OUTSIDE_CHAIN
    }
}
