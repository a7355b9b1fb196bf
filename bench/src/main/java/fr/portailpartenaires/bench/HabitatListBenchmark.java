package fr.portailpartenaires.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import fr.portailpartenaires.adapters.persistence.DataSources;
import fr.portailpartenaires.adapters.persistence.Database;
import fr.portailpartenaires.adapters.persistence.habitat.JooqInterventionOrders;
import fr.portailpartenaires.application.habitat.InterventionOrders;
import fr.portailpartenaires.application.habitat.InterventionOrders.Filter;
import fr.portailpartenaires.application.habitat.InterventionOrders.Position;
import fr.portailpartenaires.application.habitat.InterventionOrders.Query;
import fr.portailpartenaires.application.habitat.InterventionOrders.Sort;
import fr.portailpartenaires.bootstrap.PortalConfig;
import fr.portailpartenaires.bootstrap.PortalServer;
import fr.portailpartenaires.domain.habitat.InterventionFile;
import fr.portailpartenaires.domain.shared.Nir;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Habitat list on 1,000,000 orders (issue 7, docs/benchmarks.md): an embedded PostgreSQL migrated by the
 * portal's Flyway scripts, the running portal on it (with its demo data: the ergothérapeute Lea62), 1,000,000
 * orders over 100 validated ergothérapeute conventions — 200,000 in Lea62's — loaded with COPY, then every list
 * shape (filter × sort × direction, first page and a page ~100,000 rows deep, NIR search) timed in the database
 * through the real persistence adapter and its captured SQL, compared with LIMIT/OFFSET, explained, and timed
 * over HTTP. Results: {@code bench/target/habitat-results.md}; plans: {@code bench/target/habitat-plans.txt}.
 */
public final class HabitatListBenchmark {

