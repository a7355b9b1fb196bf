package fr.portailpartenaires.domain.habilitation;

import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.user.FirstName;
import fr.portailpartenaires.domain.user.LastName;
import fr.portailpartenaires.domain.user.UserId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** The seed's example: Centre Social La Farandole Istres, Caf 132, its six users, one ALSH activity with two places. */
final class Farandole {

    static final LocalDate DAY = LocalDate.of(2018, 8, 30);
    static final IdentifierPrefix PREFIX = new IdentifierPrefix("ENF01302");
    static final ActivityId ESC_FARANDOLE = new ActivityId(uuid(100));
    static final PlaceId LIEU_FARANDOLE = new PlaceId(uuid(101));
    static final PlaceId LIEU_ECLAIR = new PlaceId(uuid(102));
    static final UserId BRUET = new UserId(uuid(1));
    static final UserId GARBAN = new UserId(uuid(2));
    static final UserId GUY = new UserId(uuid(3));
    static final UserId BOLLIE = new UserId(uuid(4));
    static final UserId ROCU = new UserId(uuid(5));
    static final UserId ROBINE = new UserId(uuid(6));

    private Farandole() {
    }

    static UUID uuid(int n) {
        return UUID.fromString(String.format("aaaaaaaa-aaaa-4aaa-aaaa-%012d", n));
    }

    private static final AtomicInteger NEXT_GRANT = new AtomicInteger(1000);

    static Supplier<GrantId> grantIds() {
        return () -> new GrantId(uuid(NEXT_GRANT.incrementAndGet()));
    }

    /** The convention as the CAF created it, with its groups. */
    static AfasConvention created() {
        Activity activity = new Activity(ESC_FARANDOLE, "ESC Farandole Istres", "ALSH", Optional.empty(),
                List.of(new Place(LIEU_FARANDOLE, "ESC Farandole Istres"), new Place(LIEU_ECLAIR, "ESC L'éclair")));
        return AfasConvention.create(new AfasConventionId(uuid(50)), new PartnerId(uuid(60)), CaisseCode.of("CAF-13"),
                "Centre Social La Farandole Istres", "Caf 132", Period.from(DAY), DAY, PREFIX, List.of(activity))
                .openGroups(DAY).orElseThrow();
    }

    static AfasUser user(UserId id, int sequence, String nom, String prenom, String email) {
        return new AfasUser(id, PREFIX.identifier(sequence).orElseThrow(), LastName.parse(nom).orElseThrow(),
                FirstName.parse(prenom).orElseThrow(), EmailAddress.of(email), Optional.empty(), WorkStyle.SEDENTAIRE,
                Period.from(DAY));
    }

    /** Bruet (the administrator, in AFAS-HAB) and the five users of the seed, all in AFAS-DEC. */
    static AfasConvention withUsers() {
        AfasConvention convention = created()
                .addUser(user(BRUET, 480, "Bruet", "Stéphane", "stephane.bruet132@yopmail.com"), DAY).orElseThrow();
        convention = convention.addMembership(BRUET, true, new Membership(BRUET, GroupCode.AFAS_HAB, Period.from(DAY)),
                DAY).orElseThrow();
        Object[][] others = {
            {GARBAN, 481, "Garban", "Gilles", "gilles.garban132@yopmail.com"},
            {GUY, 482, "Guy", "Valérie", "valerie.guy132@yopmail.com"},
            {BOLLIE, 483, "Bollie", "Nadine", "nadine.bollie132@yopmail.com"},
            {ROCU, 484, "Rocu", "Blandine", "blandine.rocu132@yopmail.com"},
            {ROBINE, 485, "Robine", "Olivia", "olivia.robine133@yopmail.com"},
        };
        for (Object[] other : others) {
            UserId id = (UserId) other[0];
            convention = convention.addUser(user(id, (int) other[1], (String) other[2], (String) other[3],
                    (String) other[4]), DAY).orElseThrow();
            convention = convention.addMembership(BRUET, false, new Membership(id, GroupCode.AFAS_DEC,
                    Period.from(DAY)), DAY).orElseThrow();
        }
        return convention;
    }
}
