package fr.portailpartenaires.adapters.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The housekeeping H2's own background writer does, which {@code WRITE_DELAY=0} turns off (ADR 0014, ADR 0024).
 *
 * <p>Each durable commit writes a chunk at the end of the file; pages rewritten by later commits leave it partly
 * dead, and a chunk is dropped (from the file's layout and from the heap) only once none of its pages is live. H2's
 * writer thread rewrites the live pages of sparse chunks so that they die; without it, every chunk that still holds
 * one live page stays, with its metadata in the Java heap: under a steady load the heap grew by about 2 MB a minute
 * (issue 19, soak benchmark). Every {@link #INTERVAL} this rewrites up to {@link #WRITE_LIMIT} bytes of live pages of
 * the sparsest chunks when the chunks' fill rate is below {@link #TARGET_FILL_RATE} (H2's own values for a busy store:
 * 90 % × 90 %, a quarter of its 1 MB write buffer). The rewritten pages go to the end of the file with the next commit:
 * nothing is written into freed space, so the durability of ADR 0014 is unchanged.
 */
public final class H2FileHousekeeping implements AutoCloseable {

    static final Duration INTERVAL = Duration.ofSeconds(1);
    static final int TARGET_FILL_RATE = 81;
    static final int WRITE_LIMIT = 256 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(H2FileHousekeeping.class);

    private final DataSource dataSource;
    private final ScheduledExecutorService executor;

    private H2FileHousekeeping(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("h2-housekeeping")
                .daemon(true).factory());
    }

    /** Starts the housekeeping of the embedded H2 file database behind the pool; {@link #close} stops it. */
    public static H2FileHousekeeping start(DataSource dataSource) {
        H2FileHousekeeping housekeeping = new H2FileHousekeeping(dataSource);
        housekeeping.executor.scheduleWithFixedDelay(housekeeping::runQuietly, INTERVAL.toMillis(),
                INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        return housekeeping;
    }

    /**
     * One round: rewrites the live pages of the sparsest chunks if the store is below its target fill rate. Answers
     * whether anything was rewritten.
     */
    public boolean runOnce() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return rewriteSparseChunks(connection);
        }
    }

    /**
     * The round on the database of the given connection. H2 rewrites no chunk of a store that does not reuse space
     * ({@code REUSE_SPACE=FALSE}, ADR 0014: its rewrite candidates are then none), so the round lifts that setting
     * while it chooses and rewrites, under the store's lock (no other thread stores a chunk meanwhile), and puts it
     * back before the lock is released: the rewritten pages only change in memory here, and the next commit appends
     * them at the end of the file, as every other chunk.
     */
    static boolean rewriteSparseChunks(Connection connection) throws SQLException {
        MVStore store = store(connection);
        boolean[] rewritten = {false};
        store.executeFilestoreOperation(() -> {
            boolean reused = store.isSpaceReused();
            store.setReuseSpace(true);
            try {
                rewritten[0] = store.compact(TARGET_FILL_RATE, WRITE_LIMIT);
            } finally {
                store.setReuseSpace(reused);
            }
        });
        return rewritten[0];
    }

    /** The chunks the store keeps (each with its metadata in the heap): what the housekeeping keeps bounded. */
    public static long chunkCount(Connection connection) throws SQLException {
        return store(connection).getLayoutMap().keySet().stream().filter(key -> key.startsWith("chunk.")).count();
    }

    static MVStore store(Connection connection) throws SQLException {
        return ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore()
                .getMvStore();
    }

    private void runQuietly() {
        try {
            runOnce();
        } catch (SQLException | RuntimeException e) {
            // the database closing or down: the next round tries again, nothing is lost meanwhile
            LOG.debug("H2 housekeeping round skipped: {}", e.toString());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
