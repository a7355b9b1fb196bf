package fr.portailpartenaires.bench;

import com.zaxxer.hikari.HikariDataSource;
import fr.portailpartenaires.adapters.persistence.DataSources;
import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.mail.JooqOutbox;
import fr.portailpartenaires.application.shared.MailTemplate;
import fr.portailpartenaires.application.shared.OutgoingMail;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What a durable commit costs on the embedded H2 (ADR 0014): committed writes per second on two H2 file databases
 * side by side in this JVM, one with H2's defaults (commits written up to 500 ms later, the service before ADR 0014)
 * and one as the service opens it now ({@link DataSources#h2File}: each commit written before it returns, appended).
 * A write is one mail put in the outbox in its own transaction (one row of about 1 KB, one index), on 1 and 4
 * threads; the two databases take turns, several rounds each, and the median round is printed, then how much each
 * file grew per write. Run it with
 * {@code java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" fr.portailpartenaires.bench.H2CommitCost}.
 */
public final class H2CommitCost {

    private static final int ROUNDS = 5;
    private static final long ROUND_MILLIS = Long.getLong("bench.roundMillis", 3000);

    private H2CommitCost() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("h2-commit-cost");
        try (HikariDataSource delayed = DataSources.pool(
                "jdbc:h2:file:" + dir.resolve("delayed").toAbsolutePath() + DataSources.H2_OPTIONS, "sa", "", 8);
                HikariDataSource durable = DataSources.h2File(dir.resolve("durable"))) {
            Path delayedFile = dir.resolve("delayed.mv.db");
            Path durableFile = dir.resolve("durable.mv.db");
            Database delayedDb = Database.on(delayed);
            Database durableDb = Database.on(durable);
            delayedDb.migrate();
            durableDb.migrate();
            long delayedStart = Files.size(delayedFile);
            long durableStart = Files.size(durableFile);
            long delayedWrites = outboxSize(delayedDb);
            long durableWrites = outboxSize(durableDb);
            System.out.println("| Threads | WRITE_DELAY 500 ms (before) | WRITE_DELAY=0 (now) | ratio |");
            System.out.println("|---|---|---|---|");
            for (int threads : new int[] {1, 4}) {
                writesPerSecond(delayedDb, threads, ROUND_MILLIS / 3);
                writesPerSecond(durableDb, threads, ROUND_MILLIS / 3);
                List<Double> before = new ArrayList<>();
                List<Double> after = new ArrayList<>();
                for (int round = 0; round < ROUNDS; round++) {
                    before.add(writesPerSecond(delayedDb, threads, ROUND_MILLIS));
                    after.add(writesPerSecond(durableDb, threads, ROUND_MILLIS));
                }
                double medianBefore = median(before);
                double medianAfter = median(after);
                System.out.printf(Locale.ROOT, "| %d | %,.0f writes/s | %,.0f writes/s | %.2f |%n", threads,
                        medianBefore, medianAfter, medianAfter / medianBefore);
            }
            System.out.printf(Locale.ROOT, "| file growth | %,.1f KB per write | %,.1f KB per write | |%n",
                    (Files.size(delayedFile) - delayedStart) / 1024.0 / (outboxSize(delayedDb) - delayedWrites),
                    (Files.size(durableFile) - durableStart) / 1024.0 / (outboxSize(durableDb) - durableWrites));
        }
    }

    private static double writesPerSecond(Database database, int threads, long millis) throws Exception {
        JooqOutbox outbox = new JooqOutbox(database);
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> writers = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                writers.add(pool.submit(() -> {
                    int written = 0;
                    while (!stop.get()) {
                        outbox.enqueue(new OutgoingMail("mesure@partenaire.example", MailTemplate.values()[0],
                                "Mesure " + written, "Texte ".repeat(80), "<p>" + "Texte ".repeat(80) + "</p>",
                                Instant.now()));
                        written++;
                    }
                    return written;
                }));
            }
            Thread.sleep(millis);
            stop.set(true);
            int total = 0;
            for (Future<Integer> writer : writers) {
                total += writer.get();
            }
            return total / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    private static long outboxSize(Database database) {
        return database.dsl().fetchCount(fr.portailpartenaires.adapters.persistence.jooq.Tables.MAIL_OUTBOX);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
