package fr.portailpartenaires.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.postgresql.PGConnection;

/**
 * The benchmark's data set: intervention orders spread over conventions, with their visit certificates and
 * decisions, loaded with PostgreSQL's COPY (CSV) in batches on two connections. Every row is one the portal
 * itself could have written: the state columns agree with the certificate and the decision (V11's checks), the
 * NIRs carry a valid key, names and addresses pass the domain's rules (the adapter rebuilds the domain objects
 * from each row it lists). Rows of all conventions are interleaved in the table, as orders arriving over three
 * years would be; the random generator is seeded, so every run loads the same data.
 *
 * <p>States, independent of the convention (a backlog-heavy mix, so that every filter's list is long):
 * 30 % no certificate (Visite à faire), 10 % draft, 15 % transmitted awaiting the decision, 35 % transmitted with
 * the decision loaded (closed), 10 % sans suite (closed). Orders younger than 5 days have no certificate yet.
 * Dates de commande are uniform over the last 1,095 days, so about 94 % of the files not sent are en relance.
 */
final class HabitatData {

    static final int HISTORY_DAYS = 1095;
    private static final int BATCH = 20_000;

    private static final String[] LAST_NAMES = {"MARTIN", "BERNARD", "THOMAS", "PETIT", "ROBERT", "RICHARD",
        "DURAND", "DUBOIS", "MOREAU", "LAURENT", "SIMON", "MICHEL", "LEFÈVRE", "LEROY", "ROUX", "DAVID", "BERTRAND",
        "MOREL", "FOURNIER", "GIRARD", "BONNET", "DUPONT", "LAMBERT", "FONTAINE", "ROUSSEAU", "VINCENT", "MÜLLER",
        "LEFEBVRE", "FAURE", "ANDRÉ", "MERCIER", "BLANC", "GUÉRIN", "BOYER", "GARNIER", "CHEVALIER", "FRANÇOIS",
        "LEGRAND", "GAUTHIER", "GARCIA", "PERRIN", "ROBIN", "CLÉMENT", "MORIN", "NICOLAS", "HENRY", "ROUSSEL",
        "MATHIEU", "D'ALMEIDA", "LE GALL"};
    private static final String[] FIRST_NAMES = {"Jeanne", "Marie", "André", "Hélène", "François", "Cécile",
        "Étienne", "Josiane", "Gérard", "Monique", "Jacques", "Françoise", "Michel", "Denise", "Bernard", "Odette",
        "Jean-Pierre", "Geneviève", "René", "Simone", "Lucien", "Colette", "Raymond", "Yvette", "Marcel", "Thérèse"};
    private static final String[][] TOWNS = {{"62000", "Arras"}, {"59000", "Lille"}, {"80000", "Amiens"},
        {"62100", "Calais"}, {"59140", "Dunkerque"}, {"02100", "Saint-Quentin"}, {"60000", "Beauvais"},
        {"62200", "Boulogne-sur-Mer"}, {"59300", "Valenciennes"}, {"62300", "Lens"}};
    private static final String[] STREETS = {"rue Ernestale", "rue de l'Église", "place des Héros",
        "avenue Jean Jaurès", "rue Victor Hugo", "chemin des Prés", "boulevard de la Liberté", "rue du Moulin"};
    private static final String HOUSING = "Maison individuelle à étage, chambre et salle de bain à l'étage ; "
            + "vit seule, aide à domicile deux fois par semaine.";
    private static final String OBSERVATIONS = "Baignoire haute que la personne ne peut plus enjamber ; escalier "
            + "sans rampe ; seuils de porte à supprimer.";
    private static final String RECOMMENDATIONS = "Remplacer la baignoire par une douche de plain-pied, poser deux "
            + "barres d'appui et une rampe d'escalier.";

    /** A convention and how many orders it gets. */
    record Share(UUID conventionId, int orders) {
    }

    /** What was loaded. */
    record Loaded(long orders, long certificates, long decisions, long millis) {
    }

    private HabitatData() {
    }

