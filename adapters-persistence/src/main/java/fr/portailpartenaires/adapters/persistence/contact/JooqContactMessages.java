package fr.portailpartenaires.adapters.persistence.contact;

import fr.portailpartenaires.application.shared.ContactDetails;
import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.Timestamps;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.CONTACT_MESSAGE;

import fr.portailpartenaires.adapters.persistence.jooq.tables.records.ContactMessageRecord;
import fr.portailpartenaires.application.contact.ContactMessages;
import fr.portailpartenaires.domain.user.UserId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link ContactMessages} in table {@code contact_message}: the copy of each message sent to the assistance. */
public final class JooqContactMessages implements ContactMessages {

    private static final int MAX_PAGE = 1000;

    private final Database database;

    public JooqContactMessages(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public void add(ContactMessage message) {
        database.current().insertInto(CONTACT_MESSAGE)
                .set(CONTACT_MESSAGE.ID, message.id())
                .set(CONTACT_MESSAGE.SENT_AT, Timestamps.column(message.sentAt()))
                .set(CONTACT_MESSAGE.SENDER_NAME, message.name())
                .set(CONTACT_MESSAGE.SENDER_EMAIL, message.email())
                .set(CONTACT_MESSAGE.SUBJECT, message.subject())
                .set(CONTACT_MESSAGE.MESSAGE, message.message())
                .set(CONTACT_MESSAGE.ACCOUNT_ID, message.sender().map(UserId::value).orElse(null))
                .set(CONTACT_MESSAGE.SOURCE_ADDRESS, message.sourceAddress().orElse(null))
                .set(CONTACT_MESSAGE.CONVENTION_NUMBER, message.details().map(ContactDetails::conventionNumber).orElse(null))
                .set(CONTACT_MESSAGE.INSTITUTION, message.details().flatMap(ContactDetails::institution).orElse(null))
                .set(CONTACT_MESSAGE.DEPARTEMENT, message.details().flatMap(ContactDetails::departement).orElse(null))
                .set(CONTACT_MESSAGE.FIRST_NAME, message.details().flatMap(ContactDetails::firstName).orElse(null))
                .set(CONTACT_MESSAGE.PHONE, message.details().map(ContactDetails::phone).orElse(null))
                .execute();
    }

    @Override
    public List<ContactMessage> recent(int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("A page holds 1 to " + MAX_PAGE + " messages");
        }
        return database.current().selectFrom(CONTACT_MESSAGE)
                .orderBy(CONTACT_MESSAGE.SENT_AT.desc(), CONTACT_MESSAGE.ID.desc())
                .limit(limit)
                .fetch(JooqContactMessages::message);
    }

    private static ContactMessage message(ContactMessageRecord row) {
        return new ContactMessage(row.getId(), Timestamps.instant(row.getSentAt()), row.getSenderName(),
                row.getSenderEmail(), row.getSubject(), row.getMessage(),
                Optional.ofNullable(row.getAccountId()).map(UserId::new), Optional.ofNullable(row.getSourceAddress()),
                Optional.ofNullable(row.getConventionNumber()).map(number -> new ContactDetails(number,
                        Optional.ofNullable(row.getInstitution()), Optional.ofNullable(row.getDepartement()),
                        Optional.ofNullable(row.getFirstName()), row.getPhone())));
    }
}
