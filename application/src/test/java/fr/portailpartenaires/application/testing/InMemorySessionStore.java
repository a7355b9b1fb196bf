package fr.portailpartenaires.application.testing;

import fr.portailpartenaires.application.shared.SessionStore;
import fr.portailpartenaires.application.shared.SubjectKind;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** {@link SessionStore} in a map, for the tests of the use cases behind a login. */
public final class InMemorySessionStore implements SessionStore {

    public final Map<String, StoredSession> sessions = new ConcurrentHashMap<>();

    @Override
    public void save(StoredSession session) {
        sessions.put(session.idHash(), session);
    }

    @Override
    public Optional<StoredSession> find(String idHash) {
        return Optional.ofNullable(sessions.get(idHash));
    }

    @Override
    public void touch(String idHash, Instant lastSeenAt) {
        sessions.computeIfPresent(idHash, (hash, s) -> new StoredSession(hash, s.subject(), s.subjectKind(), s.scope(),
                s.mustChangePassword(), s.csrfToken(), s.createdAt(), lastSeenAt, s.selectedConvention(),
                s.mustAcceptRules()));
    }

    @Override
    public boolean selectConvention(String idHash, UUID convention) {
        return sessions.computeIfPresent(idHash, (hash, s) -> new StoredSession(hash, s.subject(), s.subjectKind(),
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
        int[] updated = {0};
        sessions.replaceAll((hash, s) -> {
            if (s.subjectKind() != subjectKind || !s.subject().equals(subject)) {
                return s;
            }
            updated[0]++;
            return new StoredSession(hash, s.subject(), s.subjectKind(), s.scope(), mustChangePassword,
                    s.csrfToken(), s.createdAt(), s.lastSeenAt(), s.selectedConvention(),
                    s.mustAcceptRules());
        });
        return updated[0];
    }

    @Override
    public int updateMustAcceptRules(SubjectKind subjectKind, String subject, boolean mustAcceptRules) {
        int[] updated = {0};
        sessions.replaceAll((hash, s) -> {
            if (s.subjectKind() != subjectKind || !s.subject().equals(subject)) {
                return s;
            }
            updated[0]++;
            return new StoredSession(hash, s.subject(), s.subjectKind(), s.scope(), s.mustChangePassword(),
                    s.csrfToken(), s.createdAt(), s.lastSeenAt(), s.selectedConvention(),
                    mustAcceptRules);
        });
        return updated[0];
    }

    @Override
    public int purge(Instant lastSeenAtOrBefore, Instant createdAtOrBefore) {
        int before = sessions.size();
        sessions.values().removeIf(s -> !s.lastSeenAt().isAfter(lastSeenAtOrBefore) || !s.createdAt().isAfter(createdAtOrBefore));
        return before - sessions.size();
    }
}
