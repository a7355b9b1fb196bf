package fr.portailpartenaires.application.account;

import fr.portailpartenaires.application.shared.LoginAttempts;
import fr.portailpartenaires.application.shared.RequestThrottling;
import fr.portailpartenaires.application.shared.ThrottlePolicy;
import fr.portailpartenaires.application.shared.LoginAttempts.Key;
import fr.portailpartenaires.application.shared.LoginAttempts.Scope;
import fr.portailpartenaires.application.shared.LoginAttempts.State;
import fr.portailpartenaires.domain.shared.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Brute-force protection of the login (spec §2.2) that a stranger cannot turn against the account's owner (issue 19,
 * finding 1; OWASP's "Slow down online guessing attacks with device cookies").
 *
 * <p>The login use case asks {@link #check} before verifying the password and refuses (HTTP 429,
 * {@link Decision.Blocked#message}) while a key of the attempt is locked; then it reports the outcome with
 * {@link #recordFailure} or {@link #recordSuccess}, which gives the browser its device cookie.
 * <ul>
 *   <li>Source address: {@link ThrottlePolicy#ADDRESS}: 20 failures from one address, whatever the logins (spraying
 *       across accounts), lock that address. Not cleared by a success (an attacker holding one valid account could
 *       otherwise clear it between guesses); forgotten after its quiet period.</li>
 *   <li>A browser with a device cookie of the account ({@link DeviceCookies}): its failures count on its own device
 *       number ({@link ThrottlePolicy#ACCOUNT}: 5, then 1, 2, 4 … 15 minutes), and nothing else done to the account
 *       holds it: the owner keeps logging in from their own browser while strangers are slowed down.</li>
 *   <li>Any other browser: failures count per (account, source address) ({@link ThrottlePolicy#ACCOUNT}) and per
 *       account from every unknown device ({@link ThrottlePolicy#ACCOUNT_FROM_UNKNOWN_DEVICES}: 10 from anywhere).
 *       A stranger's failures from their own address lock only themselves; guessing spread over many addresses locks
 *       the account for unknown devices only, and that lock {@link Decision.Blocked#onlyForUnknownDevices() lets a
 *       pending temporary password through}.</li>
 *   <li>The account key is the login typed, stripped and in lower case, whether an account has it or not, so that
 *       unknown and known logins behave alike.</li>
 *   <li>A success clears the account's counts (from that source, that device, and from unknown devices).</li>
 *   <li>Locks are always temporary (at most the policy's maximum delay): nobody can lock an account for good.</li>
 * </ul>
 * Each failure is counted in one atomic step of the store, so failures sent at once, to one instance or to
 * several on the same database, are all counted.
 */
public final class LoginThrottling {

    private final LoginAttempts attempts;
    private final DeviceCookies devices;
    private final ThrottlePolicy accountPolicy;
    private final ThrottlePolicy unknownDevicesPolicy;
    private final ThrottlePolicy addressPolicy;
    private final RequestThrottling warnings;

    public LoginThrottling(LoginAttempts attempts, DeviceCookies devices) {
        this(attempts, devices, ThrottlePolicy.ACCOUNT, ThrottlePolicy.ACCOUNT_FROM_UNKNOWN_DEVICES,
                ThrottlePolicy.ADDRESS);
    }

    public LoginThrottling(LoginAttempts attempts, DeviceCookies devices, ThrottlePolicy accountPolicy,
            ThrottlePolicy unknownDevicesPolicy, ThrottlePolicy addressPolicy) {
        this.attempts = Objects.requireNonNull(attempts, "attempts");
        this.devices = Objects.requireNonNull(devices, "devices");
        this.accountPolicy = Objects.requireNonNull(accountPolicy, "accountPolicy");
        this.unknownDevicesPolicy = Objects.requireNonNull(unknownDevicesPolicy, "unknownDevicesPolicy");
        this.addressPolicy = Objects.requireNonNull(addressPolicy, "addressPolicy");
        this.warnings = new RequestThrottling(attempts, Scope.SECURITY_MAIL_ACCOUNT, ThrottlePolicy.OWNER_WARNINGS);
    }

    /**
     * One login attempt as the throttling sees it.
     *
     * @param login         the login typed (any case, spaces around)
     * @param sourceAddress the client's IP address
     * @param deviceCookie  the browser's device cookie, as sent (checked here), or empty
     */
    public record Attempt(String login, String sourceAddress, Optional<String> deviceCookie) {

        public Attempt {
            Objects.requireNonNull(deviceCookie, "deviceCookie");
        }

        public Attempt(String login, String sourceAddress) {
            this(login, sourceAddress, Optional.empty());
        }
    }

    /** Whether a login attempt may be evaluated now, or until when it is refused. */
    public Decision check(Attempt attempt, Instant now) {
        Key address = addressKey(attempt.sourceAddress());
        Key accountSource = accountSourceKey(attempt);
        Key account = accountKey(attempt.login());
        Optional<String> known = knownDevice(attempt);
        Optional<Key> device = known.map(LoginThrottling::deviceKey);
        // every key the attempt may meet or a success clears, read in one statement
        List<Key> keys = new ArrayList<>(List.of(address, accountSource, account));
        device.ifPresent(keys::add);
        Map<Key, State> states = attempts.findAll(keys);
        boolean counted = states.containsKey(accountSource) || states.containsKey(account)
                || device.filter(states::containsKey).isPresent();
        if (device.isPresent()) {
            Instant until = later(lockedUntil(states, address, now), lockedUntil(states, device.get(), now));
            return until == null ? new Decision.Allowed(counted, known) : new Decision.Blocked(until, false);
        }
        Instant ownLocks = later(lockedUntil(states, address, now), lockedUntil(states, accountSource, now));
        Instant accountLock = lockedUntil(states, account, now);
        if (ownLocks == null) {
            return accountLock == null ? new Decision.Allowed(counted, known) : new Decision.Blocked(accountLock, true);
        }
        return new Decision.Blocked(later(ownLocks, accountLock), false);
    }

    /**
     * A wrong login or password: counts against the attempt's keys, and locks them past their thresholds. Answers
     * true when this failure started the lock of the account for unknown devices (someone is guessing its password
     * from several places: its owner may be told, see {@link #mayWarnOwner}).
     */
    public boolean recordFailure(Attempt attempt, Instant now) {
        addressPolicy.countOne(attempts, addressKey(attempt.sourceAddress()), now);
        Optional<String> device = knownDevice(attempt);
        if (device.isPresent()) {
            accountPolicy.countOne(attempts, deviceKey(device.get()), now);
            return false;
        }
        accountPolicy.countOne(attempts, accountSourceKey(attempt), now);
        State account = unknownDevicesPolicy.countOne(attempts, accountKey(attempt.login()), now);
        return account.consecutiveFailures() == unknownDevicesPolicy.threshold();
    }

    /**
     * A successful login: the account starts again from zero (from that source, that device and unknown devices).
     * Answers the device cookie the browser keeps for this account (a new one when it had none).
     */
    public String recordSuccess(Attempt attempt) {
        return recordSuccess(attempt, new Decision.Allowed(true, knownDevice(attempt)));
    }

    /**
     * The same after {@link #check} answered {@code decision} for this attempt: when it found no count to clear (the
     * usual login), the store is not written at all; the device the check recognised is not verified again.
     */
    public String recordSuccess(Attempt attempt, Decision decision) {
        String key = accountKey(attempt.login()).value();
        Optional<String> device = decision instanceof Decision.Allowed allowed ? allowed.device() : knownDevice(attempt);
        if (!(decision instanceof Decision.Allowed allowed) || allowed.counted()) {
            List<Key> cleared = new ArrayList<>(List.of(accountKey(attempt.login()), accountSourceKey(attempt)));
            device.ifPresent(known -> cleared.add(deviceKey(known)));
            attempts.clear(cleared);
        }
        return device.isPresent() ? attempt.deviceCookie().orElseThrow() : devices.issue(key);
    }

    /**
     * Whether the owner of the account may be sent a security notification now: at most one per account per hour
     * ({@link ThrottlePolicy#OWNER_WARNINGS}), counted when the answer is yes.
     */
    public boolean mayWarnOwner(String accountId, Instant now) {
        if (warnings.waitFor(accountId, now).isPresent()) {
            return false;
        }
        warnings.record(accountId, now);
        return true;
    }

    /** Deletes the counts that would be forgotten anyway (a scheduled job); answers how many. */
    public int purgeForgotten(Instant now) {
        return attempts.purgeQuietSince(Scope.ACCOUNT, now.minus(unknownDevicesPolicy.forgetAfter()))
                + attempts.purgeQuietSince(Scope.ACCOUNT_SOURCE, now.minus(accountPolicy.forgetAfter()))
                + attempts.purgeQuietSince(Scope.DEVICE, now.minus(accountPolicy.forgetAfter()))
                + attempts.purgeQuietSince(Scope.ADDRESS, now.minus(addressPolicy.forgetAfter()))
                + warnings.purgeForgotten(now);
    }

    /**
     * The French message of a refused login, in whole minutes rounded up (at least one):
     * "Trop de tentatives de connexion. Réessayez dans 4 minutes."
     */
    public static String message(Duration wait) {
        return refusal(wait).message();
    }

    private static Refusal refusal(Duration wait) {
        return Refusal.of("connexion.trop_de_tentatives", RequestThrottling.inWholeMinutes(wait));
    }

    private Optional<String> knownDevice(Attempt attempt) {
        return attempt.deviceCookie().flatMap(cookie -> devices.deviceOf(cookie, accountKey(attempt.login()).value()));
    }

    static Key accountKey(String login) {
        return key(Scope.ACCOUNT, normalized(login));
    }

    static Key addressKey(String sourceAddress) {
        return key(Scope.ADDRESS, sourceAddress == null ? "" : sourceAddress.strip());
    }

    /** The source address first, so that a long login cannot push it out of the bounded key. */
    static Key accountSourceKey(Attempt attempt) {
        String address = attempt.sourceAddress() == null ? "" : attempt.sourceAddress().strip();
        return key(Scope.ACCOUNT_SOURCE, address + " " + normalized(attempt.login()));
    }

    static Key deviceKey(String device) {
        return key(Scope.DEVICE, device);
    }

    private static String normalized(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }

    /** Longer values can only be typed by a script: they share the key of their first characters. */
    private static Key key(Scope scope, String value) {
        return new Key(scope, value.length() > Key.MAX_LENGTH ? value.substring(0, Key.MAX_LENGTH) : value);
    }

    private static Instant lockedUntil(Map<Key, State> states, Key key, Instant now) {
        State state = states.get(key);
        return state != null && state.isLockedAt(now) ? state.lockedUntil() : null;
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    /** The answer of {@link #check}. */
    public sealed interface Decision {

        /**
         * The attempt may go on to the password check.
         *
         * @param counted true when the attempt's account (from its source or its device) has failures counted, which
         *                a success clears
         * @param device  the device its cookie proved known for this account, if any (its HMAC checked once)
         */
        record Allowed(boolean counted, Optional<String> device) implements Decision {

            public Allowed {
                Objects.requireNonNull(device, "device");
            }
        }

        /**
         * Refused without checking the password until {@code until} (HTTP 429).
         *
         * @param onlyForUnknownDevices true when the only lock in force is the account's for unknown devices: a
         *                              pending temporary password (« Mot de passe oublié ») may still be used, so that
         *                              the owner can always get back in
         */
        record Blocked(Instant until, boolean onlyForUnknownDevices) implements Decision {

            public Blocked {
                Objects.requireNonNull(until, "until");
            }

            public Duration remaining(Instant now) {
                Duration remaining = Duration.between(now, until);
                return remaining.isNegative() ? Duration.ZERO : remaining;
            }

            /** "Trop de tentatives de connexion. Réessayez dans N minutes." */
            public String message(Instant now) {
                return LoginThrottling.message(remaining(now));
            }

            public Refusal refusal(Instant now) {
                return LoginThrottling.refusal(remaining(now));
            }
        }
    }
}
