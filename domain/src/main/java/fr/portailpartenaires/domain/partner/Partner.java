package fr.portailpartenaires.domain.partner;

import fr.portailpartenaires.domain.shared.Components;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.shared.InvalidValueException;
import fr.portailpartenaires.domain.shared.PhoneNumber;
import fr.portailpartenaires.domain.shared.PostalAddress;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;
import fr.portailpartenaires.domain.shared.Siret;
import fr.portailpartenaires.domain.user.UserId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A partner organisation (partenaire) with its data, its postal address and its users, managed by
 * its own administrators.
 *
 * <p>Two invariants always hold, and a partner that breaks them cannot be built: <b>the partner
 * has at least one administrator</b>, and <b>no two of its users share a login</b>, compared
 * case-insensitively ({@link fr.portailpartenaires.domain.user.Login#key()}). Uniqueness across the
 * whole portal is the application's job, through a port. The operations also enforce that only an
 * administrator of this partner acts, that an administrator cannot revoke their own right, and that
 * an administrator must lose the right before being deleted.
 *
 * <p>Every operation takes the acting user's id and returns the changed partner or a
 * {@link PartnerRefusal}; a refused operation changes nothing. Granting the right to an
 * administrator, or revoking it from a user who does not hold it, is accepted and changes nothing:
 * the form's checkbox already shows the wanted state, which is no error.
 *
 * <p>The identité du destinataire (first line of the address) is always the partner's name: the
 * address form cannot change it, and renaming the partner renames it.
 *
 * <p>{@code version} is the optimistic-locking version as read from storage; operations carry it
 * unchanged and the persistence layer increments it when it saves. This is what serializes two
 * administrators demoting each other at the same moment.
 */
public record Partner(
        PartnerId id,
        PartnerName name,
        Optional<Siret> siret,
        PhoneNumber phone,
        Optional<EmailAddress> email,
        PostalAddress address,
        List<PartnerUser> users,
        long version) {

    public Partner {
        Components.required(Partner.class, id, name, siret, phone, email, address, users, version);
        address = address.withIdentiteDestinataire(name.value());
        users = List.copyOf(users);
        if (version < 0) {
            throw new IllegalArgumentException("A version is never negative: " + version);
        }
        if (users.stream().map(PartnerUser::id).distinct().count() != users.size()) {
            throw new IllegalArgumentException("Two users of a partner cannot share an id");
        }
        brokenInvariant(users).ifPresent(refusal -> {
            throw new InvalidValueException(refusal);
        });
    }

    /**
     * A newly registered partner, version 0, whose only user is its first administrator (the user
     * is made an administrator whatever {@link PartnerUser#administrator()} says).
     */
    public static Partner register(PartnerId id, PartnerName name, Optional<Siret> siret, PhoneNumber phone,
            PostalAddress address, PartnerUser firstAdministrator) {
        PartnerUser administrator = firstAdministrator.withAdministrator(true);
        return new Partner(id, name, siret, phone, Optional.empty(), address, List.of(administrator), 0);
    }

    public Optional<PartnerUser> user(UserId userId) {
        return users.stream().filter(user -> user.id().equals(userId)).findFirst();
    }

    public boolean isAdministrator(UserId userId) {
        return user(userId).map(PartnerUser::administrator).orElse(false);
    }

    /** The administrators, e.g. to mail them (never empty). */
    public List<PartnerUser> administrators() {
        return users.stream().filter(PartnerUser::administrator).toList();
    }

    /**
     * Adds a user; refused when the login is already used in this partner (whatever its case). A
     * new user whose id is already taken in this partner is a bug: {@link IllegalArgumentException}.
     */
    public Result<Partner> createUser(UserId actor, PartnerUser newUser) {
        return asAdministrator(actor,
                () -> withUsers(Stream.concat(users.stream(), Stream.of(newUser)).toList()));
    }

    /** Replaces every field of a user but the login, which never changes, and the administrator right. */
    public Result<Partner> modifyUser(UserId actor, UserId target, UserChanges changes) {
        return onUser(actor, target, user -> withUsers(replacing(user.with(changes))));
    }

    public Result<Partner> grantAdministration(UserId actor, UserId target) {
        return onUser(actor, target,
                user -> user.administrator() ? Result.ok(this) : withUsers(replacing(user.withAdministrator(true))));
    }

    /** Takes the right from another administrator; an administrator can never take their own. */
    public Result<Partner> revokeAdministration(UserId actor, UserId target) {
        return onUser(actor, target, user -> {
            if (user.id().equals(actor)) {
                return refused(PartnerRefusal.SELF_REVOCATION);
            }
            return user.administrator() ? withUsers(replacing(user.withAdministrator(false))) : Result.ok(this);
        });
    }

    /** Deletes a user who is not an administrator; an administrator must first lose the right. */
    public Result<Partner> deleteUser(UserId actor, UserId target) {
        return onUser(actor, target, user -> {
            if (user.id().equals(actor)) {
                return refused(PartnerRefusal.SELF_DELETION);
            }
            return user.administrator()
                    ? refused(PartnerRefusal.ADMINISTRATOR_DELETION)
                    : withUsers(users.stream().filter(other -> !other.id().equals(target)).toList());
        });
    }

    /** Replaces the data of the "Partenaire" tab; a new name also becomes the address's identity line. */
    public Result<Partner> modifyPartnerData(UserId actor, PartnerData data) {
        return asAdministrator(actor, () -> Result.ok(
                new Partner(id, data.name(), data.siret(), data.phone(), data.email(), address, users, version)));
    }

    /**
     * Replaces the address, every field but the identité du destinataire (the raison sociale):
     * whatever the given address says there, the partner's name stays.
     */
    public Result<Partner> modifyAddress(UserId actor, PostalAddress newAddress) {
        return asAdministrator(actor,
                () -> Result.ok(new Partner(id, name, siret, phone, email, newAddress, users, version)));
    }

    private Result<Partner> asAdministrator(UserId actor, Supplier<Result<Partner>> operation) {
        return isAdministrator(actor) ? operation.get() : refused(PartnerRefusal.ADMINISTRATOR_REQUIRED);
    }

    /** The same message whether the target exists elsewhere or nowhere, so nothing leaks across partners. */
    private Result<Partner> onUser(UserId actor, UserId target, Function<PartnerUser, Result<Partner>> operation) {
        return asAdministrator(actor,
                () -> user(target).map(operation).orElseGet(() -> refused(PartnerRefusal.USER_NOT_FOUND)));
    }

    private List<PartnerUser> replacing(PartnerUser changed) {
        return users.stream().map(user -> user.id().equals(changed.id()) ? changed : user).toList();
    }

    private Result<Partner> withUsers(List<PartnerUser> newUsers) {
        return brokenInvariant(newUsers).<Result<Partner>>map(Result::refused)
                .orElseGet(() -> Result.ok(new Partner(id, name, siret, phone, email, address, newUsers, version)));
    }

    private static Optional<Refusal> brokenInvariant(List<PartnerUser> users) {
        if (users.stream().noneMatch(PartnerUser::administrator)) {
            return Optional.of(PartnerRefusal.LAST_ADMINISTRATOR.refusal());
        }
        Set<String> keys = new HashSet<>();
        if (!users.stream().allMatch(user -> keys.add(user.login().key()))) {
            return Optional.of(PartnerRefusal.LOGIN_ALREADY_USED.refusal());
        }
        return Optional.empty();
    }

    private static Result<Partner> refused(PartnerRefusal refusal) {
        return Result.refused(refusal.refusal());
    }
}
