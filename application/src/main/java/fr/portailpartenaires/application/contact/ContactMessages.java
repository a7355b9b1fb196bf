package fr.portailpartenaires.application.contact;

import fr.portailpartenaires.application.shared.ContactDetails;
import fr.portailpartenaires.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The copies of the messages sent to the functional assistance with the contact form (spec §2.4). */
public interface ContactMessages {

    void add(ContactMessage message);

    /** The latest messages, newest first. */
    List<ContactMessage> recent(int limit);

    /**
     * A message as sent; its texts were checked by the use case (lengths capped, no control characters).
     *
     * @param sender        the logged-in user who sent it, empty for a visitor
     * @param sourceAddress the client's IP address, if known
     */
    record ContactMessage(UUID id, Instant sentAt, String name, String email, String subject, String message,
            Optional<UserId> sender, Optional<String> sourceAddress, Optional<ContactDetails> details) {

        /** A message without the seed's details (sent before they were asked). */
        public ContactMessage(UUID id, Instant sentAt, String name, String email, String subject, String message,
                Optional<UserId> sender, Optional<String> sourceAddress) {
            this(id, sentAt, name, email, subject, message, sender, sourceAddress, Optional.empty());
        }

        public static final int MAX_NAME = 100;
        public static final int MAX_EMAIL = 254;
        public static final int MAX_SUBJECT = 150;
        public static final int MAX_MESSAGE = 5000;

        public ContactMessage {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(sentAt, "sentAt");
            requireText(name, "name", MAX_NAME);
            requireText(email, "email", MAX_EMAIL);
            requireText(subject, "subject", MAX_SUBJECT);
            requireText(message, "message", MAX_MESSAGE);
            Objects.requireNonNull(sender, "sender");
            Objects.requireNonNull(sourceAddress, "sourceAddress");
            Objects.requireNonNull(details, "details");
        }

        private static void requireText(String value, String name, int max) {
            Objects.requireNonNull(value, name);
            if (value.isBlank() || value.length() > max) {
                throw new IllegalArgumentException(name + " must have 1 to " + max + " characters");
            }
        }
    }
}
