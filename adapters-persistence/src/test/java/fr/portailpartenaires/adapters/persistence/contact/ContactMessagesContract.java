package fr.portailpartenaires.adapters.persistence.contact;

import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.Fixtures;
import fr.portailpartenaires.adapters.persistence.partner.JooqPartners;
import static fr.portailpartenaires.adapters.persistence.Fixtures.NOW;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.CONTACT_MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.contact.ContactMessages;
import fr.portailpartenaires.application.contact.ContactMessages.ContactMessage;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.user.UserId;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The copies of the contact form's messages. */
abstract class ContactMessagesContract {

    protected abstract Database database();

    private ContactMessages messages;

    @BeforeEach
    void empty() {
        database().dsl().deleteFrom(CONTACT_MESSAGE).execute();
        Fixtures.clear(database());
        messages = new JooqContactMessages(database());
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
    void the_message_of_a_logged_in_user_names_the_account_until_it_is_deleted() {
        Partner cielBleu = Fixtures.cielBleu();
        new JooqPartners(database(), Fixtures.CLOCK).add(cielBleu);
        UserId alex7 = cielBleu.users().getFirst().id();
        ContactMessage sent = new ContactMessage(UUID.randomUUID(), NOW, "Alexandre GRIZZI", "alex7@ciel-bleu.fr",
                "Objet", "Message", Optional.of(alex7), Optional.empty());

        messages.add(sent);
        assertThat(messages.recent(1)).containsExactly(sent);

        Fixtures.clear(database());
        assertThat(messages.recent(1).getFirst().sender()).isEmpty();
    }
}
