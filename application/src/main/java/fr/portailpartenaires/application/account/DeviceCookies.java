package fr.portailpartenaires.application.account;

import fr.portailpartenaires.application.shared.SigningKeys;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * OWASP's <em>device cookies</em> (issue 19, finding 1): a browser that logged in to an account receives a cookie
 * signed by the portal, naming that account and a random device number. While a stranger's failures hold the account
 * locked for unknown devices, that browser may still try: its failures are counted on its own device number.
 *
 * <p>Value: {@code v1.<login, base64url>.<device number>.<HMAC-SHA256, base64url>}, signed with the
 * {@link SigningKeys key} {@value #PURPOSE}, which every instance on the database shares. A cookie names one account:
 * a browser shared by two users keeps the last one's. Nothing in it is secret but the signature; it grants nothing
 * but the right to try a password.
 */
public final class DeviceCookies {

    public static final String PURPOSE = "device-cookie";
    private static final String VERSION = "v1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int MAX_LENGTH = 512;

    private final Supplier<byte[]> key;
    private final SecureRandom random = new SecureRandom();
    private volatile byte[] loaded;
    private volatile Mac prototype;

    /** @param keys read once, at the first cookie issued or checked */
    public DeviceCookies(SigningKeys keys) {
        Objects.requireNonNull(keys, "keys");
        this.key = () -> keys.key(PURPOSE);
    }

    /** A new cookie value for a browser that just logged in to the account of {@code loginKey}. */
    public String issue(String loginKey) {
        byte[] device = new byte[16];
        random.nextBytes(device);
        String payload = VERSION + "." + ENCODER.encodeToString(loginKey.getBytes(StandardCharsets.UTF_8)) + "."
                + ENCODER.encodeToString(device);
        return payload + "." + signature(payload);
    }

    /**
     * The device number of a well-signed cookie issued for {@code loginKey}; empty for no cookie, a forged or damaged
     * one, or one issued for another account.
     */
    public Optional<String> deviceOf(String cookie, String loginKey) {
        if (cookie == null || cookie.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String[] parts = cookie.split("\\.", -1);
        if (parts.length != 4 || !VERSION.equals(parts[0])) {
            return Optional.empty();
        }
        String payload = parts[0] + "." + parts[1] + "." + parts[2];
        if (!MessageDigest.isEqual(signature(payload).getBytes(StandardCharsets.US_ASCII),
                parts[3].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            String login = new String(DECODER.decode(parts[1]), StandardCharsets.UTF_8);
            return login.equals(loginKey) ? Optional.of(parts[2]) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private String signature(String payload) {
        return ENCODER.encodeToString(mac().doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A MAC ready with the key: a copy of one initialised at the first use (looking the algorithm up and deriving the
     * key's pads at each login cost more than the signature itself).
     */
    private Mac mac() {
        try {
            Mac ready = prototype;
            if (ready == null) {
                ready = Mac.getInstance("HmacSHA256");
                ready.init(new SecretKeySpec(key(), "HmacSHA256"));
                prototype = ready;
            }
            return (Mac) ready.clone();
        } catch (GeneralSecurityException | CloneNotSupportedException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK, and cloneable", e);
        }
    }

    private byte[] key() {
        byte[] current = loaded;
        if (current == null) {
            current = key.get();
            loaded = current;
        }
        return current;
    }
}
