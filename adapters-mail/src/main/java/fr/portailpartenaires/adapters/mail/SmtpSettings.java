package fr.portailpartenaires.adapters.mail;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach the SMTP server and who the mails are from. {@code toString()} never shows the password.
 *
 * @param host        the SMTP server
 * @param port        its port (25, 587 for SMTP_TLS, 465 for SMTPS…)
 * @param username    the login, when the server asks for one
 * @param password    its password; only with a username
 * @param transport   plain SMTP, STARTTLS (SMTP_TLS, required) or SMTP over TLS (SMTPS)
 * @param fromAddress the sender's address, e.g. {@code ne-pas-repondre@partenaires.example.fr}
 * @param fromName    the sender's name shown to recipients, e.g. {@code Portail partenaires}
 * @param timeout     connection, read and write timeout
 */
public record SmtpSettings(String host, int port, Optional<String> username, Optional<String> password,
        Transport transport, String fromAddress, String fromName, Duration timeout) {

    /** The three ways of talking to the SMTP server. */
    public enum Transport {
        /** Plain SMTP (a relay on a private network, tests). */
        SMTP,
        /** SMTP upgraded to TLS with STARTTLS, which must succeed. */
        SMTP_TLS,
        /** SMTP inside TLS from the first byte. */
        SMTPS
    }

    public SmtpSettings {
        requireText(host, "host");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("The SMTP port must be between 1 and 65535, was " + port);
        }
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        if (password.isPresent() && username.isEmpty()) {
            throw new IllegalArgumentException("An SMTP password needs a username");
        }
        Objects.requireNonNull(transport, "transport");
        requireText(fromAddress, "fromAddress");
        requireText(fromName, "fromName");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero() || timeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("The SMTP timeout must be positive, was " + timeout);
        }
    }

    @Override
    public String toString() {
        return "SmtpSettings[host=" + host + ", port=" + port + ", username=" + username.orElse("(aucun)")
                + ", password=" + (password.isPresent() ? "***" : "(aucun)") + ", transport=" + transport
                + ", from=" + fromName + " <" + fromAddress + ">, timeout=" + timeout + "]";
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException("The SMTP setting " + name + " must not be blank");
        }
    }
}
