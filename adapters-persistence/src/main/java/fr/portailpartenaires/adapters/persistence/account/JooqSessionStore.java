package fr.portailpartenaires.adapters.persistence.account;

import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.Timestamps;
import fr.portailpartenaires.adapters.persistence.RenderedQuery;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.WEB_SESSION;

import fr.portailpartenaires.adapters.persistence.jooq.tables.records.WebSessionRecord;
import fr.portailpartenaires.application.shared.SessionState;
import fr.portailpartenaires.application.shared.SessionStore;
import fr.portailpartenaires.application.shared.SubjectKind;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jooq.impl.DSL;

/** {@link SessionStore} in table {@code web_session}, keyed by the hash of each session id. */
public final class JooqSessionStore implements SessionStore {

    private final Database database;
    /** Run on every authenticated request: rendered once. */
    private final RenderedQuery findById;
    /** Run on every login: rendered once (ADR 0012). */
    private final RenderedQuery insert;

    public JooqSessionStore(Database database) {
        this.database = database;
        this.findById = RenderedQuery.of(database, database.dsl().select(WEB_SESSION.fields()).from(WEB_SESSION)
                .where(WEB_SESSION.ID_HASH.eq(DSL.param("idHash", String.class))));
        this.insert = RenderedQuery.ofInsert(database, WEB_SESSION, WEB_SESSION.ID_HASH, WEB_SESSION.SUBJECT,
                WEB_SESSION.SUBJECT_KIND, WEB_SESSION.SCOPE, WEB_SESSION.MUST_CHANGE_PASSWORD, WEB_SESSION.CSRF_TOKEN,
                WEB_SESSION.CREATED_AT, WEB_SESSION.LAST_SEEN_AT, WEB_SESSION.SELECTED_CONVENTION,
                WEB_SESSION.MUST_ACCEPT_RULES);
    }

    @Override
    public void save(String idHash, SessionState session) {
        // the columns that may be empty are bound with their type (a bare null has none on PostgreSQL)
        insert.execute(database.current(), idHash, session.subject(), session.subjectKind().name(),
                DSL.val(session.scope(), WEB_SESSION.SCOPE), session.mustChangePassword(), session.csrfToken(),
                Timestamps.column(session.createdAt()), Timestamps.column(session.lastSeenAt()),
                DSL.val(session.selectedConvention().orElse(null), WEB_SESSION.SELECTED_CONVENTION),
                session.mustAcceptRules());
    }

    @Override
    public Optional<SessionState> find(String idHash) {
        return findById.fetchOptional(database.current(), idHash)
                .map(row -> session(row.into(WEB_SESSION)));
    }

    @Override
    public void touch(String idHash, Instant lastSeenAt) {
        database.current().update(WEB_SESSION)
                .set(WEB_SESSION.LAST_SEEN_AT, Timestamps.column(lastSeenAt))
                .where(WEB_SESSION.ID_HASH.eq(idHash))
                .execute();
    }

    @Override
    public boolean selectConvention(String idHash, UUID convention) {
        return database.current().update(WEB_SESSION)
                .set(WEB_SESSION.SELECTED_CONVENTION, convention)
                .where(WEB_SESSION.ID_HASH.eq(idHash))
                .execute() == 1;
    }

    @Override
    public boolean delete(String idHash) {
        return database.current().deleteFrom(WEB_SESSION).where(WEB_SESSION.ID_HASH.eq(idHash)).execute() == 1;
    }

    @Override
    public int deleteAllFor(SubjectKind subjectKind, String subject) {
        return database.current().deleteFrom(WEB_SESSION)
                .where(WEB_SESSION.SUBJECT_KIND.eq(subjectKind.name()))
                .and(WEB_SESSION.SUBJECT.eq(subject))
                .execute();
    }

    @Override
    public int updateMustChangePassword(SubjectKind subjectKind, String subject, boolean mustChangePassword) {
        return database.current().update(WEB_SESSION)
                .set(WEB_SESSION.MUST_CHANGE_PASSWORD, mustChangePassword)
                .where(WEB_SESSION.SUBJECT_KIND.eq(subjectKind.name()))
                .and(WEB_SESSION.SUBJECT.eq(subject))
                .execute();
    }

    @Override
    public int updateMustAcceptRules(SubjectKind subjectKind, String subject, boolean mustAcceptRules) {
        return database.current().update(WEB_SESSION)
                .set(WEB_SESSION.MUST_ACCEPT_RULES, mustAcceptRules)
                .where(WEB_SESSION.SUBJECT_KIND.eq(subjectKind.name()))
                .and(WEB_SESSION.SUBJECT.eq(subject))
                .execute();
    }

    @Override
    public int purge(Instant lastSeenAtOrBefore, Instant createdAtOrBefore) {
        return database.current().deleteFrom(WEB_SESSION)
                .where(WEB_SESSION.LAST_SEEN_AT.le(Timestamps.column(lastSeenAtOrBefore)))
                .or(WEB_SESSION.CREATED_AT.le(Timestamps.column(createdAtOrBefore)))
                .execute();
    }

    private static SessionState session(WebSessionRecord row) {
        return new SessionState(row.getSubject(), SubjectKind.valueOf(row.getSubjectKind()),
                row.getScope(), row.getMustChangePassword(), row.getCsrfToken(),
                row.getCreatedAt().toInstant(), row.getLastSeenAt().toInstant(),
                Optional.ofNullable(row.getSelectedConvention()), row.getMustAcceptRules());
    }
}
