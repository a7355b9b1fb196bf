package fr.portailpartenaires.application.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The digest a pending « mot de passe oublié » is recognised by at login (issue 19, finding 2): SHA-256 of the
 * temporary password. The temporary password is a random draw of about 70 bits (12 characters out of 56 at least), so
 * a fast digest resists guessing as well as a slow hash would, and every login can compare it at no measurable cost —
 * a pending reset makes no login slower than another (no timing oracle).
 */
final class ResetCodes {

    private ResetCodes() {
    }

    static String digest(String password) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Compares in a time that does not depend on where the two digests differ. */
    static boolean matches(String digest, String expected) {
        return MessageDigest.isEqual(digest.getBytes(StandardCharsets.US_ASCII),
                expected.getBytes(StandardCharsets.US_ASCII));
    }
}
