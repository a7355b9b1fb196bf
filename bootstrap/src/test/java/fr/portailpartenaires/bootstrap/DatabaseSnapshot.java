package fr.portailpartenaires.bootstrap;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import fr.portailpartenaires.application.shared.SessionPolicy;
import org.jooq.DSLContext;

/**
 * What the portal's database holds, table by table: the number of rows and a SHA-256 of their content (whatever
 * their order), without what a refused request may legitimately change; and, on the way, every id (UUID) it holds,
 * grouped by column, for the requests to name real things.
 *
 * @param tables per table (lower case), its rows and their hash
 * @param ids    per column holding UUIDs ({@code table.column}), its values, sorted
 */
record DatabaseSnapshot(Map<String, String> tables, Map<String, List<String>> ids) {

    /**
     * Tables left out entirely, each for a reason that holds whatever the request's answer: they record that requests
     * came, not what the application holds.
     */
    static final Map<String, String> UNWATCHED_TABLES = Map.of(
            "login_attempt", "the throttling counters: every login, forgotten-password, contact, registration and "
                    + "captcha request counts against its account and its source address, refused ones first of all",
            "captcha_challenge", "a captcha is spent by its first verification, right or wrong (a refused form "
                    + "consumes it, so that it cannot be tried twice)",
            "audit_chain_head", "the end of the audit chain, which moves with every entry, refusals' included (the "
                    + "entries themselves are watched, see REFUSALS_AUDITED)",
            "signing_key", "the device cookies' key, drawn by the first request that needs one, whatever its answer",
            "flyway_schema_history", "the migrations, which no request runs");

    /** Columns left out: a refused request of a logged-in user is still activity that keeps their session alive. */
    static final Set<String> UNWATCHED_COLUMNS = Set.of("web_session.last_seen_at");

    /** Audit entries a refused request writes on purpose (spec §8.3: failed and throttled logins are security events). */
    static final Set<String> REFUSALS_AUDITED = Set.of("LOGIN_FAILED", "LOGIN_THROTTLED", "REQUESTS_THROTTLED",
            "OWNER_WARNED");

    /** Mails a refused request sends on purpose: the owner's warning when their account is being guessed (issue 19). */
    static final String REFUSALS_MAILED = "NOTIFICATION_SECURITE";

    /**
     * Sessions that have ended by the portal's clock (30 minutes idle, 10 hours old: the demonstration's clock may be
     * moved forward by a request) are deleted by the first request that presents them, which answers 401 — the
     * session was over already: only the live ones are watched.
     */
    static final SessionPolicy SESSIONS = SessionPolicy.DEFAULT;

    /** The snapshot now, {@code now} being the portal's time (which tells the live sessions). */
    static DatabaseSnapshot of(DSLContext dsl, Instant now) {
        return dsl.connectionResult(connection -> of(connection, now));
    }

    private static DatabaseSnapshot of(Connection connection, Instant now) throws SQLException {
        Map<String, String> tables = new TreeMap<>();
        Map<String, List<String>> ids = new TreeMap<>();
        for (String table : tableNames(connection)) {
            if (!UNWATCHED_TABLES.containsKey(table)) {
                tables.put(table, content(connection, table, now, ids));
            }
        }
        ids.replaceAll((column, values) -> values.stream().distinct().sorted().toList());
        ids.values().removeIf(List::isEmpty);
        return new DatabaseSnapshot(tables, ids);
    }

    /** The tables whose content differs from the other snapshot's, with their rows and hashes before and after. */
    Map<String, String> differencesFrom(DatabaseSnapshot before) {
        Map<String, String> differences = new LinkedHashMap<>();
        Set<String> names = new TreeSet<>(tables.keySet());
        names.addAll(before.tables.keySet());
        for (String table : names) {
            String was = before.tables.get(table);
            String now = tables.get(table);
            if (!java.util.Objects.equals(was, now)) {
                differences.put(table, was + " → " + now);
            }
        }
        return differences;
    }

    /** The ids, each column's as one list, in a stable order (for the requests to pick among). */
    List<List<String>> idsByColumn() {
        return List.copyOf(ids.values());
    }

    private static List<String> tableNames(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        DatabaseMetaData metaData = connection.getMetaData();
        try (ResultSet rows = metaData.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                names.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    private static String content(Connection connection, String table, Instant now, Map<String, List<String>> ids)
            throws SQLException {
        String where = switch (table) {
            case "audit_event" -> " where action not in ('" + String.join("', '", REFUSALS_AUDITED) + "')";
            case "web_session" -> " where last_seen_at > ? and created_at > ?";
            case "mail_outbox" -> " where template <> '" + REFUSALS_MAILED + "'";
            default -> "";
        };
        List<String> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("select * from " + table + where)) {
            if ("web_session".equals(table)) {
                statement.setObject(1, now.minus(SESSIONS.idleTimeout()).atOffset(ZoneOffset.UTC));
                statement.setObject(2, now.minus(SESSIONS.absoluteLifetime()).atOffset(ZoneOffset.UTC));
            }
            try (ResultSet result = statement.executeQuery()) {
                ResultSetMetaData columns = result.getMetaData();
                List<Integer> watched = new ArrayList<>();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    String column = table + "." + columns.getColumnName(i).toLowerCase(Locale.ROOT);
                    if (!UNWATCHED_COLUMNS.contains(column)) {
                        watched.add(i);
                    }
                    if ("uuid".equalsIgnoreCase(columns.getColumnTypeName(i))) {
                        ids.put(column, new ArrayList<>());
                    }
                }
                while (result.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i : watched) {
                        String value = result.getString(i);
                        row.append(value).append('\u0001');
                        String column = table + "." + columns.getColumnName(i).toLowerCase(Locale.ROOT);
                        if (value != null && ids.containsKey(column)) {
                            ids.get(column).add(value);
                        }
                    }
                    rows.add(row.toString());
                }
            }
        }
        rows.sort(null);
        MessageDigest sha256 = sha256();
        rows.forEach(row -> sha256.update(row.getBytes(StandardCharsets.UTF_8)));
        return rows.size() + " rows " + HexFormat.of().formatHex(sha256.digest(), 0, 8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
