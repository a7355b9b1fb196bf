package fr.portailpartenaires.adapters.persistence.account;

import com.goterl.lazysodium.Sodium;
import com.goterl.lazysodium.SodiumJava;
import com.goterl.lazysodium.utils.LibraryLoader;
import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import com.sun.jna.NativeLong;
import fr.portailpartenaires.adapters.persistence.account.Argon2idPasswordHasher.Argon2Parameters;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * One implementation of Argon2 (RFC 9106), producing and checking PHC strings. Both engines
 * read and write the same strings (UTF-8 passwords), so a hash made by one verifies with the
 * other (docs/adr/0011-native-argon2.md).
 */
sealed interface Argon2Engine {

    /** A PHC string {@code $argon2id$v=19$m=…,t=…,p=…$salt$hash} of the password with a fresh random salt. */
    String hashArgon2id(String password, Argon2Parameters parameters);

    /** Checks the password against a stored {@code $argon2id$v=19$…} string. */
    boolean verifyArgon2id(String password, String storedHash);

    /** A short name for the start-up log: which implementation runs. */
    String description();

    /**
     * libsodium's Argon2id (the copy bundled in lazysodium-java, called through JNA), which picks
     * the AVX2/SSSE3 implementation the CPU supports: about 17 ms per OWASP-minimum verification on
     * the reference machine, against 28 ms for the portable reference C code and 45–52 ms in pure
     * Java; its memory (m) is allocated outside the Java heap and freed at once. libsodium writes PHC
     * strings with a 16-byte salt, a 32-byte hash and one lane, so it serves only those parameters.
     */
    record Libsodium(Sodium sodium) implements Argon2Engine {

        /** libsodium's {@code crypto_pwhash_STRBYTES}: room for the PHC string and its final NUL. */
        private static final int STRING_BYTES = 128;

        /** The libsodium engine, or empty when the library does not load here or the parameters are not its own. */
        static Optional<Argon2Engine> load(Argon2Parameters parameters) {
            if (parameters.saltLength() != 16 || parameters.hashLength() != 32 || parameters.parallelism() != 1) {
                return Optional.empty();
            }
            try {
                Libsodium engine = new Libsodium(new SodiumJava(LibraryLoader.Mode.PREFER_BUNDLED));
                String probe = engine.hashArgon2id("self-test", new Argon2Parameters(8, 1, 1, 16, 32));
                return probe.startsWith("$argon2id$v=19$") && engine.verifyArgon2id("self-test", probe)
                        ? Optional.of(engine) : Optional.empty();
            } catch (LinkageError | RuntimeException unavailable) {
                return Optional.empty();
            }
        }

        @Override
        public String hashArgon2id(String password, Argon2Parameters cost) {
            byte[] secret = password.getBytes(StandardCharsets.UTF_8);
            byte[] phc = new byte[STRING_BYTES];
            try {
                int status = sodium.crypto_pwhash_str(phc, secret, secret.length, cost.iterations(),
                        new NativeLong(cost.memoryKiB() * 1024L));
                if (status != 0) {
                    throw new IllegalStateException("libsodium could not hash the password (out of memory?)");
                }
                int end = 0;
                while (phc[end] != 0) {
                    end++;
                }
                return new String(phc, 0, end, StandardCharsets.US_ASCII);
            } finally {
                Arrays.fill(secret, (byte) 0);
            }
        }

        @Override
        public boolean verifyArgon2id(String password, String storedHash) {
            byte[] secret = password.getBytes(StandardCharsets.UTF_8);
            byte[] phc = (storedHash + "\0").getBytes(StandardCharsets.US_ASCII);
            try {
                return sodium.crypto_pwhash_str_verify(phc, secret, secret.length) == 0;
            } finally {
                Arrays.fill(secret, (byte) 0);
            }
        }

        @Override
        public String description() {
            return "libsodium (native, lazysodium-java)";
        }
    }

    /** password4j's pure-Java Argon2: portable everywhere, about twice as slow and heavy on the Java heap. */
    record PureJava() implements Argon2Engine {

        @Override
        public String hashArgon2id(String password, Argon2Parameters cost) {
            return Password.hash(password).addRandomSalt(cost.saltLength())
                    .with(Argon2Function.getInstance(cost.memoryKiB(), cost.iterations(), cost.parallelism(),
                            cost.hashLength(), Argon2.ID, Argon2Function.ARGON2_VERSION_13))
                    .getResult();
        }

        @Override
        public boolean verifyArgon2id(String password, String storedHash) {
            return verifyAnyVariant(password, storedHash);
        }

        /** Checks a PHC string of any Argon2 variant (i, d, id) with the parameters it carries. */
        static boolean verifyAnyVariant(String password, String storedHash) {
            return Password.check(password, storedHash).with(Argon2Function.getInstanceFromHash(storedHash));
        }

        @Override
        public String description() {
            return "password4j (pure Java)";
        }
    }
}
