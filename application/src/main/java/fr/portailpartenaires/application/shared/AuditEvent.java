package fr.portailpartenaires.application.shared;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One entry of the audit trail (spec §8.3): who did what, when, on what, from where.
 *
 * <p>The trail must never hold a NIR or a password. The constructor enforces it: a text that
 * looks like a NIR (13 or 15 digits, possibly grouped as {@code 1 85 05 78 006 084 36}, Corsica's
 * {@code 2A}/{@code 2B} included) or a detail key named like a password ({@code password},
 * {@code newPassword}, {@code motDePasse}, {@code mdp}…) is a programming error and throws {@link IllegalArgumentException}.
 * Write a partner's or user's id instead.
 *
 * @param occurredAt    when it happened (from the use case's {@code Clock})
 * @param actor         who: a user id, a login key, {@link #SYSTEM} or {@link #ANONYMOUS}
 * @param scope         the partner id or caisse code the actor acted for, if any
 * @param action        what: an upper-case code, usually one of {@link AuditAction}
 * @param target        on what: the id of the user, registration, file… concerned, if any
 * @param sourceAddress from where: the client's IP address, if known
 * @param details       a few more facts, e.g. {@code reason=WRONG_PASSWORD}; sorted by key
 */
public record AuditEvent(
        Instant occurredAt,
        String actor,
        Optional<String> scope,
        String action,
        Optional<String> target,
        Optional<String> sourceAddress,
        Map<String, String> details) {

    /** The actor of scheduled jobs and other events the portal causes itself. */
    public static final String SYSTEM = "system";
    /** The actor of events caused by someone not logged in (a failed login, a registration). */
    public static final String ANONYMOUS = "anonymous";

    public static final int MAX_ACTOR_LENGTH = 100;
    public static final int MAX_SCOPE_LENGTH = 100;
    public static final int MAX_ACTION_LENGTH = 60;
    public static final int MAX_TARGET_LENGTH = 200;
    public static final int MAX_SOURCE_ADDRESS_LENGTH = 64;
    public static final int MAX_DETAILS = 16;
    public static final int MAX_DETAIL_KEY_LENGTH = 40;
    public static final int MAX_DETAIL_VALUE_LENGTH = 200;

    private static final Pattern ACTION = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern DETAIL_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");
    private static final Pattern NIR_LIKE = Pattern.compile(
            "(?<![0-9])\\d[ .-]?\\d{2}[ .-]?\\d{2}[ .-]?(?:\\d{2}|2[ABab])[ .-]?\\d{3}[ .-]?\\d{3}(?:[ .-]?\\d{2})?(?![0-9])");
    private static final Pattern UUID_LIKE = Pattern.compile(
            "\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b");
    private static final Pattern PASSWORD_LIKE_KEY = Pattern.compile("password|passwd|passphrase|motdepasse");
    private static final Set<String> PASSWORD_ABBREVIATIONS = Set.of("pwd", "mdp");

    public AuditEvent {
        Objects.requireNonNull(occurredAt, "occurredAt");
        actor = text("actor", actor, MAX_ACTOR_LENGTH);
        scope = optionalText("scope", scope, MAX_SCOPE_LENGTH);
        Objects.requireNonNull(action, "action");
        if (action.length() > MAX_ACTION_LENGTH || !ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("An audit action is an upper-case code like LOGIN_FAILED: " + action);
        }
        target = optionalText("target", target, MAX_TARGET_LENGTH);
        sourceAddress = optionalText("sourceAddress", sourceAddress, MAX_SOURCE_ADDRESS_LENGTH);
        details = checkedDetails(details);
    }

    /** An event with no scope, target, source address or details; add them with the {@code with…} methods. */
    public static AuditEvent of(Instant occurredAt, String actor, AuditAction action) {
        return of(occurredAt, actor, action.code());
    }

    /** As {@link #of(Instant, String, AuditAction)} for a code that is not a well-known {@link AuditAction}. */
    public static AuditEvent of(Instant occurredAt, String actor, String action) {
        return new AuditEvent(occurredAt, actor, Optional.empty(), action, Optional.empty(), Optional.empty(), Map.of());
    }

    public AuditEvent withScope(String scope) {
        return new AuditEvent(occurredAt, actor, Optional.ofNullable(scope), action, target, sourceAddress, details);
    }

    public AuditEvent withTarget(String target) {
        return new AuditEvent(occurredAt, actor, scope, action, Optional.ofNullable(target), sourceAddress, details);
    }

    public AuditEvent withSourceAddress(String sourceAddress) {
        return new AuditEvent(occurredAt, actor, scope, action, target, Optional.ofNullable(sourceAddress), details);
    }

    public AuditEvent withDetail(String key, String value) {
        Map<String, String> more = new TreeMap<>(details);
        more.put(key, value);
        return new AuditEvent(occurredAt, actor, scope, action, target, sourceAddress, more);
    }

    private static String text(String name, String value, int maxLength) {
        Objects.requireNonNull(value, name);
        if (value.isBlank() || value.length() > maxLength) {
            throw new IllegalArgumentException("The audit " + name + " must have 1 to " + maxLength + " characters");
        }
        refuseNirLike(name, value);
        return value;
    }

    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    private static Optional<String> optionalText(String name, Optional<String> value, int maxLength) {
        Objects.requireNonNull(value, name);
        return value.filter(text -> !text.isBlank()).map(text -> text(name, text, maxLength));
    }

    private static Map<String, String> checkedDetails(Map<String, String> details) {
        Objects.requireNonNull(details, "details");
        if (details.size() > MAX_DETAILS) {
            throw new IllegalArgumentException("An audit event carries at most " + MAX_DETAILS + " details");
        }
        SortedMap<String, String> sorted = new TreeMap<>();
        details.forEach((key, value) -> {
            Objects.requireNonNull(key, "detail key");
            Objects.requireNonNull(value, "detail value of " + key);
            if (key.length() > MAX_DETAIL_KEY_LENGTH || !DETAIL_KEY.matcher(key).matches()) {
                throw new IllegalArgumentException("An audit detail key is a short identifier: " + key);
            }
            if (namesAPassword(key)) {
                throw new IllegalArgumentException("The audit trail never holds a password (detail " + key + ")");
            }
            if (value.length() > MAX_DETAIL_VALUE_LENGTH) {
                throw new IllegalArgumentException("The audit detail " + key + " is longer than " + MAX_DETAIL_VALUE_LENGTH);
            }
            refuseNirLike("detail " + key, value);
            sorted.put(key, value);
        });
        return Collections.unmodifiableSortedMap(sorted);
    }

    private static boolean namesAPassword(String key) {
        String words = key.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        return PASSWORD_LIKE_KEY.matcher(words.replaceAll("[^a-z]", "")).find()
                || Arrays.stream(words.split("[^a-z]+")).anyMatch(PASSWORD_ABBREVIATIONS::contains);
    }

    /**
     * True when the trail would refuse this text as looking like a NIR (identifiers aside): a use case
     * recording free text a user typed (a name, an e-mail…) writes something else in its place.
     */
    public static boolean looksLikeNir(String text) {
        // identifiers (UUIDs) are not personal data but may hold digit runs shaped like a NIR
        return NIR_LIKE.matcher(UUID_LIKE.matcher(text).replaceAll("#")).find();
    }

    private static void refuseNirLike(String name, String value) {
        if (looksLikeNir(value)) {
            // the value itself is not repeated: it may be a real NIR
            throw new IllegalArgumentException("The audit trail never holds a NIR: the " + name + " looks like one");
        }
    }
}