    private static final int PAGE = 20;
    private static final int TOTAL_ORDERS = Integer.getInteger("bench.orders", 1_000_000);
    private static final int BIG_ORDERS = Integer.getInteger("bench.bigConvention", 200_000);
    private static final int CONVENTIONS = 100;
    private static final int DEPTH = Integer.getInteger("bench.depth", 100_000);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 30);
    private static final int REPS = Integer.getInteger("bench.reps", 200);
    private static final int OFFSET_REPS = Integer.getInteger("bench.offsetReps", 10);
    private static final int HTTP_REPS = Integer.getInteger("bench.httpReps", 200);
    private static final int NIRS = 50;
    private static final int HTTP_WARMUP_ROUNDS = Integer.getInteger("bench.httpWarmupRounds", 100);
    private static final Pattern INDEX_SCAN =
            Pattern.compile("(Index Only Scan|Index Scan)( Backward)? using (habitat_order_\\w+) on habitat_order");
    private static final Pattern EXECUTION_TIME = Pattern.compile("Execution Time: ([0-9.]+) ms");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path target;
    private final StringBuilder plans = new StringBuilder();
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private final LocalDate relanceUpTo = today.minus(InterventionFile.RELANCE_DELAY);

    private HabitatListBenchmark(Path target) {
        this.target = target;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path target = root.resolve("bench/target");
        Files.createDirectories(target);
        new HabitatListBenchmark(target).run();
    }

    // ------------------------------------------------------------------------------------------ timings

    /** Latencies of one measured series, in nanoseconds, sorted. */
    record Series(long[] sorted) {
        static Series of(long[] nanos) {
            long[] copy = nanos.clone();
            Arrays.sort(copy);
            return new Series(copy);
        }

        /** Nearest-rank percentile, in milliseconds. */
        double ms(double percentile) {
            int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1_000_000.0;
        }

        String p50p95() {
            return String.format(Locale.ROOT, "%s / %s", ms2(ms(50)), ms2(ms(95)));
        }
    }

    @FunctionalInterface
    interface Call {
        void run(int repetition) throws Exception;
    }

    static Series time(int warmup, int repetitions, Call call) throws Exception {
        for (int i = 0; i < warmup; i++) {
            call.run(i);
        }
        long[] nanos = new long[repetitions];
        for (int i = 0; i < repetitions; i++) {
            long start = System.nanoTime();
            call.run(i);
            nanos[i] = System.nanoTime() - start;
        }
        return Series.of(nanos);
    }

    /**
     * Two calls timed in turn (a, b, a, b, …), so that whatever disturbs the machine meanwhile falls on both
     * series alike: the first page and the deep page are compared within the same moments.
     */
    static Series[] timeInTurn(int warmup, int repetitions, Call a, Call b) throws Exception {
        for (int i = 0; i < warmup; i++) {
            a.run(i);
            b.run(i);
        }
        long[] nanosA = new long[repetitions];
        long[] nanosB = new long[repetitions];
        for (int i = 0; i < repetitions; i++) {
            long start = System.nanoTime();
            a.run(i);
            long middle = System.nanoTime();
            b.run(i);
            nanosB[i] = System.nanoTime() - middle;
            nanosA[i] = middle - start;
        }
        return new Series[] {Series.of(nanosA), Series.of(nanosB)};
    }

    // ------------------------------------------------------------------------------------------ the run

    private void run() throws Exception {
        long started = System.nanoTime();
        onPostgres(postgres -> {
            log("Starting the portal on it (migrations + demo data)");
            Map<String, String> settings = new LinkedHashMap<>(Map.of("PORTAIL_HTTP_HOST", "127.0.0.1",
                    "PORTAIL_HTTP_PORT", "0", "PORTAIL_DEMO", "true",
                    "PORTAIL_DATA_DIR", postgres.dataDir().resolve("unused").toString()));
            settings.putAll(postgres.portalSettings());
            try (PortalServer server = PortalServer.start(PortalConfig.from(settings));
                    HikariDataSource pool = postgres.pool(3)) {
                measure(postgres, pool, server, started);
            }
        });
    }

    /** The embedded PostgreSQL of the Habitat benchmarks, with its empty database {@code portail}. */
    record Postgres(EmbeddedPostgres server, long postmaster, Map<String, String> settings, Path dataDir) {

        String url() {
            return server.getJdbcUrl("postgres", "portail");
        }

        /** The portal's settings for this database. */
        Map<String, String> portalSettings() {
            return Map.of("PORTAIL_DB_URL", url(), "PORTAIL_DB_USER", "postgres", "PORTAIL_DB_PASSWORD", "postgres");
        }

        HikariDataSource pool(int size) {
            return DataSources.pool(url(), "postgres", "postgres", size);
        }

        String version() throws SQLException {
            try (Connection connection = server.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("select version()")) {
                row.next();
                return row.getString(1);
            }
        }
    }

    @FunctionalInterface
    interface OnPostgres {
        void run(Postgres postgres) throws Exception;
    }

    /**
     * Starts a PostgreSQL server in a new temporary directory (settings for the load: {@code shared_buffers} 512 MB,
     * {@code max_wal_size} 4 GB, {@code checkpoint_timeout} 30 min), creates the database {@code portail}, runs
     * {@code body}, then stops the server and removes the directory.
     */
    static void onPostgres(OnPostgres body) throws Exception {
        Path pgData = Files.createTempDirectory("habitat-bench-pg");
        log("Starting PostgreSQL in " + pgData);
        Map<String, String> pgSettings = new LinkedHashMap<>();
        pgSettings.put("shared_buffers", "512MB");
        pgSettings.put("max_wal_size", "4GB");
        pgSettings.put("checkpoint_timeout", "30min");
        var pgBuilder = EmbeddedPostgres.builder().setDataDirectory(pgData).setCleanDataDirectory(true)
                .setPGStartupWait(java.time.Duration.ofSeconds(60));
        pgSettings.forEach(pgBuilder::setServerConfig);
        try (EmbeddedPostgres postgres = pgBuilder.start()) {
            long postmaster = Long.parseLong(Files.readAllLines(pgData.resolve("postmaster.pid")).getFirst().trim());
            try (Connection admin = postgres.getPostgresDatabase().getConnection();
                    Statement statement = admin.createStatement()) {
                statement.execute("create database portail");
            }
            body.run(new Postgres(postgres, postmaster, pgSettings, pgData));
        } finally {
            Report.deleteQuietly(pgData);
        }
    }

    /** What {@link #loadOrders} did: Lea62's big convention (757310) and the load's figures. */
    record Dataset(UUID big, HabitatData.Loaded loaded, long analyzeMillis, double loadDisturbance) {
    }

    /**
     * Once the portal has migrated the database and loaded its demo data: 99 more conventions and 1,000,000 orders
     * ({@code bench.orders}), {@code bench.bigConvention} of them in Lea62's 757310, then VACUUM ANALYZE and a
     * CHECKPOINT.
     */
    static Dataset loadOrders(HikariDataSource pool, Machine machine, LocalDate today) throws Exception {
        UUID big;
        UUID leaPartner;
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select id, partner_id from convention where code = '757310'")) {
            row.next();
            big = row.getObject(1, UUID.class);
            leaPartner = row.getObject(2, UUID.class);
        }
        int demoOrders = count(pool, "select count(*) from habitat_order where convention_id = ?", big);
        Machine.Mark loadMark = machine.mark();
        List<UUID> others = new ArrayList<>();
        for (int i = 1; i < CONVENTIONS; i++) {
            others.add(UUID.randomUUID());
        }
        UUID otherPartner = UUID.randomUUID();
        try (Connection connection = pool.getConnection()) {
            try (PreparedStatement partner = connection.prepareStatement("""
                    insert into partner (id, name, phone, addr_code_postal, addr_commune, created_at, version)
                    values (?, 'Ergothérapeutes du Nord (benchmark)', '0321000000', '59000', 'Lille', ?, 0)""")) {
                partner.setObject(1, otherPartner);
                partner.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
                partner.executeUpdate();
            }
            OffsetDateTime earlier = OffsetDateTime.now(ZoneOffset.UTC).minusYears(5);
            // Lea62's partner gets a second (small) convention, requested earlier: the big one must be selected
            HabitatData.addConventions(connection, big, leaPartner, others.subList(0, 1), "7574", earlier);
            HabitatData.addConventions(connection, big, otherPartner, others.subList(1, others.size()), "7575", earlier);
        }
        List<HabitatData.Share> shares = new ArrayList<>();
        shares.add(new HabitatData.Share(big, BIG_ORDERS - demoOrders));
        int rest = TOTAL_ORDERS - BIG_ORDERS;
        for (int i = 0; i < others.size(); i++) {
            shares.add(new HabitatData.Share(others.get(i), rest / others.size() + (i < rest % others.size() ? 1 : 0)));
        }
        log("Loading " + TOTAL_ORDERS + " orders over " + CONVENTIONS + " conventions (" + BIG_ORDERS
                + " in Lea62's 757310) with COPY");
        HabitatData.Loaded loaded = HabitatData.load(() -> {
            try {
                return pool.getConnection();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }, shares, today, 7L);
        long analyzeStart = System.nanoTime();
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("vacuum analyze habitat_order");
            statement.execute("vacuum analyze habitat_visit_certificate");
            statement.execute("vacuum analyze habitat_decision");
            statement.execute("vacuum analyze convention");
            // write the loaded pages out now, so that the checkpointer does not compete with the first measures
            statement.execute("checkpoint");
        }
        long analyzeMillis = (System.nanoTime() - analyzeStart) / 1_000_000;
        double loadDisturbance = loadMark.othersShare();
        log(String.format(Locale.ROOT, "Loaded %d orders, %d certificates, %d decisions in %.1f s; VACUUM ANALYZE %.1f s",
                loaded.orders(), loaded.certificates(), loaded.decisions(), loaded.millis() / 1000.0,
                analyzeMillis / 1000.0));
        return new Dataset(big, loaded, analyzeMillis, loadDisturbance);
    }

    private void measure(Postgres postgres, HikariDataSource pool, PortalServer server, long started)
            throws Exception {
        Machine machine = new Machine(postgres.postmaster());
        Dataset data = loadOrders(pool, machine, today);
        UUID big = data.big();
        HabitatData.Loaded loaded = data.loaded();
        long analyzeMillis = data.analyzeMillis();
        double loadDisturbance = data.loadDisturbance();

        // ---- the database: the adapter, its SQL replayed, OFFSET, plans
        Database database = Database.on(RecordingDataSource.wrap(postgres.pool(2)));
        var orders = new JooqInterventionOrders(database);
        Map<Filter, Integer> sizes = new LinkedHashMap<>();
        for (Filter filter : Filter.values()) {
            sizes.put(filter, listSize(pool, big, filter));
        }
        List<String> nirs = sampleNirs(pool, big);
        List<Shape> shapes = new ArrayList<>();
        List<NirShape> nirShapes = new ArrayList<>();
        Map<String, Position> deepPositions = new LinkedHashMap<>();
        Map<String, List<UUID>> deepExpected = new LinkedHashMap<>();
        Machine.Mark dbMark = machine.mark();
        long dbStart = System.nanoTime();
        try (Connection replay = pool.getConnection()) {
            // a first pass over every list, so that the JIT has compiled the adapter and the replay before the first
            // measure, and PostgreSQL has read each list's first pages once
            for (Filter filter : Filter.values()) {
                for (Sort sort : Sort.values()) {
                    for (boolean descending : List.of(false, true)) {
                        Query query = new Query(big, filter, sort, descending, Optional.empty(), relanceUpTo);
                        List<RecordingDataSource.Statement> first = RecordingDataSource.record(
                                () -> orders.page(query, Optional.empty(), PAGE + 1));
                        timeInTurn(0, WARMUP, i -> orders.page(query, Optional.empty(), PAGE + 1),
                                i -> replay(replay, first));
                    }
                }
            }
            for (Filter filter : Filter.values()) {
                for (Sort sort : Sort.values()) {
                    for (boolean descending : List.of(false, true)) {
                        Shape shape = listShape(orders, replay, big, filter, sort, descending, sizes.get(filter));
                        shapes.add(shape);
                        deepPositions.put(key(filter, sort, descending), shape.deepPosition);
                        deepExpected.put(key(filter, sort, descending), shape.deepIds);
                        log(shape.summary());
                    }
                }
            }
            for (Filter filter : Filter.values()) {
                for (Sort sort : Sort.values()) {
                    NirShape shape = nirShape(orders, replay, big, filter, sort, nirs);
                    nirShapes.add(shape);
                    log(shape.summary());
                }
            }
        }
        double dbSeconds = (System.nanoTime() - dbStart) / 1e9;
        double dbDisturbance = dbMark.othersShare();

        // ---- HTTP
        Machine.Mark httpMark = machine.mark();
        long httpStart = System.nanoTime();
        List<HttpShape> http = http(server, big, deepPositions, deepExpected, nirs);
        double httpSeconds = (System.nanoTime() - httpStart) / 1e9;
        double httpDisturbance = httpMark.othersShare();

        // ---- sizes and report
        Map<String, String> relationSizes = relationSizes(pool);
        Files.writeString(target.resolve("habitat-plans.txt"), plans.toString());
        String report = report(postgres.version(), postgres.settings(), loaded, analyzeMillis, relationSizes, sizes, shapes,
                nirShapes, http, new double[] {loadDisturbance, dbDisturbance, httpDisturbance},
                new double[] {dbSeconds, httpSeconds, (System.nanoTime() - started) / 1e9});
        Files.writeString(target.resolve("habitat-results.md"), report);
        System.out.println(report);
        ((HikariDataSource) unwrapPool(database)).close();
    }

    private static Object unwrapPool(Database database) throws SQLException {
        return database.dataSource().unwrap(HikariDataSource.class);
    }

    // ------------------------------------------------------------------------------------------ list shapes

    private static String key(Filter filter, Sort sort, boolean descending) {
        return filter + "/" + sort + "/" + (descending ? "desc" : "asc");
    }

    /** One list (filter, sort, direction) of the big convention, first page and deep page. */
    static final class Shape {
        Filter filter;
        Sort sort;
        boolean descending;
        int listSize;
        int depth;
        Position deepPosition;
        List<UUID> deepIds;
        Series adapterFirst;
        Series adapterDeep;
        Series sqlFirst;
        Series sqlDeep;
        Series offsetDeep;
        Plan planFirst;
        Plan planDeep;
        Plan planOffset;

        String summary() {
            return String.format(Locale.ROOT, "%-14s %-16s %-4s first SQL %s, deep(%d) SQL %s, OFFSET %s ms [%s]",
                    filter, sort, descending ? "desc" : "asc", sqlFirst.p50p95(), depth, sqlDeep.p50p95(),
                    offsetDeep.p50p95(), planDeep.index);
        }
    }

    /** What EXPLAIN (ANALYZE, BUFFERS) said of one statement. */
    record Plan(String index, boolean sorts, boolean seqScan, double executionMs, String text) {
        boolean usesIndexInOrder() {
            return !index.equals("none") && !sorts && !seqScan;
        }
    }

    private Shape listShape(JooqInterventionOrders orders, Connection replay, UUID big, Filter filter, Sort sort,
            boolean descending, int listSize) throws Exception {
        Shape shape = new Shape();
        shape.filter = filter;
        shape.sort = sort;
        shape.descending = descending;
        shape.listSize = listSize;
        shape.depth = Math.max(1, Math.min(DEPTH, listSize - PAGE));
        Query query = new Query(big, filter, sort, descending, Optional.empty(), relanceUpTo);
        List<RecordingDataSource.Statement> first = RecordingDataSource.record(
                () -> orders.page(query, Optional.empty(), PAGE + 1));
        RecordingDataSource.Statement firstPage = first.getLast();
        // the row at the depth, and the page after it, read with OFFSET on the first page's own query
        RecordingDataSource.Statement atDepth = withOffset(firstPage, shape.depth - 1);
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement statement = atDepth.prepare(replay, atDepth.sql()); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                if (shape.deepPosition == null) {
                    shape.deepPosition = new Position(rows.getObject("id", UUID.class),
                            rows.getObject("order_date", LocalDate.class), rows.getBoolean("sent"));
                } else {
                    ids.add(rows.getObject("id", UUID.class));
                }
            }
        }
        shape.deepIds = List.copyOf(ids);
        Optional<Position> after = Optional.of(shape.deepPosition);
        List<UUID> keysetIds = new ArrayList<>();
        List<RecordingDataSource.Statement> deep = RecordingDataSource.record(() -> orders.page(query, after, PAGE + 1)
                .forEach(row -> keysetIds.add(row.order().id())));
        if (keysetIds.size() < PAGE || !keysetIds.subList(0, PAGE).equals(shape.deepIds.subList(0, PAGE))) {
            throw new IllegalStateException("The keyset page after row " + shape.depth + " of " + key(filter, sort,
                    descending) + " is not the OFFSET page: " + keysetIds.size() + " / " + shape.deepIds.size() + " rows");
        }
        RecordingDataSource.Statement offsetPage = withOffset(firstPage, shape.depth);
        Series[] adapter = timeInTurn(WARMUP, REPS, i -> orders.page(query, Optional.empty(), PAGE + 1),
                i -> orders.page(query, after, PAGE + 1));
        shape.adapterFirst = adapter[0];
        shape.adapterDeep = adapter[1];
        Series[] sql = timeInTurn(WARMUP, REPS, i -> replay(replay, first), i -> replay(replay, deep));
        shape.sqlFirst = sql[0];
        shape.sqlDeep = sql[1];
        shape.offsetDeep = time(2, OFFSET_REPS, i -> replay(replay, List.of(offsetPage)));
        String title = key(filter, sort, descending) + " (list of " + listSize + " rows)";
        shape.planFirst = explain(replay, firstPage, title + ", first page");
        shape.planDeep = explain(replay, deep.getLast(), title + ", keyset page after row " + shape.depth);
        shape.planOffset = explain(replay, offsetPage, title + ", OFFSET " + shape.depth);
        return shape;
    }

    /** The first page's statement with OFFSET n: the same WHERE, ORDER BY and LIMIT (hand-written, bench only). */
    private static RecordingDataSource.Statement withOffset(RecordingDataSource.Statement first, int offset) {
        String sql = first.sql().strip();
        Matcher limit = Pattern.compile("(?i)(limit \\?|fetch next \\? rows only)$").matcher(sql);
        if (!limit.find()) {
            throw new IllegalStateException("The page query does not end with its limit: " + sql);
        }
        String withOffset = sql.substring(0, limit.start()) + "offset " + offset + " rows " + limit.group();
        if (limit.group().toLowerCase(Locale.ROOT).startsWith("limit")) {
            withOffset = sql + " offset " + offset;
        }
        return new RecordingDataSource.Statement(withOffset, first.bindings());
    }

    /** Runs the statements as captured, reading every column of every row. */
    private static int replay(Connection connection, List<RecordingDataSource.Statement> statements) throws SQLException {
        int values = 0;
        for (RecordingDataSource.Statement captured : statements) {
            try (PreparedStatement statement = captured.prepare(connection, captured.sql());
                    ResultSet rows = statement.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    for (int c = 1; c <= columns; c++) {
                        if (rows.getObject(c) != null) {
                            values++;
                        }
                    }
                }
            }
        }
        return values;
    }

    private Plan explain(Connection connection, RecordingDataSource.Statement captured, String title)
            throws SQLException {
        StringBuilder text = new StringBuilder();
        try (PreparedStatement statement = captured.prepare(connection, "explain (analyze, buffers) " + captured.sql());
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                text.append(rows.getString(1)).append('\n');
            }
        }
        String plan = text.toString();
        Matcher index = INDEX_SCAN.matcher(plan);
        List<String> indexes = new ArrayList<>();
        while (index.find()) {
            indexes.add(index.group(1) + (index.group(2) == null ? "" : index.group(2)) + " " + index.group(3));
        }
        Matcher time = EXECUTION_TIME.matcher(plan);
        double ms = time.find() ? Double.parseDouble(time.group(1)) : Double.NaN;
        plans.append("==== ").append(title).append('\n').append(captured.sql()).append('\n')
                .append(bindings(captured)).append('\n').append(plan).append('\n');
        return new Plan(indexes.isEmpty() ? "none" : String.join(", ", indexes),
                plan.contains("Sort Key") || plan.contains("Sort Method"),
                plan.contains("Seq Scan on habitat_order"), ms, plan);
    }

    private static String bindings(RecordingDataSource.Statement captured) {
        StringBuilder text = new StringBuilder("-- parameters:");
        for (RecordingDataSource.Binding binding : captured.bindings()) {
            Object[] arguments = binding.arguments();
            Object value = arguments[1];
            text.append(' ').append(arguments[0]).append('=')
                    .append(value instanceof String s && s.length() == 15 && s.chars().allMatch(Character::isDigit)
                            ? "<NIR>" : value);
        }
        return text.toString();
    }

    /** The NIR search on one filter and sort: the first (and only) page, for 50 different NIRs in turn. */
    static final class NirShape {
        Filter filter;
        Sort sort;
        double averageRows;
        Series adapter;
        Series sql;
        Plan plan;

        String summary() {
            return String.format(Locale.ROOT, "NIR search %-14s %-16s SQL %s, adapter %s ms [%s%s]", filter, sort,
                    sql.p50p95(), adapter.p50p95(), plan.index, plan.sorts ? " + sort" : "");
        }
    }

    private NirShape nirShape(JooqInterventionOrders orders, Connection replay, UUID big, Filter filter, Sort sort,
            List<String> nirs) throws Exception {
        NirShape shape = new NirShape();
        shape.filter = filter;
        shape.sort = sort;
        List<Query> queries = nirs.stream()
                .map(nir -> new Query(big, filter, sort, false, Optional.of(Nir.of(nir)), relanceUpTo)).toList();
        List<List<RecordingDataSource.Statement>> captured = new ArrayList<>();
        long rows = 0;
        for (Query query : queries) {
            int[] found = {0};
            captured.add(RecordingDataSource.record(() -> found[0] = orders.page(query, Optional.empty(), PAGE + 1).size()));
            rows += found[0];
        }
        shape.averageRows = rows / (double) queries.size();
        shape.adapter = time(WARMUP, REPS, i -> orders.page(queries.get(i % queries.size()), Optional.empty(), PAGE + 1));
        shape.sql = time(WARMUP, REPS, i -> replay(replay, captured.get(i % captured.size())));
        shape.plan = explain(replay, captured.getFirst().getLast(), "NIR search, " + filter + " by " + sort + " asc");
        return shape;
    }

    // ------------------------------------------------------------------------------------------ HTTP

    record HttpShape(String what, Series series, double rows) {
    }

    private List<HttpShape> http(PortalServer server, UUID big, Map<String, Position> deepPositions,
            Map<String, List<UUID>> deepExpected, List<String> nirs) throws Exception {
        String base = server.url().replaceAll("/$", "");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).build();
        JsonNode login = send(client, HttpRequest.newBuilder(URI.create(base + "/api/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"login\":\"Lea62\",\"motDePasse\":\"Flandres62\"}")));
        String csrf = login.path("csrfToken").asText();
        send(client, HttpRequest.newBuilder(URI.create(base + "/api/session/convention"))
                .header("Content-Type", "application/json").header("X-CSRF-Token", csrf)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"convention\":\"" + big + "\"}")));
        List<HttpRequest> requests = new ArrayList<>();
        for (Filter filter : Filter.values()) {
            String list = base + "/api/habitat/commandes?limite=" + PAGE + "&tri=DATE_DE_COMMANDE&ordre=ASC"
                    + (filter == Filter.OUVERTS ? "" : "&filtre=" + filter);
            requests.add(HttpRequest.newBuilder(URI.create(list)).GET().build());
            requests.add(HttpRequest.newBuilder(URI.create(list + "&curseur=" + cursor(filter, Sort.DATE_DE_COMMANDE,
                    false, deepPositions.get(key(filter, Sort.DATE_DE_COMMANDE, false))))).GET().build());
        }
        // a first pass over every request, so that the JIT has compiled the service's path before the first measure
        for (int round = 0; round < HTTP_WARMUP_ROUNDS; round++) {
            for (HttpRequest request : requests) {
                send(client, request);
            }
        }
        List<HttpShape> shapes = new ArrayList<>();
        for (Filter filter : Filter.values()) {
            String list = base + "/api/habitat/commandes?limite=" + PAGE + "&tri=DATE_DE_COMMANDE&ordre=ASC"
                    + (filter == Filter.OUVERTS ? "" : "&filtre=" + filter);
            HttpRequest first = HttpRequest.newBuilder(URI.create(list)).GET().build();
            int firstRows = send(client, first).path("commandes").size();
            shapes.add(new HttpShape("GET first page, " + label(filter) + ", by date asc",
                    time(WARMUP * 2, HTTP_REPS, i -> send(client, first)), firstRows));
            String key = key(filter, Sort.DATE_DE_COMMANDE, false);
            Position position = deepPositions.get(key);
            String cursor = cursor(filter, Sort.DATE_DE_COMMANDE, false, position);
            HttpRequest deep = HttpRequest.newBuilder(URI.create(list + "&curseur=" + cursor)).GET().build();
            JsonNode deepPage = send(client, deep);
            String firstId = deepPage.path("commandes").path(0).path("id").asText();
            if (!firstId.equals(deepExpected.get(key).getFirst().toString())) {
                throw new IllegalStateException("The deep page over HTTP does not start where expected: " + key);
            }
            shapes.add(new HttpShape("GET deep page (cursor), " + label(filter) + ", by date asc",
                    time(WARMUP * 2, HTTP_REPS, i -> send(client, deep)), deepPage.path("commandes").size()));
        }
        List<HttpRequest> searches = nirs.stream().map(nir -> HttpRequest.newBuilder(
                        URI.create(base + "/api/habitat/commandes/recherche"))
                .header("Content-Type", "application/json").header("X-CSRF-Token", csrf)
                .POST(HttpRequest.BodyPublishers.ofString("{\"nir\":\"" + nir + "\",\"limite\":" + PAGE + "}")).build())
                .toList();
        int found = 0;
        for (HttpRequest search : searches) {
            found += send(client, search).path("commandes").size();
        }
        shapes.add(new HttpShape("POST …/recherche (NIR search), open files, by date asc",
                time(WARMUP * 2, HTTP_REPS, i -> send(client, searches.get(i % searches.size()))),
                found / (double) searches.size()));
        return shapes;
    }

    /**
     * The list's opaque cursor, as {@code OrderCursor.encode} (application) writes it: base64url of
     * {@code 1|filter|sort|A/D|date|sent|id}. The benchmark checks that the page it opens starts at the expected
     * row, so a change of the format fails the run instead of measuring an error page.
     */
    private static String cursor(Filter filter, Sort sort, boolean descending, Position position) {
        String text = String.join("|", "1", filter.name(), sort.name(), descending ? "D" : "A",
                position.dateDeCommande().toString(), position.sent() ? "1" : "0", position.id().toString());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode send(HttpClient client, HttpRequest.Builder request) throws Exception {
        return send(client, request.build());
    }

    private static JsonNode send(HttpClient client, HttpRequest request) throws Exception {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.method() + " " + request.uri().getPath() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    // ------------------------------------------------------------------------------------------ data helpers

    private int listSize(HikariDataSource pool, UUID big, Filter filter) throws SQLException {
        String condition = switch (filter) {
            case OUVERTS -> "closed = false";
            case CLOS -> "closed = true";
            case VISITE_A_FAIRE -> "to_visit = true";
            case RELANCE -> "sent = false and order_date <= ?";
        };
        try (Connection connection = pool.getConnection(); PreparedStatement statement = connection.prepareStatement(
                "select count(*) from habitat_order where convention_id = ? and " + condition)) {
            statement.setObject(1, big);
            if (filter == Filter.RELANCE) {
                statement.setObject(2, relanceUpTo);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static int count(HikariDataSource pool, String sql, UUID id) throws SQLException {
        try (Connection connection = pool.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static List<String> sampleNirs(HikariDataSource pool, UUID big) throws SQLException {
        List<String> nirs = new ArrayList<>();
        try (Connection connection = pool.getConnection(); Statement seed = connection.createStatement()) {
            seed.execute("select setseed(0.7)");
            try (PreparedStatement statement = connection.prepareStatement(
                    "select nir from habitat_order where convention_id = ? and closed = false order by random() limit "
                            + NIRS)) {
                statement.setObject(1, big);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        nirs.add(rows.getString(1));
                    }
                }
            }
        }
        return nirs;
    }

    private static Map<String, String> relationSizes(HikariDataSource pool) throws SQLException {
        Map<String, String> sizes = new LinkedHashMap<>();
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select c.relname, pg_size_pretty(pg_relation_size(c.oid)) from pg_class c
                        join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = 'public' and (c.relname like 'habitat_%')
                        order by c.relkind desc, c.relname""")) {
            while (rows.next()) {
                sizes.put(rows.getString(1), rows.getString(2));
            }
        }
        return sizes;
    }

    // ------------------------------------------------------------------------------------------ report

    private static String label(Filter filter) {
        return switch (filter) {
            case OUVERTS -> "open files (no filter)";
            case VISITE_A_FAIRE -> "Visite à faire";
            case RELANCE -> "Relance";
            case CLOS -> "Dossier clos";
        };
    }

    private String report(String pgVersion, Map<String, String> pgSettings,
            HabitatData.Loaded loaded, long analyzeMillis, Map<String, String> relationSizes, Map<Filter, Integer> sizes,
            List<Shape> shapes, List<NirShape> nirShapes, List<HttpShape> http, double[] disturbance,
            double[] seconds) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("## Habitat list run of ").append(ZonedDateTime.now(ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"))).append("\n\n");
        out.append("- Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" CPUs (")
                .append(Report.cpuModel()).append("), ").append(Report.memTotal()).append(" RAM\n");
        out.append("- JDK: ").append(System.getProperty("java.vm.vendor")).append(' ')
                .append(System.getProperty("java.vm.name")).append(' ').append(Runtime.version()).append('\n');
        out.append("- ").append(pgVersion).append(" (io.zonky embedded), settings ").append(pgSettings).append('\n');
        out.append(String.format(Locale.ROOT, "- Data: %,d orders, %,d certificates, %,d decisions, loaded by COPY in"
                        + " %.1f s, VACUUM ANALYZE + CHECKPOINT %.1f s; sizes %s%n", loaded.orders(), loaded.certificates(),
                loaded.decisions(), loaded.millis() / 1000.0, analyzeMillis / 1000.0, relationSizes));
        out.append("- Lists of the big convention (200,000 orders): ");
        sizes.forEach((filter, size) -> out.append(label(filter)).append(String.format(Locale.ROOT, " %,d; ", size)));
        out.append('\n');
        out.append(String.format(Locale.ROOT, "- Repetitions: %d per keyset measure (after %d warm-up), %d per OFFSET"
                + " measure, %d per HTTP measure; page = %d rows (the adapter is asked for %d)%n", REPS, WARMUP,
                OFFSET_REPS, HTTP_REPS, PAGE, PAGE + 1));
        out.append(String.format(Locale.ROOT, "- CPU taken by other processes: load %s, database phase %s (%.0f s),"
                        + " HTTP phase %s (%.0f s); whole run %.0f s%n%n", Report.percent(disturbance[0]),
                Report.percent(disturbance[1]), seconds[0], Report.percent(disturbance[2]), seconds[1], seconds[2]));

        out.append("### In the database (ms, p50 / p95)\n\n");
        out.append("SQL = the statements the adapter ran, replayed on one JDBC connection (rows read);"
                + " adapter = `JooqInterventionOrders.page` (jOOQ, the deep page's NIR lookup, the domain objects)."
                + " Deep = the page after row *depth* (the cursor of that row). OFFSET = the first page's statement"
                + " with `offset depth`.\n\n");
        out.append("| Filter | Sort | Rows | First: SQL | First: adapter | Depth | Deep: SQL | Deep: adapter"
                + " | Deep ÷ first, SQL p50 / p95 | OFFSET: SQL | Index (deep page) |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        double worstP95 = 0;
        double worstRatio = 0;
        double worstMedianRatio = 0;
        int plansOk = 0;
        int plansAll = 0;
        for (Shape shape : shapes) {
            double ratio = shape.sqlDeep.ms(95) / shape.sqlFirst.ms(95);
            worstP95 = Math.max(worstP95, Math.max(shape.sqlFirst.ms(95), shape.sqlDeep.ms(95)));
            worstRatio = Math.max(worstRatio, ratio);
            double medianRatio = shape.sqlDeep.ms(50) / shape.sqlFirst.ms(50);
            worstMedianRatio = Math.max(worstMedianRatio, medianRatio);
            plansAll += 2;
            plansOk += (shape.planFirst.usesIndexInOrder() ? 1 : 0) + (shape.planDeep.usesIndexInOrder() ? 1 : 0);
            out.append("| ").append(label(shape.filter)).append(" | ").append(sortLabel(shape.sort, shape.descending))
                    .append(String.format(Locale.ROOT, " | %,d | ", shape.listSize)).append(shape.sqlFirst.p50p95())
                    .append(" | ").append(shape.adapterFirst.p50p95())
                    .append(String.format(Locale.ROOT, " | %,d | ", shape.depth)).append(shape.sqlDeep.p50p95())
                    .append(" | ").append(shape.adapterDeep.p50p95())
                    .append(String.format(Locale.ROOT, " | %.2f / %.2f | ", medianRatio, ratio))
                    .append(shape.offsetDeep.p50p95()).append(shape.planOffset.seqScan ? " (Seq Scan + Sort)"
                            : shape.planOffset.sorts ? " (+ Sort)" : " (" + shape.planOffset.index + ")")
                    .append(" | ").append(shape.planDeep.index).append(shape.planDeep.sorts ? " **+ Sort**" : "")
                    .append(shape.planFirst.index.equals(shape.planDeep.index) && !shape.planFirst.sorts ? ""
                            : " (first page: " + shape.planFirst.index + (shape.planFirst.sorts ? " **+ Sort**" : "")
                                    + ")")
                    .append(" |\n");
        }
        out.append("\n### NIR search in the database (ms, p50 / p95; 50 different NIRs in turn)\n\n");
        out.append("| Filter | Sort | Rows found (avg) | SQL | Adapter | Plan |\n|---|---|---|---|---|---|\n");
        double worstNir = 0;
        for (NirShape shape : nirShapes) {
            worstNir = Math.max(worstNir, shape.sql.ms(95));
            out.append("| ").append(label(shape.filter)).append(" | ").append(sortLabel(shape.sort, false))
                    .append(String.format(Locale.ROOT, " | %.2f | ", shape.averageRows)).append(shape.sql.p50p95())
                    .append(" | ").append(shape.adapter.p50p95()).append(" | ").append(shape.plan.index)
                    .append(shape.plan.sorts ? " + Sort (of the rows of that NIR)" : "")
                    .append(shape.plan.seqScan ? " **Seq Scan**" : "").append(" |\n");
        }
        out.append("\n### Over HTTP (ms, p50 / p95; Lea62's session, the 200,000-order convention selected)\n\n");
        out.append("| Request | Rows | p50 / p95 |\n|---|---|---|\n");
        for (HttpShape shape : http) {
            out.append("| ").append(shape.what()).append(" | ")
                    .append(String.format(Locale.ROOT, shape.rows() % 1 == 0 ? "%.0f" : "%.2f (average)", shape.rows()))
                    .append(" | ")
                    .append(shape.series().p50p95()).append(" |\n");
        }
        out.append(String.format(Locale.ROOT, "%n### Targets%n%n- Every keyset page p95 < 10 ms in the database (SQL):"
                        + " worst p95 %s ms (NIR search: %s ms) → **%s**%n", ms2(worstP95), ms2(worstNir),
                worstP95 < 10 && worstNir < 10 ? "met" : "not met"));
        out.append(String.format(Locale.ROOT, "- No page slower than the first by more than 2× (deep ÷ first, SQL):"
                        + " worst p50 ratio %.2f → **%s**; worst p95 ratio %.2f → **%s**%n", worstMedianRatio,
                worstMedianRatio <= 2 ? "met" : "not met", worstRatio, worstRatio <= 2 ? "met" : "not met"));
        out.append(String.format(Locale.ROOT, "- Plans: %d of %d keyset pages read one habitat_order index in the"
                + " list's order (no Sort node, no Seq Scan)%n", plansOk, plansAll));
        return out.toString();
    }

    private static String sortLabel(Sort sort, boolean descending) {
        String name = switch (sort) {
            case NIR -> "NIR";
            case DATE_DE_COMMANDE -> "date de commande";
            case RELANCE -> "relance";
        };
        return name + (descending ? " desc" : " asc");
    }

    private static String ms2(double ms) {
        return ms >= 100 ? String.format(Locale.ROOT, "%.0f", ms)
                : ms >= 10 ? String.format(Locale.ROOT, "%.1f", ms) : String.format(Locale.ROOT, "%.2f", ms);
    }

    private static void log(String message) {
        System.out.println("[habitat] " + message);
    }

    /**
     * The machine's CPU and what other processes took of it than this JVM, the PostgreSQL server and the other
     * processes of the benchmark ({@code ours}: a portal started in its own JVM).
     */
    static final class Machine {
        private final long postmaster;
        private final long[] ours;

        Machine(long postmaster, long... ours) {
            this.postmaster = postmaster;
            this.ours = ours;
        }

        final class Mark {
            private final long busy;
            private final long all;
            private final long ours;

            Mark() throws IOException {
                long[] machine = CpuSnapshot.machineTicks();
                busy = machine[0];
                all = machine[1];
                ours = ourTicks();
            }

            double othersShare() throws IOException {
                long[] machine = CpuSnapshot.machineTicks();
                long others = (machine[0] - busy) - (ourTicks() - ours);
                return Math.max(0, others) / (double) Math.max(1, machine[1] - all);
            }
        }

        Mark mark() throws IOException {
            return new Mark();
        }

        /**
         * This JVM plus the postmaster and all its children (the backends, the WAL writer, …), including the
         * children that already ended (the parallel query workers of the OFFSET queries), plus {@code ours}.
         */
        private long ourTicks() throws IOException {
            long ticks = CpuSnapshot.processTicks(ProcessHandle.current().pid()) + CpuSnapshot.treeTicks(postmaster);
            for (long pid : ours) {
                ticks += CpuSnapshot.treeTicks(pid);
            }
            return ticks;
        }
    }
}
