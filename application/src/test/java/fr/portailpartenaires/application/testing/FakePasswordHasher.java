package fr.portailpartenaires.application.testing;

import fr.portailpartenaires.application.shared.PasswordHasher;

/**
 * A fast {@link PasswordHasher} for tests: {@code fake:} and the password reversed. A hash in the
 * {@code legacy:} format still verifies but {@link #needsRehash needs a rehash}, like an Argon2id hash made with
 * weaker parameters. Counts the dummy verifications that hide unknown logins, and the hashes made (a
 * forgotten-password request hashes once whether or not it matches).
 */
public final class FakePasswordHasher implements PasswordHasher {

    public static final String PREFIX = "fake:";
    public static final String LEGACY_PREFIX = "legacy:";

    private int dummyVerifications;
    private int verifications;
    private int hashes;

    @Override
    public String hash(String password) {
        synchronized (this) {
            hashes++;
        }
        return hashOf(password);
    }

    private static String hashOf(String password) {
        return PREFIX + new StringBuilder(password).reverse();
    }

    @Override
    public boolean verify(String password, String storedHash) {
        synchronized (this) {
            verifications++;
        }
        return storedHash.equals(hashOf(password)) || storedHash.equals(LEGACY_PREFIX + password);
    }

    @Override
    public boolean needsRehash(String storedHash) {
        return !storedHash.startsWith(PREFIX);
    }

    @Override
    public synchronized void verifyDummy(String password) {
        dummyVerifications++;
    }

    public synchronized int dummyVerifications() {
        return dummyVerifications;
    }

    /** The slow verifications made, against a stored hash or the dummy one. */
    public synchronized int slowVerifications() {
        return verifications + dummyVerifications;
    }

    public synchronized int hashes() {
        return hashes;
    }
}
