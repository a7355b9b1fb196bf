package fr.portailpartenaires.adapters.persistence.account;

import fr.portailpartenaires.application.shared.PasswordHasher;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link PasswordHasher} with Argon2id, as PHC strings {@code $argon2id$v=19$m=7168,t=5,p=1$salt$hash}
 * (docs/adr/0005-password-hashing.md, docs/adr/0011-native-argon2.md).
 *
 * <p>The work runs on libsodium's native Argon2id (bundled in lazysodium-java) when it loads on
 * this platform, else on password4j's pure-Java Argon2; both read and write the same strings. Every hash and verification runs on a small pool with one thread per CPU: more
 * hashes at once would only share the same cores, multiply the memory each one holds, and
 * spread the native allocations over more malloc arenas.
 *
 * <p>A stored Argon2 hash of any variant or parameters verifies with its own parameters, and
 * {@link #needsRehash} says when it is older or weaker than the configured ones.
 */
public final class Argon2idPasswordHasher implements PasswordHasher {

    private static final Logger LOG = LoggerFactory.getLogger(Argon2idPasswordHasher.class);
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2(id|i|d)\\$v=(\\d{1,3})\\$m=(\\d{1,9}),t=(\\d{1,9}),p=(\\d{1,3})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final String VARIANT = "id";

    private static final int ARGON2_VERSION_13 = 0x13;
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final Argon2Parameters parameters;
    private final Argon2Engine engine;
    private final ThreadPoolExecutor pool;
    private final String dummyHash;

    /**
     * Native Argon2id (libsodium) when the platform has it and the parameters are libsodium's
     * (16-byte salt, 32-byte hash, one lane), else pure Java.
     *
     * @throws IllegalArgumentException when the parameters are weaker than each of {@link Argon2Parameters#OWASP_EQUIVALENTS}
     */
    public Argon2idPasswordHasher(Argon2Parameters parameters) {
        this(parameters, Argon2Engine.Libsodium.load(requireOwaspMinimum(parameters)).orElseGet(() -> {
            LOG.warn("Native Argon2id (libsodium) is not available for these parameters or on this platform:"
                    + " passwords are hashed in pure Java (about three times slower)");
            return new Argon2Engine.PureJava();
        }));
    }

    private Argon2idPasswordHasher(Argon2Parameters parameters, Argon2Engine engine) {
        this.parameters = requireOwaspMinimum(parameters);
        this.engine = engine;
        int cpus = Runtime.getRuntime().availableProcessors();
        String prefix = "argon2-" + POOLS.incrementAndGet() + "-";
        AtomicInteger threads = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(cpus, cpus, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), work -> {
            Thread thread = new Thread(work, prefix + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.pool.allowCoreThreadTimeOut(true);
        byte[] unguessable = new byte[32];
        new SecureRandom().nextBytes(unguessable);
        this.dummyHash = hash(HexFormat.of().formatHex(unguessable));
    }

    /** Always password4j's pure-Java Argon2, even where the native library loads (tests, comparisons). */
    public static Argon2idPasswordHasher pureJava(Argon2Parameters parameters) {
        return new Argon2idPasswordHasher(parameters, new Argon2Engine.PureJava());
    }

    private static Argon2Parameters requireOwaspMinimum(Argon2Parameters parameters) {
        Objects.requireNonNull(parameters, "parameters");
        if (!parameters.meetsOwaspMinimum()) {
            throw new IllegalArgumentException("Argon2id parameters " + parameters
                    + " are weaker than each of the OWASP minimums " + Argon2Parameters.OWASP_EQUIVALENTS);
        }
        return parameters;
    }

    public Argon2Parameters parameters() {
        return parameters;
    }

    /** Which Argon2 implementation runs, for the start-up log. */
    public String implementation() {
        return engine.description();
    }

    @Override
    public String hash(String password) {
        Objects.requireNonNull(password, "password");
        return onPool(() -> engine.hashArgon2id(password, parameters));
    }

    @Override
    public boolean verify(String password, String storedHash) {
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(storedHash, "storedHash");
        Optional<StoredHash> stored = parse(storedHash);
        if (stored.isEmpty()) {
            // the hash itself is not logged: it is a secret, too
            LOG.warn("A stored password hash is not an Argon2 PHC string; the password is refused");
            return false;
        }
        // the native engine checks what it writes (argon2id v1.3, one lane); anything else is checked in pure Java
        boolean current = stored.get().variant().equals(VARIANT) && stored.get().version() == ARGON2_VERSION_13
                && stored.get().parameters().parallelism() == 1;
        return onPool(() -> current
                ? engine.verifyArgon2id(password, storedHash)
                : Argon2Engine.PureJava.verifyAnyVariant(password, storedHash));
    }

    private <T> T onPool(Callable<T> work) {
        try {
            return pool.submit(work).get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while hashing a password", interrupted);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("Password hashing failed", failed.getCause());
        }
    }

    @Override
    public boolean needsRehash(String storedHash) {
        Objects.requireNonNull(storedHash, "storedHash");
        return parse(storedHash)
                .map(stored -> !stored.variant().equals(VARIANT)
                        || stored.version() != ARGON2_VERSION_13
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

        /**
         * The five settings the OWASP Password Storage Cheat Sheet lists as equal in defence (they trade memory for
         * passes): m=46 MiB t=1, 19 MiB t=2, 12 MiB t=3, 9 MiB t=4, 7 MiB t=5, all p=1; 16-byte salt, 32-byte hash.
         */
        public static final List<Argon2Parameters> OWASP_EQUIVALENTS = List.of(
                new Argon2Parameters(47_104, 1, 1, 16, 32),
                OWASP_MINIMUM,
                new Argon2Parameters(12_288, 3, 1, 16, 32),
                new Argon2Parameters(9_216, 4, 1, 16, 32),
                new Argon2Parameters(7_168, 5, 1, 16, 32));

        /**
         * The service's cost, chosen on measurements (docs/adr/0020-argon2id-cost-chosen-on-measurements.md):
         * OWASP's m=7 MiB, t=5, p=1 — the same as Keycloak's default.
         */
        public static final Argon2Parameters DEFAULT = OWASP_EQUIVALENTS.get(4);

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

        /** True when it is at least one of {@link #OWASP_EQUIVALENTS}, cost by cost. */
        public boolean meetsOwaspMinimum() {
            return OWASP_EQUIVALENTS.stream().anyMatch(this::isAtLeast);
        }
    }
}
