package fr.portailpartenaires.bench;

import com.goterl.lazysodium.Sodium;
import com.goterl.lazysodium.SodiumJava;
import com.goterl.lazysodium.utils.LibraryLoader;
import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

/**
 * OWASP's five equivalent Argon2id settings (Password Storage Cheat Sheet: m = 46 MiB t = 1, 19 MiB t = 2, 12 MiB
 * t = 3, 9 MiB t = 4, 7 MiB t = 5, all p = 1), and each with p = 2, verified by both engines of the portal
 * (docs/adr/0011-native-argon2.md): libsodium (native, the copy bundled in lazysodium-java) and password4j (pure
 * Java). For each: one verification on one thread (a login's latency: the JVM's CPU time per verification, which
 * other work on a shared machine does not inflate, and the median wall time, which it does), and verifications per
 * second on as many threads as CPUs (the logins/s ceiling). Prints a Markdown table (docs/adr/0020-*.md).
 *
 * <p>Settings (system properties): {@code bench.argon2Rounds} (15 timed verifications per setting and engine on one
 * thread, after 3 untimed), {@code bench.argon2Parallel} (4 × CPUs verifications for the throughput).
 * {@code bench/run.sh argon2}.
 */
public final class Argon2Settings {

    private static final String PASSWORD = "CielBleu62";

    private record Setting(int memoryKiB, int iterations, int lanes) {

        String label() {
            return "m=" + memoryKiB / 1024 + " MiB, t=" + iterations + ", p=" + lanes;
        }
    }

    private Argon2Settings() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("bench.argon2Rounds", 15);
        int cpus = Runtime.getRuntime().availableProcessors();
        int parallel = Integer.getInteger("bench.argon2Parallel", 4 * cpus);
        Sodium sodium = new SodiumJava(LibraryLoader.Mode.PREFER_BUNDLED);
        List<Setting> settings = new ArrayList<>();
        for (int lanes : new int[] {1, 2}) {
            settings.add(new Setting(47_104, 1, lanes));
            settings.add(new Setting(19_456, 2, lanes));
            settings.add(new Setting(12_288, 3, lanes));
            settings.add(new Setting(9_216, 4, lanes));
            settings.add(new Setting(7_168, 5, lanes));
        }
        Report report = new Report();
        report.context();
        report.line("One verification of a stored hash, median of " + rounds + " on one thread (after 3 untimed);"
                + " throughput: " + parallel + " verifications on " + cpus + " threads.");
        report.line("");
        report.line("| Setting | libsodium, one thread: CPU ms; wall ms p50 (min–max) | libsodium: /s on " + cpus + " threads"
                + " | password4j, one thread: CPU ms; wall ms p50 (min–max) | password4j: /s on " + cpus + " threads |");
        report.line("|---|---|---|---|---|");
        for (Setting setting : settings) {
            String hash = Password.hash(PASSWORD).addRandomSalt(16)
                    .with(Argon2Function.getInstance(setting.memoryKiB(), setting.iterations(), setting.lanes(), 32,
                            Argon2.ID, Argon2Function.ARGON2_VERSION_13))
                    .getResult();
            byte[] phc = (hash + "\0").getBytes(StandardCharsets.US_ASCII);
            byte[] secret = PASSWORD.getBytes(StandardCharsets.UTF_8);
            BooleanSupplier nativeVerify = () -> sodium.crypto_pwhash_str_verify(phc, secret, secret.length) == 0;
            BooleanSupplier javaVerify = () -> Password.check(PASSWORD, hash).with(Argon2Function.getInstanceFromHash(hash));
            String nativeLatency = latency(nativeVerify, rounds);
            String nativeRate = rate(nativeVerify, cpus, parallel);
            String javaLatency = latency(javaVerify, rounds);
            String javaRate = rate(javaVerify, cpus, parallel);
            String row = "| " + setting.label() + " | " + nativeLatency + " | " + nativeRate + " | " + javaLatency + " | "
                    + javaRate + " |";
            Report.log(row);
            report.line(row);
        }
        report.printAndWrite(java.nio.file.Path.of("bench/target/argon2-settings.md"));
    }

    private static String latency(BooleanSupplier verify, int rounds) {
        for (int i = 0; i < 3; i++) {
            check(verify);
        }
        double[] millis = new double[rounds];
        var process = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = process.getProcessCpuTime();
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            check(verify);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        double cpu = (process.getProcessCpuTime() - cpuBefore) / 1e6 / rounds;
        Arrays.sort(millis);
        return String.format(Locale.ROOT, "%.1f; %.1f (%.1f–%.1f)", cpu, millis[rounds / 2], millis[0], millis[rounds - 1]);
    }

    private static String rate(BooleanSupplier verify, int threads, int total) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                done.add(pool.submit(() -> check(verify)));
            }
            for (Future<?> each : done) {
                each.get();
            }
            return String.format(Locale.ROOT, "%.1f", total / ((System.nanoTime() - start) / 1e9));
        } finally {
            pool.shutdown();
        }
    }

    private static void check(BooleanSupplier verify) {
        if (!verify.getAsBoolean()) {
            throw new IllegalStateException("the password did not verify");
        }
    }
}
