package fr.portailpartenaires.adapters.persistence;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import fr.portailpartenaires.application.port.out.PasswordHasher;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link PasswordHasher} with Argon2id (password4j), as PHC strings
 * {@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash} (docs/adr/0005-password-hashing.md).
 * password4j is configured here, in code; no {@code psw4j.properties} is read for Argon2.
 * A stored Argon2 hash of any variant or parameters verifies with its own parameters, and
 * {@link #needsRehash} says when it is older or weaker than the configured ones.
 */
public final class Argon2idPasswordHasher implements PasswordHasher {

    private static final Logger LOG = LoggerFactory.getLogger(Argon2idPasswordHasher.class);
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2(id|i|d)\\$v=(\\d{1,3})\\$m=(\\d{1,9}),t=(\\d{1,9}),p=(\\d{1,3})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final String VARIANT = "id";

    private final Argon2Parameters parameters;
    private final Argon2Function function;
    private final String dummyHash;

    /** @throws IllegalArgumentException when the parameters are weaker than {@link Argon2Parameters#OWASP_MINIMUM} */
    public Argon2idPasswordHasher(Argon2Parameters parameters) {
        Objects.requireNonNull(parameters, "parameters");
        if (!parameters.isAtLeast(Argon2Parameters.OWASP_MINIMUM)) {
            throw new IllegalArgumentException("Argon2id parameters " + parameters
                    + " are weaker than the OWASP minimum " + Argon2Parameters.OWASP_MINIMUM);
        }
        this.parameters = parameters;
        this.function = Argon2Function.getInstance(parameters.memoryKiB(), parameters.iterations(),
                parameters.parallelism(), parameters.hashLength(), Argon2.ID, Argon2Function.ARGON2_VERSION_13);
        byte[] unguessable = new byte[32];
        new SecureRandom().nextBytes(unguessable);
        this.dummyHash = hash(HexFormat.of().formatHex(unguessable));
    }

    public Argon2Parameters parameters() {
        return parameters;
    }

    @Override
    public String hash(String password) {
        Objects.requireNonNull(password, "password");
        return Password.hash(password).addRandomSalt(parameters.saltLength()).with(function).getResult();
    }

    @Override
    public boolean verify(String password, String storedHash) {
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(storedHash, "storedHash");
        if (parse(storedHash).isEmpty()) {
            // the hash itself is not logged: it is a secret, too
            LOG.warn("A stored password hash is not an Argon2 PHC string; the password is refused");
            return false;
        }
        return Password.check(password, storedHash).with(Argon2Function.getInstanceFromHash(storedHash));
    }

    @Override
    public boolean needsRehash(String storedHash) {
        Objects.requireNonNull(storedHash, "storedHash");
        return parse(storedHash)
                .map(stored -> !stored.variant().equals(VARIANT)
                        || stored.version() != Argon2Function.ARGON2_VERSION_13
                        || !stored.parameters().isAtLeast(parameters))
                .orElse(true);
    }

    @Override
    public void verifyDummy(String password) {
        verify(password, dummyHash);
    }

    private static Optional<StoredHash> parse(String storedHash) {
        Matcher phc = PHC.matcher(storedHash);
        if (!phc.matches()) {
            return Optional.empty();
        }
        Base64.Decoder base64 = Base64.getDecoder();
        try {
            return Optional.of(new StoredHash(phc.group(1), Integer.parseInt(phc.group(2)), new Argon2Parameters(
                    Integer.parseInt(phc.group(3)), Integer.parseInt(phc.group(4)), Integer.parseInt(phc.group(5)),
                    base64.decode(phc.group(6)).length, base64.decode(phc.group(7)).length)));
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    private record StoredHash(String variant, int version, Argon2Parameters parameters) {
    }

    /**
     * The cost of Argon2id.
     *
     * @param memoryKiB   memory per hash, in KiB ({@code m})
     * @param iterations  passes over the memory ({@code t})
     * @param parallelism lanes ({@code p})
     * @param saltLength  random salt, in bytes
     * @param hashLength  output, in bytes
     */
    public record Argon2Parameters(int memoryKiB, int iterations, int parallelism, int saltLength, int hashLength) {

        /** OWASP Password Storage Cheat Sheet: m=19 MiB, t=2, p=1; 16-byte salt, 32-byte hash. */
        public static final Argon2Parameters OWASP_MINIMUM = new Argon2Parameters(19_456, 2, 1, 16, 32);

        public Argon2Parameters {
            if (memoryKiB < 1 || iterations < 1 || parallelism < 1 || saltLength < 1 || hashLength < 1) {
                throw new IllegalArgumentException("Argon2 parameters are positive numbers");
            }
        }

        /** True when every cost is at least the other's (none is weaker). */
        public boolean isAtLeast(Argon2Parameters other) {
            return memoryKiB >= other.memoryKiB && iterations >= other.iterations && parallelism >= other.parallelism
                    && saltLength >= other.saltLength && hashLength >= other.hashLength;
        }
    }
}
