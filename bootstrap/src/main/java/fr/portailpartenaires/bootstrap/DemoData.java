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
        demoInvoiceLines(portal, partnerId, now);
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

    /**
     * Three visit certificates of Ciel Bleu transmitted nine days ago (standing in for Habitat transmissions): the
     * weekly invoicing gathers them into a global invoice as soon as the service runs, for the caisse to pay.
     */
    private static void demoInvoiceLines(Portal portal, PartnerId partnerId, java.time.Instant now) {
        ConventionId convention = portal.conventions().of(partnerId).all().getFirst().id();
        java.time.Instant transmitted = now.minus(java.time.Duration.ofDays(9));
        portal.openInvoiceLine().open(convention, "AV-DEMO-0001", "DUPONT Jeanne",
                fr.portailpartenaires.domain.shared.Nir.of("2450762123456"), transmitted);
        portal.openInvoiceLine().open(convention, "AV-DEMO-0002", "LEFEBVRE Marcel",
                fr.portailpartenaires.domain.shared.Nir.of("1380259350012"), transmitted.plusSeconds(600));
        portal.openInvoiceLine().open(convention, "AV-DEMO-0003", "MARTIN Odette",
                fr.portailpartenaires.domain.shared.Nir.of("2421162041123"), transmitted.plusSeconds(1200));
    }
}
