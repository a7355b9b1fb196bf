package fr.portailpartenaires.bootstrap;

import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.partner.PartnerName;
import fr.portailpartenaires.domain.partner.PartnerUser;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.shared.PhoneNumber;
import fr.portailpartenaires.domain.shared.PostalAddress;
import fr.portailpartenaires.domain.user.FirstName;
import fr.portailpartenaires.domain.user.LastName;
import fr.portailpartenaires.domain.user.Login;
import fr.portailpartenaires.domain.user.UserId;
import java.util.Optional;

/** Partners stored straight into a {@link Portal} for tests, and the principals of their users' sessions. */
final class PartnerFixtures {

    private PartnerFixtures() {
    }

    static PartnerUser user(String login, String lastName, boolean administrator) {
        return new PartnerUser(UserId.random(), Login.of(login), LastName.of(lastName), FirstName.of("Camille"),
                Optional.empty(), EmailAddress.of(login.toLowerCase(java.util.Locale.ROOT) + "@partenaire.example"),
                administrator);
    }

    /** A partner whose first user is its administrator, with the other users added by that administrator. */
    static Partner store(Portal portal, String name, PartnerUser administrator, PartnerUser... others) {
        Partner partner = Partner.register(PartnerId.random(), PartnerName.of(name), Optional.empty(),
                PhoneNumber.of("0321000000"), PostalAddress.builder().codePostal("62000").commune("Arras").build(),
                administrator);
        for (PartnerUser other : others) {
            partner = partner.createUser(administrator.id(), other).orElseThrow();
        }
        store(portal, partner);
        return portal.infra().partners().find(partner.id()).orElseThrow();
    }

    /** Stores a partner as the use cases do (ADR 26): the partner, then its users' accounts. */
    static void store(Portal portal, Partner partner) {
        portal.infra().partners().add(partner);
        partner.users().forEach(user -> portal.infra().accounts().openPartnerUser(partner.id(), user));
    }

    /** Saves the changed partner as the use cases do, then opens the accounts of the users it created. */
    static boolean saved(Portal portal, Partner changed, UserId... created) {
        boolean saved = portal.infra().partners().update(changed);
        for (var user : created) {
            portal.infra().accounts().openPartnerUser(changed.id(), changed.user(user).orElseThrow());
        }
        return saved;
    }

    /** Gives the user a chosen (not temporary) password, so that they can log in over HTTP. */
    static void password(Portal portal, PartnerUser user, String password) {
        portal.infra().accounts().setPassword(user.id(), portal.infra().hasher().hash(password), Optional.empty(), false);
    }

    /** The principal of a session of a partner user who has chosen their password. */
    static Principal principal(Partner partner, UserId user) {
        return new Principal.PartnerUser(user, partner.id(), Optional.empty(),
                new Principal.Session("session-" + user.value(), "csrf-" + user.value(), false, false));
    }
}
