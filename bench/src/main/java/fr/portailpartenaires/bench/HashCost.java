package fr.portailpartenaires.bench;

import fr.portailpartenaires.adapters.persistence.account.Argon2idPasswordHasher;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;

/**
 * The cost of one password verification alone, without HTTP or a database, in a JVM of its own started by the
 * login benchmark between the servers' runs (so nothing else of the benchmark runs meanwhile), with each side's own
 * code and default cost:
 * <ul>
 *   <li>{@code portal}: the service's {@link Argon2idPasswordHasher} with
 *       {@link Argon2idPasswordHasher.Argon2Parameters#DEFAULT} (libsodium where it loads);</li>
 *   <li>{@code keycloak}: Keycloak's own {@code org.keycloak.crypto.hash.Argon2PasswordHashProvider}, loaded from
 *       the jars of its distribution (the class path of this JVM), built with its
 *       {@code Argon2Parameters.DEFAULT_*} values as its factory builds it (BouncyCastle's Argon2, pure Java).</li>
 * </ul>
 * Prints {@code HASH <side> cpu=<ms> p50=<ms> min=<ms> max=<ms> <description>} for 200 verifications in a row on one
 * thread, after 40 untimed ones (the JIT compiles a pure-Java Argon2 in the first few): the JVM's CPU time (user +
 * system, all its threads: GC and JIT included) per verification, which other work on a shared machine does not
 * inflate, and the wall time of each (median, min, max), which it does.
 */
public final class HashCost {

    private static final String PASSWORD = "CielBleu62";
    private static final int WARM_UP = 40;
    private static final int MEASURED = 200;

    private HashCost() {
    }

    public static void main(String[] args) throws Exception {
        String side = args.length > 0 ? args[0] : "portal";
        BooleanSupplier verify;
        String description;
        if (side.equals("keycloak")) {
            Class<?> defaults = Class.forName("org.keycloak.crypto.hash.Argon2Parameters");
            String type = (String) defaults.getField("DEFAULT_TYPE").get(null);
            String version = (String) defaults.getField("DEFAULT_VERSION").get(null);
            int hashLength = defaults.getField("DEFAULT_HASH_LENGTH").getInt(null);
            int memory = defaults.getField("DEFAULT_MEMORY").getInt(null);
            int iterations = defaults.getField("DEFAULT_ITERATIONS").getInt(null);
            int parallelism = defaults.getField("DEFAULT_PARALLELISM").getInt(null);
            // as Argon2PasswordHashProviderFactory.create builds it: (version, type, hashLength, memory, iterations,
            // parallelism, a semaphore of cpuCores permits — the available processors by default)
            Class<?> providerClass = Class.forName("org.keycloak.crypto.hash.Argon2PasswordHashProvider");
            Object provider = providerClass.getConstructor(String.class, String.class, int.class, int.class, int.class,
                            int.class, Semaphore.class)
                    .newInstance(version, type, hashLength, memory, iterations, parallelism,
                            new Semaphore(Runtime.getRuntime().availableProcessors()));
            Class<?> model = Class.forName("org.keycloak.models.credential.PasswordCredentialModel");
            Object credential = providerClass.getMethod("encodedCredential", String.class, int.class)
                    .invoke(provider, PASSWORD, -1);
            var check = providerClass.getMethod("verify", String.class, model);
            verify = () -> {
                try {
                    return (Boolean) check.invoke(provider, PASSWORD, credential);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            };
            description = "Keycloak Argon2PasswordHashProvider, argon2" + type + " m=" + memory + " KiB t=" + iterations
                    + " p=" + parallelism;
        } else {
            Argon2idPasswordHasher hasher = new Argon2idPasswordHasher(Argon2idPasswordHasher.Argon2Parameters.DEFAULT);
            String hash = hasher.hash(PASSWORD);
            verify = () -> hasher.verify(PASSWORD, hash);
            Argon2idPasswordHasher.Argon2Parameters cost = hasher.parameters();
            description = "portal Argon2idPasswordHasher, " + hasher.implementation() + ", argon2id m="
                    + cost.memoryKiB() + " KiB t=" + cost.iterations() + " p=" + cost.parallelism();
        }
        for (int i = 0; i < WARM_UP; i++) {
            check(verify);
        }
        double[] millis = new double[MEASURED];
        var process = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = process.getProcessCpuTime();
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            check(verify);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        double cpuMillis = (process.getProcessCpuTime() - cpuBefore) / 1e6 / MEASURED;
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "HASH %s cpu=%.1f p50=%.1f min=%.1f max=%.1f %s%n", side, cpuMillis,
                millis[MEASURED / 2], millis[0], millis[MEASURED - 1], description);
    }

    private static void check(BooleanSupplier verify) {
        if (!verify.getAsBoolean()) {
            throw new IllegalStateException("the password did not verify");
        }
    }
}
