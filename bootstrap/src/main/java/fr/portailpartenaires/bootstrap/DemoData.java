package fr.portailpartenaires.bootstrap;

import fr.portailpartenaires.application.account.Authenticate;
import fr.portailpartenaires.application.caisse.RegisterSignedNumbers.SignedNumberForm;
import fr.portailpartenaires.application.caisse.SetUpCaisse.NewCaisseAdministrator;
import fr.portailpartenaires.application.habilitation.AdministerAfasConventions;
import fr.portailpartenaires.application.habilitation.ManageAfasUsers;
import fr.portailpartenaires.application.habitat.ManageHabitatOrders;
import fr.portailpartenaires.application.habitat.WorkOnHabitatFiles;
import fr.portailpartenaires.application.registration.RegisterPartner;
import fr.portailpartenaires.application.registration.RegisterPartner.AdministratorForm;
import fr.portailpartenaires.application.registration.RegisterPartner.RegistrationForm;
import fr.portailpartenaires.application.shared.AddressForm;
import fr.portailpartenaires.application.shared.MailLogEntry;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.domain.convention.ConventionId;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.shared.BusinessTime;
import fr.portailpartenaires.domain.shared.Nir;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seeds' demo data for the embedded default, loaded once (idempotent) in one transaction, and never on a
 * production database. Everything is done through the portal's use cases, as the people of the seeds would do it
 * (spec §3.5): the operator's {@code admin} command creates the caisses' administrators; each account receives its
 * temporary password by mail (read from the outbox) and changes it to its documented demo password; the caisse
 * registers its signed convention numbers; the partners register (the demonstration skips the captcha only) and the
 * caisse validates them; the caisse orders Habitat interventions, which the ergothérapeute visits, transmits (the
 * transmissions open their invoice lines) or declares sans suite, and the caisse records a decision. Every step is
 * audited as it would be in production.
 *
 * <p>The portal: the caisse CARSAT Nord-Picardie with its signed convention numbers and an administrator, the partner
 * Association Ciel Bleu (convention 757300, administrator GRIZZI Alexandre, login {@code Alex7}), a second caisse to
 * show that each caisse only sees its own registrations, and an ergothérapeute with Habitat intervention orders in
 * every state ({@code Lea62}).
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
    /** Convention numbers signed with CARSAT Nord-Picardie for a structure d'évaluation and still free. */
    static final List<String> FREE_CONVENTION_NUMBERS = List.of("757301", "757302", "757303");

    /** Where the demonstration's requests come from, in the audit trail. */
    private static final String SOURCE = "127.0.0.1";
    private static final LocalDate SIGNED_FROM = LocalDate.of(2024, 1, 1);
    private static final Pattern TEMPORARY_PASSWORD = Pattern.compile("Mot de passe temporaire : (\\S+)");

    private DemoData() {
    }

    static List<DemoAccount> load(Portal portal, Clock clock) {
        if (!portal.infra().accounts().loginTaken(CAISSE_ADMIN.login().toLowerCase(Locale.ROOT))) {
            portal.infra().transactions().inTransaction(() -> {
                new Loader(portal, clock).loadPpas();
                return null;
            });
        }
        return List.of(CAISSE_ADMIN, OTHER_CAISSE_ADMIN, PARTNER_ADMIN, ERGOTHERAPEUTE);
    }

    // ---------------------------------------------------------------- the CAF profile (spec §6)

    static final DemoAccount CAF_ADMIN = new DemoAccount("AdminCaf13", "Demo2024caf!", "administrateur CAF des Bouches-du-Rhône (Caf 132)");
    static final DemoAccount AFAS_ADMIN = new DemoAccount("ENF01302SM", "Farandole2018!",
            "BRUET Stéphane, Centre Social La Farandole Istres (convention AFAS)");
    static final CaisseCode CAF_13 = CaisseCode.of("CAF-13");
    static final String AFAS_CONVENTION = "Centre Social La Farandole Istres";

    /**
     * The CAF manual's example where its story starts (« Pour le moment, Monsieur BRUET est le seul utilisateur
     * connu »): the Caf 132 and its administrator, the AFAS convention of Centre Social La Farandole Istres opened on
     * 30/08/2018, identifiers {@code ENF01302} + two letters from {@code SM}, the groups AFAS-HAB / AFAS-DEC of
     * 12/02/2019, the ALSH activity « ESC Farandole Istres » with its places « ESC Farandole Istres » and « ESC
     * L'éclair », and Stéphane BRUET ({@code ENF01302SM}), the convention's administrator, in no group yet. The next
     * user created gets {@code ENF01302SN}. Loaded once (idempotent), in one transaction, on the CAF profile (its
     * password policy) in place of the PPAS demonstration, whose caisses and Habitat service are not the CAF's.
     */
    static List<DemoAccount> loadCaf(Portal portal, Clock clock) {
        if (!portal.infra().accounts().loginTaken(CAF_ADMIN.login().toLowerCase(Locale.ROOT))) {
            portal.infra().transactions().inTransaction(() -> {
                new Loader(portal, clock).loadAfas();
                return null;
            });
        }
        return List.of(CAF_ADMIN, AFAS_ADMIN);
    }

    /** One loading: the sessions it opens are closed at the end. */
    private static final class Loader {

        private final Portal portal;
        private final Clock clock;
        private final List<Principal> sessions = new ArrayList<>();

        Loader(Portal portal, Clock clock) {
            this.portal = portal;
            this.clock = clock;
        }

        void loadPpas() {
            Principal carsat = caisseAdministrator(CAISSE_ADMIN, CARSAT_NP, "NORD", "Nadia", "admin.carsat-np@portail.example");
            Principal cnav = caisseAdministrator(OTHER_CAISSE_ADMIN, CNAV_IDF, "PARIS", "Pierre", "admin.cnav-idf@portail.example");
            signed(carsat, "757300", "STRUCTURE_EVALUATION", "Association Ciel Bleu");
            FREE_CONVENTION_NUMBERS.forEach(code -> signed(carsat, code, "STRUCTURE_EVALUATION", "Structure d'évaluation"));
            signed(carsat, "757310", "PRESTATAIRE_ERGOTHERAPEUTE", "Ergothérapie des Flandres");
            signed(cnav, "750001", "STRUCTURE_EVALUATION", "Structure d'évaluation");

            Principal alex = registeredAndValidated(carsat, PARTNER_ADMIN, "757300", "STRUCTURE_EVALUATION",
                    "Association Ciel Bleu", "12345678298741", "0302010509",
                    new AddressForm(null, null, "107", "B", "Esplanade de Madrid", null, "62000", "Arras", null, null),
                    new AdministratorForm("GRIZZI", "Alexandre", PARTNER_ADMIN.login(), "alexandre.grizzi@cielbleu.example",
                            "0302010509"));
            Principal lea = registeredAndValidated(carsat, ERGOTHERAPEUTE, "757310", "PRESTATAIRE_ERGOTHERAPEUTE",
                    "Ergothérapie des Flandres", "73282932000074", "0321456789",
                    new AddressForm(null, null, "8", null, "place des Héros", null, "62000", "Arras", null, null),
                    new AdministratorForm("MERCIER", "Léa", ERGOTHERAPEUTE.login(), "lea.mercier@ergo-flandres.example",
                            "0321456789"));
            habitatOrders(carsat, atWork(lea));
            demoInvoiceLines(alex);
            sessions.forEach(session -> portal.account().authenticate().logout(session, SOURCE));
        }

        void loadAfas() {
            // Stéphane BRUET will be asked to accept the usage rules at his login
            Principal caf = atWork(caisseAdministrator(CAF_ADMIN, CAF_13, "PROVENCE", "Claire", "afas.caf13@portail.example"));
            String bruetEmail = "stephane.bruet132@yopmail.com";
            var administrator = new ManageAfasUsers.NewUserForm("Bruet", "Stéphane", bruetEmail, bruetEmail, null, null,
                    "SEDENTAIRE", LocalDate.of(2018, 8, 30), null);
            var convention = done(portal.habilitation().afasAdministration().create(caf,
                    new AdministerAfasConventions.NewConventionForm(AFAS_CONVENTION, "Caf 132",
                            LocalDate.of(2018, 8, 30), null, "ENF01302", "SM",
                            new AdministerAfasConventions.PartnerForm(AFAS_CONVENTION, "0442000000",
                                    new AddressForm(null, null, "1", null, "Rue de la Farandole", null, "13800", "Istres",
                                            null, null)),
                            administrator,
                            List.of(new AdministerAfasConventions.ActivityForm("ESC Farandole Istres", "ALSH", null,
                                    List.of("ESC Farandole Istres", "ESC L'éclair")))),
                    SOURCE), "la convention AFAS");
            done(portal.habilitation().afasAdministration().openGroups(caf,
                    new fr.portailpartenaires.domain.habilitation.AfasConventionId(convention.id()),
                    new AdministerAfasConventions.GroupsForm(LocalDate.of(2019, 2, 12)), SOURCE), "les groupes AFAS");
            firstLogin(AFAS_ADMIN, mailedTemporaryPassword(bruetEmail));
            sessions.forEach(session -> portal.account().authenticate().logout(session, SOURCE));
        }

        /** Created by the operator's command, then the password of the demo set at the first login. */
        private Principal caisseAdministrator(DemoAccount account, CaisseCode caisse, String lastName, String firstName,
                String email) {
            var created = done(portal.caisse().setUp().createAdministrator(new NewCaisseAdministrator(caisse.value(),
                    account.login(), lastName, firstName, email, false)), account.who());
            return firstLogin(account, created.temporaryPassword());
        }

        private void signed(Principal caisse, String code, String type, String raisonSociale) {
            done(portal.caisse().signedNumbers().add(caisse,
                    new SignedNumberForm(code, type, raisonSociale, SIGNED_FROM, null), SOURCE), "le numéro " + code);
        }

        /** A visitor's registration (the captcha aside), validated by the caisse; the administrator's first login. */
        private Principal registeredAndValidated(Principal caisse, DemoAccount account, String code, String type,
                String name, String siret, String phone, AddressForm address, AdministratorForm administrator) {
            var form = new RegistrationForm(portal.infra().settings().cguVersion(), true, true, "CNAV", CARSAT_NP.value(),
                    code, type, name, siret, phone, address, administrator, UUID.randomUUID(), "démonstration");
            var submitted = done(portal.registration().demonstrationRegistration().register(form, SOURCE), name);
            done(portal.registration().reviewRegistrations().validate(caisse, submitted.id(), SOURCE),
                    "la validation de " + name);
            return firstLogin(account, mailedTemporaryPassword(administrator.email()));
        }

        /** Logs in with the temporary password, changes it to the documented one, and keeps the new session. */
        private Principal firstLogin(DemoAccount account, String temporaryPassword) {
            Authenticate authenticate = portal.account().authenticate();
            var first = done(authenticate.login(account.login(), temporaryPassword, SOURCE), "la connexion de " + account.login());
            Principal temporary = authenticate.resolve(first.sessionId()).orElseThrow();
            var changed = done(authenticate.changePassword(temporary, temporaryPassword, account.password(),
                    account.password(), SOURCE), "le mot de passe de " + account.login());
            Principal principal = authenticate.resolve(changed.sessionId()).orElseThrow();
            sessions.add(principal);
            return principal;
        }

        /**
         * Whoever the loader acts as accepts the usage rules first when the portal asks for them, as they would have
         * to work; the others (Alex7, Stéphane BRUET) are asked at their own first login.
         */
        private Principal atWork(Principal principal) {
            if (!principal.session().mustAcceptRules()) {
                return principal;
            }
            var accepted = done(portal.account().acceptUsageRules().accept(principal,
                    portal.infra().settings().usageRulesVersion().orElseThrow(), SOURCE), "l'acceptation des règles");
            Principal working = portal.account().authenticate().resolve(accepted.sessionId()).orElseThrow();
            sessions.set(sessions.indexOf(principal), working);
            return working;
        }

        /** The temporary password of the newest mail to {@code recipient}, as its reader would find it. */
        private String mailedTemporaryPassword(String recipient) {
            var outbox = portal.infra().outbox();
            for (MailLogEntry entry : outbox.log(Optional.empty(), 100)) {
                if (entry.recipient().equalsIgnoreCase(recipient)) {
                    Matcher matcher = TEMPORARY_PASSWORD.matcher(outbox.find(entry.id()).orElseThrow().textBody());
                    if (matcher.find()) {
                        return matcher.group(1);
                    }
                }
            }
            throw new IllegalStateException("La démonstration n'a pas trouvé le mot de passe temporaire de " + recipient);
        }

        /**
         * The Habitat service's demo: CARSAT Nord-Picardie orders seven interventions from Ergothérapie des Flandres,
         * which leaves them in every state: visits to do (one en relance, ordered 75 days ago), a draft, a
         * transmitted certificate, a sans suite, and a closed file with its decision.
         */
        private void habitatOrders(Principal carsat, Principal lea) {
            ConventionId convention = portal.infra().conventions().of(((Principal.PartnerUser) lea).partnerId())
                    .all().getFirst().id();
            LocalDate today = BusinessTime.dateOf(clock.instant());
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
                UUID order = done(portal.habitat().habitatOrders().createOrder(carsat, new ManageHabitatOrders.OrderForm(
                        convention.value().toString(), demo.nom(), demo.prenom(), demo.nir(),
                        new AddressForm(null, null, "14", null, "rue Ernestale", null, "62000", "Arras", null, null),
                        "0321000000", demo.daysAgo() % 2 == 0 ? "PS" : "C", ordered,
                        new ManageHabitatOrders.ProviderForm("Soliha Pas-de-Calais", "03 21 00 00 01, habitat@soliha62.example"),
                        new ManageHabitatOrders.EvaluationForm(ordered.minusDays(10), 4,
                                "Maison individuelle à étage, chambre et salle de bain à l'étage ; vit seule.")), SOURCE),
                        "la commande de " + demo.nom()).id();
                var files = portal.habitat().habitatFiles();
                var certificate = new WorkOnHabitatFiles.CertificateForm(ordered.plusDays(2),
                        "Baignoire haute que Mme ne peut plus enjamber ; escalier sans rampe.",
                        List.of("SALLE_DE_BAIN", "BARRES_D_APPUI"),
                        "Remplacer la baignoire par une douche de plain-pied, poser deux barres d'appui.");
                switch (demo.state()) {
                    case "BROUILLON" -> done(files.createCertificate(lea, order, certificate, SOURCE), demo.nom());
                    case "TRANSMISE" -> transmitted(files, lea, order, certificate);
                    case "SANS_SUITE" -> done(files.declareSansSuite(lea, order, new WorkOnHabitatFiles.SansSuiteForm(
                            "REFUS_DU_BENEFICIAIRE", "M. Garnier ne souhaite pas de travaux pour le moment."), SOURCE),
                            demo.nom());
                    case "CLOS" -> {
                        transmitted(files, lea, order, certificate);
                        done(portal.habitat().habitatOrders().recordDecision(carsat, order,
                                new ManageHabitatOrders.DecisionForm("SALLE_DE_BAIN", "3 500,00",
                                        ordered.plusDays(45), 12, "AVEC_SUBROGATION"), SOURCE),
                                "la décision de " + demo.nom());
                    }
                    default -> {
                        // a visit still to do
                    }
                }
            }
        }

        private static void transmitted(WorkOnHabitatFiles files, Principal lea, UUID order,
                WorkOnHabitatFiles.CertificateForm certificate) {
            done(files.createCertificate(lea, order, certificate, SOURCE), "l'attestation");
            done(files.transmit(lea, order, SOURCE), "la transmission");
        }

        /**
         * Three visit certificates of Ciel Bleu transmitted nine days ago (standing in for the structures
         * d'évaluation's transmissions, which come with their service): the weekly invoicing gathers them into a
         * global invoice as soon as the service runs, for the caisse to pay.
         */
        private void demoInvoiceLines(Principal alex) {
            ConventionId convention = portal.infra().conventions().of(((Principal.PartnerUser) alex).partnerId())
                    .all().getFirst().id();
            Instant transmitted = clock.instant().minus(Duration.ofDays(9));
            var lines = portal.billing().openInvoiceLine();
            lines.open(convention, "AV-DEMO-0001", "DUPONT Jeanne", Nir.of("2450762123456"), transmitted);
            lines.open(convention, "AV-DEMO-0002", "LEFEBVRE Marcel", Nir.of("1380259350012"), transmitted.plusSeconds(600));
            lines.open(convention, "AV-DEMO-0003", "MARTIN Odette", Nir.of("2421162041123"), transmitted.plusSeconds(1200));
        }

        private static <T> T done(Outcome<T> outcome, String what) {
            if (outcome instanceof Outcome.Done<T> done) {
                return done.value();
            }
            throw new IllegalStateException("La démonstration n'a pas pu créer " + what + " : " + outcome);
        }
    }
}
