package fr.portailpartenaires.domain.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Passwords too common or already breached to be accepted, matched case-insensitively (after
 * Unicode NFKC normalization).
 */
public final class PasswordBlocklist {

    private static final String BUNDLED_RESOURCE = "common-passwords.txt";

    private final Set<String> entries;

    private PasswordBlocklist(Collection<String> passwords) {
        this.entries = passwords.stream()
                .map(PasswordBlocklist::normalize)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** A blocklist of exactly these passwords. */
    public static PasswordBlocklist of(Set<String> passwords) {
        passwords.forEach(password -> Objects.requireNonNull(password, "password"));
        return new PasswordBlocklist(passwords);
    }

    /** The list shipped with the domain: a few hundred of the most common passwords, French ones included. */
    public static PasswordBlocklist bundled() {
        return Bundled.INSTANCE;
    }

    public boolean contains(String password) {
        return entries.contains(normalize(password));
    }

    public int size() {
        return entries.size();
    }

    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    static PasswordBlocklist read(InputStream in) throws IOException {
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return new PasswordBlocklist(reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList());
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PasswordBlocklist that && entries.equals(that.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return "PasswordBlocklist[" + entries.size() + " entries]";
    }

    private static final class Bundled {
        static final PasswordBlocklist INSTANCE = load();

        private static PasswordBlocklist load() {
            InputStream in = PasswordBlocklist.class.getResourceAsStream(BUNDLED_RESOURCE);
            if (in == null) {
                throw new IllegalStateException("Missing resource " + BUNDLED_RESOURCE);
            }
            try {
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
