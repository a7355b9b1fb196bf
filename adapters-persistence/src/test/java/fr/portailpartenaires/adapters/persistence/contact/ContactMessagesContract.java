package fr.portailpartenaires.adapters.persistence.contact;

import static fr.portailpartenaires.adapters.persistence.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.contact.ContactMessages;
import fr.portailpartenaires.application.contact.ContactMessages.ContactMessage;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The copies of the contact form's messages. */
abstract class ContactMessagesContract {

    /** Empties the stores: each test starts from the reference data only. */
    protected abstract void clear();

    protected abstract ContactMessages contactMessages();

    ContactMessages messages;

    @BeforeEach
    void empty() {
        clear();
        messages = contactMessages();
    }

    private static ContactMessage visitor(String subject, java.time.Instant at) {
        return new ContactMessage(UUID.randomUUID(), at, "Alexandre GRIZZI", "alex7@ciel-bleu.fr", subject,
                "Bonjour,\nune question sur le service Habitat.\n" + "é".repeat(4900), Optional.empty(),
                Optional.of("203.0.113.7"));
    }

    @Test
    void a_message_is_kept_whole_with_its_line_breaks_and_the_latest_come_first() {
        ContactMessage first = visitor("Première question", NOW);
        ContactMessage second = visitor("Seconde question", NOW.plus(Duration.ofMinutes(5)));

        messages.add(first);
        messages.add(second);

        assertThat(messages.recent(10)).containsExactly(second, first);
        assertThat(messages.recent(1)).containsExactly(second);
    }

    @Test
    void the_seed_s_details_are_kept_with_the_message_and_a_message_may_have_none() {
        ContactMessage first = visitor("Question", NOW);
        var details = new fr.portailpartenaires.application.shared.ContactDetails("757300",
                java.util.Optional.of("Association Ciel Bleu"), java.util.Optional.empty(),
                java.util.Optional.of("Alexandre"), "03 02 01 05 09");
        ContactMessage detailed = new ContactMessage(java.util.UUID.randomUUID(), NOW.plus(Duration.ofMinutes(1)),
                first.name(), first.email(), "Avec détails", first.message(), first.sender(), first.sourceAddress(),
                java.util.Optional.of(details));

        messages.add(first);
        messages.add(detailed);

        assertThat(messages.recent(10)).containsExactly(detailed, first);
        assertThat(messages.recent(1).getFirst().details()).contains(details);
    }
}
