package fr.portailpartenaires.bootstrap;

import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.domain.shared.BusinessTime;
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
import fr.portailpartenaires.domain.habitat.DecisionNotification;
import fr.portailpartenaires.domain.habitat.Gir;
import fr.portailpartenaires.domain.habitat.InterventionOrder;
import fr.portailpartenaires.domain.habitat.PaymentTerms;
import fr.portailpartenaires.domain.habitat.Ressources;
import fr.portailpartenaires.domain.habitat.SansSuiteMotif;
import fr.portailpartenaires.domain.habitat.VisitContent;
import fr.portailpartenaires.domain.habitat.VisitDate;
import fr.portailpartenaires.domain.habitat.WorkType;
import fr.portailpartenaires.domain.shared.FreeText;
import fr.portailpartenaires.domain.shared.Money;
import fr.portailpartenaires.domain.shared.Nir;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The seeds' demo data for the embedded default: the caisse CARSAT Nord-Picardie with its signed
 * convention numbers and an administrator, the partner Association Ciel Bleu (convention 757300,
 * administrator GRIZZI Alexandre, login {@code Alex7}), and a second caisse to show that each caisse
 * only sees its own registrations, and an ergothérapeute with Habitat intervention orders in every state
 * ({@code Lea62}). Loaded once (idempotent); never on a production database.
 */
final class DemoData {

    /** A demo account to print at start-up (demo passwords are public by nature). */
    record DemoAccount(String login, String password, String who) {
    }

    static final DemoAccount CAISSE_ADMIN = new DemoAccount("AdminCarsatNP", "Demo2024np", "administrateur CARSAT Nord-Picardie");
    static final DemoAccount OTHER_CAISSE_ADMIN = new DemoAccount("AdminCnavIdf", "Demo2024idf", "administrateur CNAV Île-de-France");
    static final DemoAccount PARTNER_ADMIN = new DemoAccount("Alex7", "CielBleu62", "GRIZZI Alexandre, Association Ciel Bleu");
    static final DemoAccount ERGOTHERAPEUTE = new DemoAccount("Lea62", "Flandres62", "MERCIER Léa, Ergothérapie des Flandres (service Habitat)");
    static final CaisseCode CARSAT_NP = CaisseCode.of("CARSAT-NORD-PICARDIE");
    static final CaisseCode CNAV_IDF = CaisseCode.of("CNAV-IDF");
    /** Convention numbers signed with CARSAT Nord-Picardie and still free: register with one of them. */
    static final List<String> FREE_CONVENTION_NUMBERS = List.of("757301", "757302", "757303");

    private DemoData() {
    }

    static List<DemoAccount> load(Portal portal, Clock clock) {
        Accounts accounts = portal.infra().accounts();
        if (accounts.loginTaken(CAISSE_ADMIN.login().toLowerCase(java.util.Locale.ROOT))) {
            return accounts();
        }
        var referenceData = portal.infra().referenceData();
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
        portal.infra().partners().add(cielBleu);
        var caisse = referenceData.caisse(CARSAT_NP).orElseThrow();
        var now = clock.instant();
        portal.infra().conventions().add(new Convention.Validee(new ConventionId(UUID.randomUUID()), partnerId.value(),
                new ConventionTerms(caisse, ConventionCode.of("757300"), PartnerType.STRUCTURE_EVALUATION), now, now,
                Optional.empty()));
        accounts.setPassword(alex, portal.infra().hasher().hash(PARTNER_ADMIN.password()), Optional.empty(), false);
        ergotherapeute(portal, caisse, clock);
        demoInvoiceLines(portal, partnerId, now);
        return accounts();
    }

    private static void caisseAdministrator(Portal portal, DemoAccount account, CaisseCode caisse, String lastName,
            String firstName, String email) {
        var id = UserId.random();
        portal.infra().accounts().addCaisseAdministrator(new Accounts.CaisseAdministrator(id, caisse, Login.of(account.login()),
                LastName.of(lastName), FirstName.of(firstName), EmailAddress.of(email)));
        portal.infra().accounts().setPassword(id, portal.infra().hasher().hash(account.password()), Optional.empty(), false);
    }

    private static List<DemoAccount> accounts() {
        return List.of(CAISSE_ADMIN, OTHER_CAISSE_ADMIN, PARTNER_ADMIN, ERGOTHERAPEUTE);
    }

