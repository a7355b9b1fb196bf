package fr.portailpartenaires.application.shared;

/**
 * Secret keys the portal signs with, one per purpose, drawn at random by the first instance that needs it and then the
 * same for every instance on the database (a cookie signed by one instance is read by the others).
 */
public interface SigningKeys {

    /** The key of {@code purpose} (at least 32 bytes), drawn and stored at its first use. */
    byte[] key(String purpose);
}