    /**
     * Loads the orders: {@code shares} say how many for each convention; their rows are shuffled together. Each
     * connection of {@code connections} loads every other batch.
     */
    static Loaded load(Supplier<Connection> connections, List<Share> shares, LocalDate today, long seed)
            throws Exception {
        long start = System.nanoTime();
        int total = shares.stream().mapToInt(Share::orders).sum();
        int[] conventionOf = new int[total];
        int next = 0;
        for (int c = 0; c < shares.size(); c++) {
            for (int i = 0; i < shares.get(c).orders(); i++) {
                conventionOf[next++] = c;
            }
        }
        SplittableRandom shuffle = new SplittableRandom(seed);
        for (int i = total - 1; i > 0; i--) {
            int j = shuffle.nextInt(i + 1);
            int kept = conventionOf[i];
            conventionOf[i] = conventionOf[j];
            conventionOf[j] = kept;
        }
        int batches = (total + BATCH - 1) / BATCH;
        int threads = 2;
        long[] counts = new long[3];
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<long[]>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    long[] mine = new long[3];
                    try (Connection connection = connections.get()) {
                        connection.setAutoCommit(true);
                        for (int b = thread; b < batches; b += threads) {
                            long[] batch = batch(connection, shares, conventionOf, b * BATCH,
                                    Math.min(total, (b + 1) * BATCH), today, new SplittableRandom(seed * 1_000_003L + b));
                            for (int k = 0; k < 3; k++) {
                                mine[k] += batch[k];
                            }
                        }
                    }
                    return mine;
                }));
            }
            for (Future<long[]> future : done) {
                long[] mine = future.get();
                for (int k = 0; k < 3; k++) {
                    counts[k] += mine[k];
                }
            }
        }
        return new Loaded(counts[0], counts[1], counts[2], (System.nanoTime() - start) / 1_000_000);
    }

    private static long[] batch(Connection connection, List<Share> shares, int[] conventionOf, int from, int to,
            LocalDate today, SplittableRandom random) throws SQLException, java.io.IOException {
        StringBuilder orders = new StringBuilder((to - from) * 520);
        StringBuilder certificates = new StringBuilder((to - from) * 300);
        StringBuilder decisions = new StringBuilder((to - from) * 40);
        long certificateCount = 0;
        long decisionCount = 0;
        for (int i = from; i < to; i++) {
            UUID id = new UUID(random.nextLong(), random.nextLong());
            UUID conventionId = shares.get(conventionOf[i]).conventionId();
            LocalDate ordered = today.minusDays(random.nextInt(HISTORY_DAYS + 1));
            int roll = random.nextInt(100);
            String state;
            boolean decided = false;
            if (ordered.isAfter(today.minusDays(5)) || roll < 30) {
                state = "AUCUNE";
            } else if (roll < 40) {
                state = "BROUILLON";
            } else if (roll < 55) {
                state = "TRANSMISE";
            } else if (roll < 90) {
                state = "TRANSMISE";
                decided = true;
            } else {
                state = "SANS_SUITE";
            }
            boolean sent = state.equals("TRANSMISE") || state.equals("SANS_SUITE");
            boolean closed = decided || state.equals("SANS_SUITE");
            String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
            String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
            String[] town = TOWNS[random.nextInt(TOWNS.length)];
            OffsetDateTime created = ordered.atTime(8, 30).atOffset(ZoneOffset.UTC);
            // id, convention_id, nir, last_name, first_name, addr_numero, addr_voie, addr_code_postal, addr_commune,
            // phone, ressources, order_date, provider_name, provider_coordinates, eva_date, eva_gir, eva_housing,
            // certificate_state, to_visit, sent, closed, created_at, version
            orders.append(id).append(',').append(conventionId).append(',').append(nir(random)).append(',')
                    .append(csv(last)).append(',').append(first).append(',')
                    .append(1 + random.nextInt(200)).append(',').append(csv(STREETS[random.nextInt(STREETS.length)]))
                    .append(',').append(town[0]).append(',').append(town[1]).append(',')
                    .append(String.format(Locale.ROOT, "03%08d", random.nextInt(100_000_000))).append(',')
                    .append(random.nextBoolean() ? "PS" : "C").append(',').append(ordered).append(',')
                    .append("Soliha Hauts-de-France,\"03 21 00 00 01, habitat@soliha.example\",")
                    .append(ordered.minusDays(10)).append(',').append(1 + random.nextInt(6)).append(',')
                    .append(csv(HOUSING)).append(',').append(state).append(',').append(state.equals("AUCUNE"))
                    .append(',').append(sent).append(',').append(closed).append(',').append(created).append(",0\n");
            if (!state.equals("AUCUNE")) {
                certificateCount++;
                LocalDate visit = ordered.plusDays(2);
                OffsetDateTime at = ordered.plusDays(3).atTime(10, 0).atOffset(ZoneOffset.UTC);
                // order_id, state, visit_date, observations, recommended_works, recommendations, saved_at,
                // transmitted_at, sans_suite_motif, sans_suite_comment, declared_at
                certificates.append(id).append(',').append(state).append(',');
                switch (state) {
                    case "BROUILLON" -> certificates.append(visit).append(',').append(csv(OBSERVATIONS))
                            .append(",\"SALLE_DE_BAIN,BARRES_D_APPUI\",").append(csv(RECOMMENDATIONS)).append(',')
                            .append(at).append(",,,,\n");
                    case "TRANSMISE" -> certificates.append(visit).append(',').append(csv(OBSERVATIONS))
                            .append(",\"SALLE_DE_BAIN,BARRES_D_APPUI\",").append(csv(RECOMMENDATIONS)).append(",,")
                            .append(at).append(",,,\n");
                    default -> certificates.append(",,,,,,REFUS_DU_BENEFICIAIRE,")
                            .append("Ne souhaite pas de travaux pour le moment.,").append(at).append('\n');
                }
            }
            if (decided) {
                decisionCount++;
                decisions.append(id).append(",SALLE_DE_BAIN,350000,").append(ordered.plusDays(45))
                        .append(",12,AVEC_SUBROGATION\n");
            }
        }
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        long loaded = copy.copyIn("copy habitat_order (id, convention_id, nir, last_name, first_name, addr_numero,"
                + " addr_voie, addr_code_postal, addr_commune, phone, ressources, order_date, provider_name,"
                + " provider_coordinates, eva_date, eva_gir, eva_housing, certificate_state, to_visit, sent, closed,"
                + " created_at, version) from stdin with (format csv)", new StringReader(orders.toString()));
        if (certificateCount > 0) {
            copy.copyIn("copy habitat_visit_certificate (order_id, state, visit_date, observations,"
                    + " recommended_works, recommendations, saved_at, transmitted_at, sans_suite_motif,"
                    + " sans_suite_comment, declared_at) from stdin with (format csv)",
                    new StringReader(certificates.toString()));
        }
        if (decisionCount > 0) {
            copy.copyIn("copy habitat_decision (order_id, work_type, ceiling_cents, effective_date, duration_months,"
                    + " payment_terms) from stdin with (format csv)", new StringReader(decisions.toString()));
        }
        return new long[] {loaded, certificateCount, decisionCount};
    }

    /** A valid NIR of a person born 1925–1960: sex, year, month, département, commune, order number and key. */
    static String nir(SplittableRandom random) {
        int departement = 1 + random.nextInt(95);
        if (departement == 20) {
            departement = 62;
        }
        String withoutKey = String.format(Locale.ROOT, "%d%02d%02d%02d%03d%03d", 1 + random.nextInt(2),
                25 + random.nextInt(36), 1 + random.nextInt(12), departement, 1 + random.nextInt(999),
                1 + random.nextInt(999));
        return withoutKey + String.format(Locale.ROOT, "%02d", 97 - Long.parseLong(withoutKey) % 97);
    }

    private static String csv(String value) {
        return value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf(';') >= 0
                ? '"' + value.replace("\"", "\"\"") + '"'
                : value;
    }

    /** Adds conventions (validated, ergothérapeute) like the given one: same caisse and partner type. */
    static void addConventions(Connection connection, UUID model, UUID partnerId, List<UUID> ids, String codePrefix,
            OffsetDateTime requestedAt) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into convention (id, partner_id, caisse_code, code, partner_type, status, requested_at,
                    decided_at, version)
                select ?, ?, caisse_code, ?, partner_type, 'VALIDEE', ?, ?, 0 from convention where id = ?""")) {
            for (int i = 0; i < ids.size(); i++) {
                insert.setObject(1, ids.get(i));
                insert.setObject(2, partnerId);
                insert.setString(3, codePrefix + String.format(Locale.ROOT, "%02d", i));
                insert.setObject(4, requestedAt);
                insert.setObject(5, requestedAt);
                insert.setObject(6, model);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
