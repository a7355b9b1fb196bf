package fr.portailpartenaires.adapters.persistence.contact;

import static fr.portailpartenaires.adapters.persistence.Fixtures.NOW;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.CONTACT_MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.Fixtures;
import fr.portailpartenaires.adapters.persistence.account.JooqAccounts;
import fr.portailpartenaires.adapters.persistence.partner.JooqPartners;
import fr.portailpartenaires.application.contact.ContactMessages;
import fr.portailpartenaires.application.contact.ContactMessages.ContactMessage;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.user.UserId;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@link ContactMessagesContract} on a database, whose foreign key forgets the sender's account when it goes. */
abstract class JooqContactMessagesContract extends ContactMessagesContract {

    protected abstract Database database();

    @Override
    protected void clear() {
        database().dsl().deleteFrom(CONTACT_MESSAGE).execute();
        Fixtures.clear(database());
    }

    @Override
    protected ContactMessages contactMessages() {
        return new JooqContactMessages(database());
    }

    @Test
    void the_message_of_a_logged_in_user_names_the_account_until_it_is_deleted() {
        Partner cielBleu = Fixtures.cielBleu();
        Fixtures.store(new JooqPartners(database(), Fixtures.CLOCK), new JooqAccounts(database(), Fixtures.CLOCK),
                cielBleu);
        UserId alex7 = cielBleu.users().getFirst().id();
        ContactMessage sent = new ContactMessage(UUID.randomUUID(), NOW, "Alexandre GRIZZI", "alex7@ciel-bleu.fr",
                "Objet", "Message", Optional.of(alex7), Optional.empty());

        messages.add(sent);
        assertThat(messages.recent(1)).containsExactly(sent);

        Fixtures.clear(database());
        assertThat(messages.recent(1).getFirst().sender()).isEmpty();
    }
}
