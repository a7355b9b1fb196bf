package fr.portailpartenaires.domain.shared;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An e-mail address, checked pragmatically rather than against the whole of RFC 5322: one
 * {@code @}, a non-empty local part of at most 64 characters, a domain made of non-empty labels
 * with at least one dot, no whitespace, at most 254 characters in all.
 *
 * <p>The address is kept as typed (trimmed, case preserved) because it is shown back to its owner;
 * {@link #normalized()} is the lower-case form to compare or check uniqueness with.
 *
 * @param value the trimmed address, as typed
 */
public record EmailAddress(String value) {

    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_PART = 64;
    private static final Refusal WRONG_FORMAT = Refusal.of("email.format_invalide");

    public EmailAddress {
        Objects.requireNonNull(value, "value");
        refusalOf(value).ifPresent(refusal -> {
            throw new InvalidValueException(refusal);
        });
    }

    public static Result<EmailAddress> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Result.refused("email.obligatoire");
        }
        String trimmed = raw.strip();
        return refusalOf(trimmed).<Result<EmailAddress>>map(Result::refused)
                .orElseGet(() -> Result.ok(new EmailAddress(trimmed)));
    }

    public static EmailAddress of(String raw) {
        return parse(raw).orElseThrow();
    }

    /** The address in lower case, for comparisons and uniqueness checks. */
    public String normalized() {
        return value.toLowerCase(Locale.ROOT);
    }

    private static Optional<Refusal> refusalOf(String candidate) {
        if (candidate.length() > MAX_LENGTH) {
            return Optional.of(Refusal.of("email.trop_longue", MAX_LENGTH));
        }
        int at = candidate.indexOf('@');
        if (at <= 0 || at != candidate.lastIndexOf('@') || at > MAX_LOCAL_PART
                || candidate.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))
                || !isDomain(candidate.substring(at + 1))) {
            return Optional.of(WRONG_FORMAT);
        }
        return Optional.empty();
    }

    private static boolean isDomain(String domain) {
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (label.isEmpty() || label.startsWith("-") || label.endsWith("-")) {
                return false;
            }
        }
        return true;
    }
}