    /**
     * The Habitat service's demo: Ergothérapie des Flandres, a Prestataire Ergothérapeute with a validated
     * convention (757310) with CARSAT Nord-Picardie, administered by MERCIER Léa ({@code Lea62}), and a handful of
     * intervention orders in every state: visits to do, a draft, one en relance, a transmitted certificate, a sans
     * suite, and a closed file with its decision.
     */
    private static void ergotherapeute(Portal portal, fr.portailpartenaires.domain.reference.Caisse caisse, Clock clock) {
        portal.infra().referenceData().addConventionNumber(CARSAT_NP, ConventionCode.of("757310"));
        var partnerId = PartnerId.random();
        var lea = UserId.random();
        portal.infra().partners().add(Partner.register(partnerId, PartnerName.of("Ergothérapie des Flandres"),
                Optional.of(Siret.of("73282932000074")), PhoneNumber.of("0321456789"),
                PostalAddress.builder().numero("8").typeEtLibelleVoie("place des Héros").codePostal("62000")
                        .commune("Arras").build(),
                new NewUser(lea, Login.of(ERGOTHERAPEUTE.login()), LastName.of("MERCIER"), FirstName.of("Léa"),
                        Optional.of(PhoneNumber.of("0321456789")), EmailAddress.of("lea.mercier@ergo-flandres.example"),
                        true)));
        var now = clock.instant();
        var conventionId = UUID.randomUUID();
        portal.infra().conventions().add(new Convention.Validee(new ConventionId(conventionId), partnerId.value(),
                new ConventionTerms(caisse, ConventionCode.of("757310"), PartnerType.PRESTATAIRE_ERGOTHERAPEUTE), now, now,
                Optional.empty()));
        portal.infra().accounts().setPassword(lea, portal.infra().hasher().hash(ERGOTHERAPEUTE.password()), Optional.empty(),
                false);

        LocalDate today = BusinessTime.dateOf(now);
        var content = new VisitContent(
                Optional.of(FreeText.of("Baignoire haute que Mme ne peut plus enjamber ; escalier sans rampe.", 4000)),
                List.of(WorkType.SALLE_DE_BAIN, WorkType.BARRES_D_APPUI),
                Optional.of(FreeText.of("Remplacer la baignoire par une douche de plain-pied, poser deux barres d'appui.",
                        4000)));
        record Demo(String nom, String prenom, String nir, int daysAgo, String state) {
        }
        for (Demo demo : List.of(
                new Demo("DUPONT", "Jeanne", "2450362041001", 5, "A_FAIRE"),
                new Demo("LEFEBVRE", "André", "1380759350042", 12, "A_FAIRE"),
                new Demo("MOREAU", "Hélène", "2471262041018", 20, "BROUILLON"),
                new Demo("PETIT", "François", "1420462193027", 75, "A_FAIRE"),
                new Demo("ROUSSEL", "Cécile", "2390159599033", 30, "TRANSMISE"),
                new Demo("GARNIER", "Étienne", "1351062041044", 40, "SANS_SUITE"),
                new Demo("FOURNIER", "Josiane", "2400862765051", 120, "CLOS"))) {
            LocalDate ordered = today.minusDays(demo.daysAgo());
            var order = new InterventionOrder(UUID.randomUUID(), conventionId,
                    new InterventionOrder.Retiree(LastName.of(demo.nom()), FirstName.of(demo.prenom()), Nir.of(demo.nir()),
                            PostalAddress.builder().identiteDestinataire(demo.prenom() + " " + demo.nom()).numero("14")
                                    .typeEtLibelleVoie("rue Ernestale").codePostal("62000").commune("Arras").build(),
                            PhoneNumber.of("0321000000"), demo.daysAgo() % 2 == 0 ? Ressources.PS : Ressources.C),
                    ordered,
                    new InterventionOrder.HabitatProvider(FreeText.of("Soliha Pas-de-Calais", 100),
                            FreeText.of("03 21 00 00 01, habitat@soliha62.example", 300)),
                    new InterventionOrder.Evaluation(ordered.minusDays(10), new Gir(4),
                            FreeText.of("Maison individuelle à étage, chambre et salle de bain à l'étage ; vit seule.",
                                    2000)),
                    now);
            portal.habitat().orders().add(order);
            Clock visited = Clock.fixed(ordered.plusDays(3).atStartOfDay(BusinessTime.ZONE).toInstant(), clock.getZone());
            var file = order.newFile();
            var visit = Optional.of(new VisitDate(ordered.plusDays(2)));
            file = switch (demo.state()) {
                case "BROUILLON" -> file.createDraft(visit, content, visited).orElseThrow();
                case "TRANSMISE" -> file.createDraft(visit, content, visited).orElseThrow().transmit(visited)
                        .orElseThrow().file();
                case "SANS_SUITE" -> file.declareSansSuite(SansSuiteMotif.REFUS_DU_BENEFICIAIRE,
                        Optional.of(FreeText.of("M. Garnier ne souhaite pas de travaux pour le moment.", 1000)), visited)
                        .orElseThrow();
                case "CLOS" -> file.createDraft(visit, content, visited).orElseThrow().transmit(visited).orElseThrow()
                        .file().recordDecision(new DecisionNotification(WorkType.SALLE_DE_BAIN, Money.of("3 500,00"),
                                ordered.plusDays(45), 12, PaymentTerms.AVEC_SUBROGATION)).orElseThrow();
                default -> file;
            };
            if (!"A_FAIRE".equals(demo.state())) {
                portal.habitat().orders().update(file, 0);
            }
        }
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
        if (portal.infra().accounts().loginTaken(CAF_ADMIN.login().toLowerCase(java.util.Locale.ROOT))) {
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
        portal.infra().partners().add(farandole);
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
        portal.habilitation().store().add(convention, sm + 1);
        portal.infra().accounts().setPassword(bruet, portal.infra().hasher().hash(AFAS_ADMIN.password()), Optional.empty(),
                false);
        return List.copyOf(all);
    }

    /**
     * Three visit certificates of Ciel Bleu transmitted nine days ago (standing in for Habitat transmissions): the
     * weekly invoicing gathers them into a global invoice as soon as the service runs, for the caisse to pay.
     */
    private static void demoInvoiceLines(Portal portal, PartnerId partnerId, java.time.Instant now) {
        ConventionId convention = portal.infra().conventions().of(partnerId).all().getFirst().id();
        java.time.Instant transmitted = now.minus(java.time.Duration.ofDays(9));
        portal.billing().openInvoiceLine().open(convention, "AV-DEMO-0001", "DUPONT Jeanne",
                fr.portailpartenaires.domain.shared.Nir.of("2450762123456"), transmitted);
        portal.billing().openInvoiceLine().open(convention, "AV-DEMO-0002", "LEFEBVRE Marcel",
                fr.portailpartenaires.domain.shared.Nir.of("1380259350012"), transmitted.plusSeconds(600));
        portal.billing().openInvoiceLine().open(convention, "AV-DEMO-0003", "MARTIN Odette",
                fr.portailpartenaires.domain.shared.Nir.of("2421162041123"), transmitted.plusSeconds(1200));
    }
}
