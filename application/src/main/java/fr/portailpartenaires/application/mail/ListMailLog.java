package fr.portailpartenaires.application.mail;

import fr.portailpartenaires.application.shared.MailLogEntry;
import fr.portailpartenaires.application.shared.StoredMail;
import fr.portailpartenaires.application.shared.UseCase;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The operator's mail log (spec §7): every mail the portal wrote, newest first, with its recipient,
 * template, status and attempts; and one mail in full, which is how a user trying the embedded demo
 * (no SMTP) reads the mails the portal sent them.
 */
@UseCase
public interface ListMailLog {

    /** One page of the log, newest first. */
    Page list(Query query);

    /** One mail with its bodies, or empty when there is no mail with this id. */
    Optional<StoredMail> read(long id);

    /**
     * @param before   the {@link Page#nextBefore()} of the previous page; empty for the first page
     * @param pageSize entries per page, 1 to {@value #MAX_PAGE_SIZE}
     */
    record Query(Optional<Long> before, int pageSize) {

        public static final int MAX_PAGE_SIZE = 200;

        public Query {
            Objects.requireNonNull(before, "before");
            if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
                throw new IllegalArgumentException("pageSize must be between 1 and " + MAX_PAGE_SIZE + ", was " + pageSize);
            }
        }

        /** The newest mails. */
        public static Query firstPage(int pageSize) {
            return new Query(Optional.empty(), pageSize);
        }
    }

    /**
     * @param entries    newest first
     * @param nextBefore what to pass as {@link Query#before()} for the next page; empty on the last page
     */
    record Page(List<MailLogEntry> entries, Optional<Long> nextBefore) {

        public Page {
            entries = List.copyOf(entries);
            Objects.requireNonNull(nextBefore, "nextBefore");
        }
    }
}
