package fr.portailpartenaires.application.testing;

import fr.portailpartenaires.application.shared.SessionState;
import fr.portailpartenaires.application.shared.SessionStore;
import fr.portailpartenaires.application.shared.SubjectKind;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/** {@link SessionStore} in a map, for the tests of the use cases behind a login. */
public final class InMemorySessionStore implements SessionStore {

    /** The sessions' states by the hash of their id. */
    public final Map<String, SessionState> sessions = new ConcurrentHashMap<>();

    @Override
    public void save(String idHash, SessionState session) {
        sessions.put(idHash, session);
    }

    @Override
    public Optional<SessionState> find(String idHash) {
        return Optional.ofNullable(sessions.get(idHash));
    }

    @Override
    public void touch(String idHash, Instant lastSeenAt) {
        sessions.computeIfPresent(idHash, (hash, s) -> s.withLastSeenAt(lastSeenAt));
    }

    @Override
    public boolean selectConvention(String idHash, UUID convention) {
        return sessions.computeIfPresent(idHash, (hash, s) -> new SessionState(s.subject(), s.subjectKind(),
                s.scope(), s.mustChangePassword(), s.csrfToken(), s.createdAt(), s.lastSeenAt(),
                Optional.of(convention), s.mustAcceptRules())) != null;
    }

    @Override
    public boolean delete(String idHash) {
        return sessions.remove(idHash) != null;
    }

    @Override
    public int deleteAllFor(SubjectKind subjectKind, String subject) {
        int before = sessions.size();
        sessions.values().removeIf(s -> s.subjectKind() == subjectKind && s.subject().equals(subject));
        return before - sessions.size();
    }

    @Override
    public int updateMustChangePassword(SubjectKind subjectKind, String subject, boolean mustChangePassword) {
        return updateAllOf(subjectKind, subject, s -> new SessionState(s.subject(), s.subjectKind(), s.scope(),
                mustChangePassword, s.csrfToken(), s.createdAt(), s.lastSeenAt(), s.selectedConvention(),
                s.mustAcceptRules()));
    }

    @Override
    public int updateMustAcceptRules(SubjectKind subjectKind, String subject, boolean mustAcceptRules) {
        return updateAllOf(subjectKind, subject, s -> new SessionState(s.subject(), s.subjectKind(), s.scope(),
                s.mustChangePassword(), s.csrfToken(), s.createdAt(), s.lastSeenAt(), s.selectedConvention(),
                mustAcceptRules));
    }

    @Override
    public int purge(Instant lastSeenAtOrBefore, Instant createdAtOrBefore) {
        int before = sessions.size();
        sessions.values().removeIf(s -> !s.lastSeenAt().isAfter(lastSeenAtOrBefore) || !s.createdAt().isAfter(createdAtOrBefore));
        return before - sessions.size();
    }

    private int updateAllOf(SubjectKind subjectKind, String subject, UnaryOperator<SessionState> update) {
        int[] updated = {0};
        sessions.replaceAll((hash, s) -> {
            if (s.subjectKind() != subjectKind || !s.subject().equals(subject)) {
                return s;
            }
            updated[0]++;
            return update.apply(s);
        });
        return updated[0];
    }
}
