package fr.portailpartenaires.bootstrap;

import fr.portailpartenaires.application.port.out.Accounts;
import fr.portailpartenaires.domain.convention.ConventionCode;
import fr.portailpartenaires.domain.convention.ConventionId;
import fr.portailpartenaires.domain.convention.Convention;
import fr.portailpartenaires.domain.convention.ConventionTerms;
import fr.portailpartenaires.domain.partner.NewUser;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.partner.PartnerName;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.reference.PartnerType;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.shared.PhoneNumber;
import fr.portailpartenaires.domain.shared.PostalAddress;
import fr.portailpartenaires.domain.shared.Siret;
import fr.portailpartenaires.domain.user.FirstName;
import fr.portailpartenaires.domain.user.LastName;
import fr.portailpartenaires.domain.user.Login;
import fr.portailpartenaires.domain.user.UserId;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The seeds' demo data for the embedded default: the caisse CARSAT Nord-Picardie with its signed
 * convention numbers and an administrator, the partner Association Ciel Bleu (convention 757300,
 * administrator GRIZZI Alexandre, login {@code Alex7}), and a second caisse to show that each caisse
 * only sees its own registrations. Loaded once (idempotent); never on a production database.
 */
final class DemoData {

    /** A demo account to print at start-up (demo passwords are public by nature). */
    record DemoAccount(String login, String password, String who) {
    }

    static final DemoAccount CAISSE_ADMIN = new DemoAccount("AdminCarsatNP", "Demo2024np", "administrateur CARSAT Nord-Picardie");
    static final DemoAccount OTHER_CAISSE_ADMIN = new DemoAccount("AdminCnavIdf", "Demo2024idf", "administrateur CNAV Île-de-France");
    static final DemoAccount PARTNER_ADMIN = new DemoAccount("Alex7", "CielBleu62", "GRIZZI Alexandre, Association Ciel Bleu");
    static final CaisseCode CARSAT_NP = CaisseCode.of("CARSAT-NORD-PICARDIE");
    static final CaisseCode CNAV_IDF = CaisseCode.of("CNAV-IDF");
    /** Convention numbers signed with CARSAT Nord-Picardie and still free: register with one of them. */
    static final List<String> FREE_CONVENTION_NUMBERS = List.of("757301", "757302", "757303");

    private DemoData() {
    }

    static List<DemoAccount> load(Portal portal, Clock clock) {
        Accounts accounts = portal.accounts();
        if (accounts.loginTaken(CAISSE_ADMIN.login().toLowerCase(java.util.Locale.ROOT))) {
            return accounts();
        }
        var referenceData = portal.referenceDataStore();
        referenceData.addConventionNumber(CARSAT_NP, ConventionCode.of("757300"));
        FREE_CONVENTION_NUMBERS.forEach(code -> referenceData.addConventionNumber(CARSAT_NP, ConventionCode.of(code)));
        referenceData.addConventionNumber(CNAV_IDF, ConventionCode.of("750001"));

        caisseAdministrator(portal, CAISSE_ADMIN, CARSAT_NP, "NORD", "Nadia", "admin.carsat-np@portail.example");
        caisseAdministrator(portal, OTHER_CAISSE_ADMIN, CNAV_IDF, "PARIS", "Pierre", "admin.cnav-idf@portail.example");

        var partnerId = PartnerId.random();
        var alex = UserId.random();
        Partner cielBleu = Partner.register(partnerId, PartnerName.of("Association Ciel Bleu"),
                Optional.of(Siret.of("12345678298741")), PhoneNumber.of("0302010509"),
                PostalAddress.builder().numero("107").complement("B").typeEtLibelleVoie("Esplanade de Madrid")
                        .codePostal("62000").commune("Arras").build(),
                new NewUser(alex, Login.of(PARTNER_ADMIN.login()), LastName.of("GRIZZI"), FirstName.of("Alexandre"),
                        Optional.of(PhoneNumber.of("0302010509")), EmailAddress.of("alexandre.grizzi@cielbleu.example"), true));
        portal.partners().add(cielBleu);
        var caisse = referenceData.caisse(CARSAT_NP).orElseThrow();
        var now = clock.instant();
        portal.conventions().add(new Convention.Validee(new ConventionId(UUID.randomUUID()), partnerId.value(),
                new ConventionTerms(caisse, ConventionCode.of("757300"), PartnerType.STRUCTURE_EVALUATION), now, now,
                Optional.empty()));
        accounts.setPassword(alex, portal.passwordHasher().hash(PARTNER_ADMIN.password()), Optional.empty(), false);
        return accounts();
    }

    private static void caisseAdministrator(Portal portal, DemoAccount account, CaisseCode caisse, String lastName,
            String firstName, String email) {
        var id = UserId.random();
        portal.accounts().addCaisseAdministrator(new Accounts.CaisseAdministrator(id, caisse, Login.of(account.login()),
                LastName.of(lastName), FirstName.of(firstName), EmailAddress.of(email)));
        portal.accounts().setPassword(id, portal.passwordHasher().hash(account.password()), Optional.empty(), false);
    }

