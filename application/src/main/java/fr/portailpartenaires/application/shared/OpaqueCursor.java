package fr.portailpartenaires.application.shared;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The opaque cursor of a keyset-paginated list, as a client passes it back: base64url (unpadded) of the fields of
 * the page's last row, joined by {@code |}. What the fields mean, and the refusal of a cursor that does not decode,
 * are the list's.
 */
public final class OpaqueCursor {

    private static final String SEPARATOR = "|";

    private OpaqueCursor() {
    }

    /** The cursor of these fields, none of which may hold {@code |}. */
    public static String encode(String... fields) {
        if (Arrays.stream(fields).anyMatch(field -> field.contains(SEPARATOR))) {
            throw new IllegalArgumentException("A cursor's field holds no " + SEPARATOR);
        }
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, fields).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor's fields; empty when it is not base64url or does not hold exactly {@code count} fields. */
    public static Optional<List<String>> decode(String cursor, int count) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        List<String> fields = List.of(text.split("\\" + SEPARATOR, -1));
        return fields.size() == count ? Optional.of(fields) : Optional.empty();
    }
}
