package fr.portailpartenaires.adapters.persistence.account;

import static fr.portailpartenaires.adapters.persistence.jooq.Tables.SIGNING_KEY;

import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.Timestamps;
import fr.portailpartenaires.application.shared.SigningKeys;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Objects;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * {@link SigningKeys} in table {@code signing_key} (V21): the first instance that needs a key draws 32 random bytes and
 * inserts them unless another instance did first; every instance then reads the one row. Rotating a key is deleting its
 * row (the cookies signed with it stop being recognised, which only costs their browsers the "known device" status).
 */
public final class JooqSigningKeys implements SigningKeys {

    private final Database database;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public JooqSigningKeys(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public byte[] key(String purpose) {
        byte[] drawn = new byte[32];
        random.nextBytes(drawn);
        try {
            database.inTransaction(() -> database.current().insertInto(SIGNING_KEY)
                    .set(SIGNING_KEY.PURPOSE, purpose)
                    .set(SIGNING_KEY.SECRET, Base64.getEncoder().encodeToString(drawn))
                    .set(SIGNING_KEY.CREATED_AT, Timestamps.column(clock.instant()))
                    .onConflict(SIGNING_KEY.PURPOSE).doNothing()
                    .execute());
        } catch (IntegrityConstraintViolationException drawnMeanwhile) {
            // another instance drew the key at the same moment: H2 emulates ON CONFLICT DO NOTHING with a MERGE that
            // two can pass at once (PostgreSQL's is atomic); the key stored first stands, read below
        }
        return Base64.getDecoder().decode(database.current().select(SIGNING_KEY.SECRET).from(SIGNING_KEY)
                .where(SIGNING_KEY.PURPOSE.eq(purpose)).fetchSingle(SIGNING_KEY.SECRET));
    }
}
