package fr.portailpartenaires.adapters.persistence.registration;

import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.Timestamps;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.CAPTCHA_CHALLENGE;

import fr.portailpartenaires.adapters.persistence.jooq.tables.records.CaptchaChallengeRecord;
import fr.portailpartenaires.application.registration.CaptchaStore;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/** {@link CaptchaStore} in table {@code captcha_challenge}. */
public final class JooqCaptchaStore implements CaptchaStore {

    private final Database database;

    public JooqCaptchaStore(Database database) {
        this.database = database;
    }

    @Override
    public void save(Challenge challenge) {
        database.current().insertInto(CAPTCHA_CHALLENGE)
                .set(CAPTCHA_CHALLENGE.ID, challenge.id())
                .set(CAPTCHA_CHALLENGE.ANSWER_HASH, challenge.answerHash())
                .set(CAPTCHA_CHALLENGE.EXPIRES_AT, Timestamps.column(challenge.expiresAt()))
                .execute();
    }

    /** Read, then deleted: only the caller whose delete removed the row gets the challenge. */
    @Override
    public Optional<Challenge> take(UUID id) {
        DSLContext dsl = database.current();
        CaptchaChallengeRecord row = dsl.selectFrom(CAPTCHA_CHALLENGE).where(CAPTCHA_CHALLENGE.ID.eq(id)).fetchOne();
        if (row == null || dsl.deleteFrom(CAPTCHA_CHALLENGE).where(CAPTCHA_CHALLENGE.ID.eq(id)).execute() != 1) {
            return Optional.empty();
        }
        return Optional.of(new Challenge(row.getId(), row.getAnswerHash(), row.getExpiresAt().toInstant()));
    }

    @Override
    public void discard(UUID id) {
        database.current().deleteFrom(CAPTCHA_CHALLENGE).where(CAPTCHA_CHALLENGE.ID.eq(id)).execute();
    }

    @Override
    public int purgeExpired(Instant now) {
        return database.current().deleteFrom(CAPTCHA_CHALLENGE)
                .where(CAPTCHA_CHALLENGE.EXPIRES_AT.le(Timestamps.column(now)))
                .execute();
    }
}
