package fr.portailpartenaires.bench;

import fr.portailpartenaires.adapters.persistence.account.Argon2idPasswordHasher;
import fr.portailpartenaires.adapters.persistence.account.Argon2idPasswordHasher.Argon2Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The cost of one password verification alone, in this JVM (no HTTP, no database): the service's
 * {@link Argon2idPasswordHasher} with the OWASP minimum, on 1, 2 and 4 threads. It bounds what the
 * login benchmark can reach: n CPUs verify at most n / (time of one verification) passwords a second.
 * Run it with the heap options under study, e.g.
 * {@code java -Xmx256m -cp "bench/target/classes:$(cat bench/target/classpath.txt)" fr.portailpartenaires.bench.HashCost}.
 */
public final class HashCost {

    private HashCost() {
    }

    public static void main(String[] args) throws Exception {
        Argon2idPasswordHasher hasher = new Argon2idPasswordHasher(Argon2Parameters.OWASP_MINIMUM);
        String hash = hasher.hash("CielBleu62");
        for (int i = 0; i < 30; i++) {
            hasher.verify("CielBleu62", hash);
        }
        int count = 60;
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            hasher.verify("CielBleu62", hash);
        }
        double millis = (System.nanoTime() - start) / 1e6 / count;
        System.out.printf(Locale.ROOT, "1 thread: %.1f ms per verification (%.1f/s)%n", millis, 1000 / millis);
        for (int threads : new int[] {2, 4}) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            int total = 120;
            long began = System.nanoTime();
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                results.add(pool.submit(() -> hasher.verify("CielBleu62", hash)));
            }
            for (Future<Boolean> result : results) {
                if (!result.get()) {
                    throw new IllegalStateException("the demo password did not verify");
                }
            }
            System.out.printf(Locale.ROOT, "%d threads: %.1f verifications/s%n", threads,
                    total / ((System.nanoTime() - began) / 1e9));
            pool.shutdown();
        }
    }
}
