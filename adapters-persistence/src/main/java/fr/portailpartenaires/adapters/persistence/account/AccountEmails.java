package fr.portailpartenaires.adapters.persistence.account;

import static fr.portailpartenaires.adapters.persistence.jooq.Tables.ACCOUNT;

import fr.portailpartenaires.domain.shared.EmailAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The one rule of an account's address in the {@code account} row (ADR 26): {@code email_key}, the address in lower
 * case, is set for a reserved address only (a CAF user's, unique in the portal under {@value #UNIQUE_KEY}) and
 * follows every change of it; an address that is not reserved keeps no key. The row's one writer of the address,
 * {@link JooqAccounts}, uses it.
 */
public final class AccountEmails {

    /** The unique key of the reserved addresses. */
    public static final String UNIQUE_KEY = "account_email_key_uk";

    private AccountEmails() {
    }

    /** The columns that give the row this address, its key following when the address is reserved. */
    public static Map<Field<?>, Object> columns(EmailAddress email) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(ACCOUNT.EMAIL, email.value());
        values.put(ACCOUNT.EMAIL_KEY, DSL.when(ACCOUNT.EMAIL_KEY.isNotNull(),
                DSL.val(email.normalized(), ACCOUNT.EMAIL_KEY)));
        return values;
    }
}
