package fr.portailpartenaires.application.shared;

/**
 * Turns passwords into slow, salted, self-describing hashes and checks them (spec §2.3).
 * A stored hash carries its own algorithm and parameters, so hashes made with older or weaker
 * settings still verify and are replaced at the next successful login ({@link #needsRehash}).
 */
public interface PasswordHasher {

    /** A new hash of the password with a fresh random salt, e.g. {@code $argon2id$v=19$m=7168,t=5,p=1$salt$hash}. */
    String hash(String password);

    /** True when the password matches the stored hash (compared in constant time); false for an unreadable hash. */
    boolean verify(String password, String storedHash);

    /**
     * True when the stored hash was made with an older algorithm or weaker parameters than the
     * configured ones: the login use case then stores {@link #hash} of the password it just verified.
     */
    boolean needsRehash(String storedHash);

    /**
     * Verifies the password against a fixed hash of the same cost and forgets the answer. Called
     * when the login does not exist, so that an unknown login takes as long as a wrong password
     * and timing does not reveal which logins exist (spec §2.2).
     */
    void verifyDummy(String password);
}
