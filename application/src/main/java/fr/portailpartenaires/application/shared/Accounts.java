package fr.portailpartenaires.application.shared;

import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.partner.PartnerUser;
import fr.portailpartenaires.domain.shared.PhoneNumber;
import fr.portailpartenaires.domain.shared.Components;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.user.FirstName;
import fr.portailpartenaires.domain.user.LastName;
import fr.portailpartenaires.domain.user.Login;
import fr.portailpartenaires.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everyone who logs in — partner users and caisse administrators — and their identity: login, names, phone, e-mail
 * address, password and status (the closing date). It is the one owner and the one writer of these facts (ADR 26): the
 * partner ({@link Partners}) and the AFAS conventions refer to an account by its id and write none of them; a use case
 * that changes a partner user's identity does it here, step by step, in its transaction. A login is unique in the
 * whole portal, case-insensitively; a reserved address too (the CAF profile's AFAS users, spec §6.3).
 */
public interface Accounts {

    enum Kind { PARTNER_USER, CAISSE_ADMIN }

    /** What the login use case needs to know about an account. */
    record Credentials(UserId id, Login login, Kind kind, Optional<PartnerId> partner, Optional<CaisseCode> caisse,
            EmailAddress email, Optional<String> passwordHash, Optional<Instant> passwordExpiresAt,
            boolean mustChangePassword, Optional<Instant> lastLoginAt, Optional<LocalDate> closedOn) {

        public Credentials {
            Components.required(Credentials.class, id, login, kind, partner, caisse, email, passwordHash,
                    passwordExpiresAt, mustChangePassword, lastLoginAt, closedOn);
        }

        /** The account without a closing date (every account but the CAF profile's closed AFAS users). */
        public Credentials(UserId id, Login login, Kind kind, Optional<PartnerId> partner, Optional<CaisseCode> caisse,
                EmailAddress email, Optional<String> passwordHash, Optional<Instant> passwordExpiresAt,
                boolean mustChangePassword, Optional<Instant> lastLoginAt) {
            this(id, login, kind, partner, caisse, email, passwordHash, passwordExpiresAt, mustChangePassword,
                    lastLoginAt, Optional.empty());
        }

        /** True from the account's closing date on (a CAF user's « date de clôture », spec §6.3). */
        public boolean isClosedOn(LocalDate day) {
            return closedOn.filter(closing -> !day.isBefore(closing)).isPresent();
        }
    }

    /** A caisse administrator's account (back-office; the demo seeds one per demo caisse). */
    record CaisseAdministrator(UserId id, CaisseCode caisse, Login login, LastName lastName, FirstName firstName,
            EmailAddress email) {
    }

    /** True when an account already uses this login (compared by {@code Login.key()}). */
    boolean loginTaken(String loginKey);

    /**
     * True when an account has reserved this address (compared by {@link EmailAddress#normalized()}): the one check of
     * the portal's unique addresses, whichever use case gives an address (spec §6.3).
     */
    boolean emailTaken(EmailAddress email);

    /**
     * Reserves the account's address: no other account may then take it, and the reservation follows the account's
     * later addresses (a CAF profile's AFAS user, spec §6.3).
     *
     * @throws EmailTakenException when another account reserved it after the caller checked {@link #emailTaken}
     */
    void reserveEmail(UserId id);

    Optional<Credentials> findByLogin(String loginKey);

    Optional<Credentials> find(UserId id);

    void addCaisseAdministrator(CaisseAdministrator administrator);

    /**
     * Opens the account of a user of a stored partner, without password yet: their identity, and their membership of
     * the partner with the administrator right they are created with (the partner's later saves write the right).
     *
     * @throws LoginTakenException when another account took the login after the caller checked {@link #loginTaken}
     */
    void openPartnerUser(PartnerId partner, PartnerUser user);

    /** Removes the account of a user the partner no longer has (their sessions are the caller's to close). */
    void removePartnerUser(UserId id);

    /**
     * Replaces the names and phone of a partner user's account (the login never changes; the address is
     * {@link #setEmail}'s).
     */
    void setNamesAndPhone(UserId id, LastName lastName, FirstName firstName, Optional<PhoneNumber> phone);

    /** How many administrators the caisse (or CAF) has. */
    int caisseAdministrators(CaisseCode caisse);

    /**
     * The administrators of the caisse by login, its staff locked until the caller's transaction ends: two changes of
     * one caisse's staff run one after the other, each seeing the other's result.
     */
    List<CaisseAdministrator> caisseStaffForUpdate(CaisseCode caisse);

    /** Removes a caisse administrator's account (their sessions are the caller's to close). */
    void removeCaisseAdministrator(UserId id);

    /**
     * Sets the account's password hash.
     *
     * @param expiresAt          the end of validity of a temporary password, empty for a chosen one
     * @param mustChangePassword true for a temporary password: the next login must change it first
     */
    void setPassword(UserId id, String passwordHash, Optional<Instant> expiresAt, boolean mustChangePassword);

    /**
     * Replaces the account's e-mail address; a reserved address stays reserved (see {@link #reserveEmail}). Only the
     * account changes: for a partner user it is the address the partner's administration reads, its version unmoved.
     *
     * @throws EmailTakenException when the account's address is reserved and another account reserved the new one
     */
    void setEmail(UserId id, EmailAddress email);

    /** Records a successful login (its time is shown at the next one). */
    void recordLogin(UserId id, Instant at);

    /**
     * The day from which the account is closed (a CAF user's « date de clôture », spec §6.3): from that day on it may
     * neither log in nor keep a session. Empty for an account without a closing date.
     */
    Optional<LocalDate> closingDate(UserId id);

    /** Sets the day from which the account is closed, or clears it (see {@link #closingDate}). */
    void setClosingDate(UserId id, Optional<LocalDate> closedOn);
}