    private static List<DemoAccount> accounts() {
        return List.of(CAISSE_ADMIN, OTHER_CAISSE_ADMIN, PARTNER_ADMIN);
    }

    // ---------------------------------------------------------------- the CAF profile (spec §6)

    static final DemoAccount CAF_ADMIN = new DemoAccount("AdminCaf13", "Demo2024caf!", "administrateur CAF des Bouches-du-Rhône (Caf 132)");
    static final DemoAccount AFAS_ADMIN = new DemoAccount("ENF01302SM", "Farandole2018!",
            "BRUET Stéphane, Centre Social La Farandole Istres (convention AFAS)");
    static final CaisseCode CAF_13 = CaisseCode.of("CAF-13");
    static final String AFAS_CONVENTION = "Centre Social La Farandole Istres";

    /**
     * The CAF manual's example where its story starts (« Pour le moment, Monsieur BRUET est le seul utilisateur
     * connu »): the Caf 132 and its administrator, the AFAS convention of Centre Social La Farandole Istres opened and
     * validated on 30/08/2018, identifiers {@code ENF01302} + two letters, the groups AFAS-HAB / AFAS-DEC of
     * 12/02/2019, the ALSH activity « ESC Farandole Istres » with its places « ESC Farandole Istres » and « ESC
     * L'éclair », and Stéphane BRUET ({@code ENF01302SM}), the convention's administrator, in no group yet. The next
     * user created gets {@code ENF01302SN}. Loaded once (idempotent), on the CAF profile only.
     */
    static List<DemoAccount> withAfas(List<DemoAccount> loaded, Portal portal) {
        List<DemoAccount> all = new java.util.ArrayList<>(loaded);
        all.add(CAF_ADMIN);
        all.add(AFAS_ADMIN);
        if (portal.accounts().loginTaken(CAF_ADMIN.login().toLowerCase(java.util.Locale.ROOT))) {
            return List.copyOf(all);
        }
        caisseAdministrator(portal, CAF_ADMIN, CAF_13, "PROVENCE", "Claire", "afas.caf13@portail.example");
        java.time.LocalDate opened = java.time.LocalDate.of(2018, 8, 30);
        var bruet = UserId.random();
        var partnerId = PartnerId.random();
        var email = EmailAddress.of("stephane.bruet132@yopmail.com");
        Partner farandole = Partner.register(partnerId, PartnerName.of(AFAS_CONVENTION), Optional.empty(),
                PhoneNumber.of("0442000000"),
                PostalAddress.builder().numero("1").typeEtLibelleVoie("Rue de la Farandole").codePostal("13800")
                        .commune("Istres").build(),
                new NewUser(bruet, Login.of(AFAS_ADMIN.login()), LastName.of("Bruet"), FirstName.of("Stéphane"),
                        Optional.empty(), email, true));
        portal.partners().add(farandole);
        var prefix = new fr.portailpartenaires.domain.habilitation.IdentifierPrefix("ENF01302");
        var activity = new fr.portailpartenaires.domain.habilitation.Activity(
                new fr.portailpartenaires.domain.habilitation.ActivityId(UUID.randomUUID()), "ESC Farandole Istres",
                "ALSH", Optional.empty(), List.of(
                        new fr.portailpartenaires.domain.habilitation.Place(
                                new fr.portailpartenaires.domain.habilitation.PlaceId(UUID.randomUUID()),
                                "ESC Farandole Istres"),
                        new fr.portailpartenaires.domain.habilitation.Place(
                                new fr.portailpartenaires.domain.habilitation.PlaceId(UUID.randomUUID()),
                                "ESC L'éclair")));
        var period = fr.portailpartenaires.domain.habilitation.Period.from(opened);
        var convention = fr.portailpartenaires.domain.habilitation.AfasConvention.create(
                        new fr.portailpartenaires.domain.habilitation.AfasConventionId(UUID.randomUUID()), partnerId,
                        CAF_13, AFAS_CONVENTION, "Caf 132", period, opened, prefix, List.of(activity))
                .openGroups(java.time.LocalDate.of(2019, 2, 12)).orElseThrow()
                .addUser(new fr.portailpartenaires.domain.habilitation.AfasUser(bruet, Login.of(AFAS_ADMIN.login()),
                        LastName.of("Bruet"), FirstName.of("Stéphane"), email, Optional.empty(),
                        fr.portailpartenaires.domain.habilitation.WorkStyle.SEDENTAIRE, period), opened)
                .orElseThrow();
        int sm = fr.portailpartenaires.domain.habilitation.IdentifierPrefix.sequenceOf("SM").orElseThrow();
        portal.afasStore().add(convention, sm + 1);
        portal.accounts().setPassword(bruet, portal.passwordHasher().hash(AFAS_ADMIN.password()), Optional.empty(),
                false);
        return List.copyOf(all);
    }
}
