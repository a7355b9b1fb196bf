package fr.portailpartenaires.adapters.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * How {@link JooqAuditLog} writes an entry: its details as text, and the canonical form its hash
 * covers. Both are deterministic (sorted keys, one escaping), so the hash recomputed from a stored
 * row equals the hash computed at append time on H2 and PostgreSQL alike.
 */
final class JooqAuditLogFormat {

    /** The previous hash of the first entry. */
    static final String GENESIS = "0".repeat(64);

    private static final String VERSION = "audit-v1";

    private JooqAuditLogFormat() {
    }

    /** The instant as both databases store it ({@code timestamp with time zone} keeps microseconds). */
    static Instant storable(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** The details as sorted {@code key=value} lines; the value is escaped so it holds no line break. */
    static String details(Map<String, String> details) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(details).forEach((key, value) -> {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(key).append('=').append(escape(value));
        });
        return text.toString();
    }

    /** The inverse of {@link #details(Map)} (keys never contain {@code =} nor a line break). */
    static Map<String, String> parseDetails(String text) {
        Map<String, String> details = new TreeMap<>();
        if (text.isEmpty()) {
            return details;
        }
        for (String line : text.split("\n", -1)) {
            int equals = line.indexOf('=');
            if (equals < 1) {
                throw new IllegalStateException("Unreadable audit details line");
            }
            details.put(line.substring(0, equals), unescape(line.substring(equals + 1)));
        }
        return details;
    }

    /**
     * The hex SHA-256 of the previous hash and the entry's stored columns, one escaped field per
     * line, an absent field as an empty line (a present field is never blank).
     */
    static String hash(String previousHash, Instant occurredAt, String actor, String scope, String action,
            String target, String sourceAddress, String details) {
        String canonical = String.join("\n", VERSION, previousHash, storable(occurredAt).toString(),
                field(actor), field(scope), field(action), field(target), field(sourceAddress), field(details));
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }

    private static String field(String value) {
        return value == null ? "" : escape(value);
    }

    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String value) {
        StringBuilder text = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                text.append(switch (next) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }
}
