package fr.portailpartenaires.application.habitat;

import fr.portailpartenaires.application.shared.AddressForm;
import fr.portailpartenaires.application.testing.InMemoryReferenceData;
import fr.portailpartenaires.application.testing.PortalFixture;
import static fr.portailpartenaires.application.testing.Outcomes.done;
import static fr.portailpartenaires.application.testing.Outcomes.invalid;
import static fr.portailpartenaires.application.testing.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.domain.exchange.ExchangeInterface;
import fr.portailpartenaires.application.shared.Outcome.Reason;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.application.registration.RegisterPartner;
import fr.portailpartenaires.application.habitat.WorkOnHabitatFiles.CertificateForm;
import fr.portailpartenaires.application.habitat.WorkOnHabitatFiles.ListRequest;
import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.AuditEvent;
import fr.portailpartenaires.domain.convention.Convention;
import fr.portailpartenaires.domain.convention.ConventionCode;
import fr.portailpartenaires.domain.convention.ConventionId;
import fr.portailpartenaires.domain.convention.ConventionTerms;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.partner.PartnerName;
import fr.portailpartenaires.domain.partner.PartnerUser;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.reference.PartnerType;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.shared.PhoneNumber;
import fr.portailpartenaires.domain.shared.PostalAddress;
import fr.portailpartenaires.domain.user.FirstName;
import fr.portailpartenaires.domain.user.LastName;
import fr.portailpartenaires.domain.user.Login;
import fr.portailpartenaires.domain.user.UserId;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The Habitat use cases on in-memory ports: who may do what, the certificate's lifecycle, the list, the documents. */
class HabitatServiceTest {

    private static final CaisseCode CARSAT = InMemoryReferenceData.CARSAT_NORD_PICARDIE;
    private static final String FROM = PortalFixture.FROM;
    /** The fixture's today, the day the orders are made and their visits happen. */
    private static final LocalDate MARCH_10 = LocalDate.of(2025, 3, 10);

    private final PortalFixture portal = new PortalFixture();
    private Principal carsat;
    private Principal cnavIdf;
    private ConventionId ergoConvention;
    private ConventionId evaluationConvention;
    private Principal lea;
    private Principal leaOnEvaluation;
    private Principal otherErgo;

    @BeforeEach
    void seed() {
        carsat = portal.carsatAdministrator();
        cnavIdf = portal.caisseAdministrator(InMemoryReferenceData.CNAV_IDF, "AdminCnav", "Cnav2025idf");
        PartnerId flandres = partner("Ergothérapie des Flandres");
        UserId leaId = user(flandres, "lea");
        ergoConvention = convention(flandres, "757310", PartnerType.PRESTATAIRE_ERGOTHERAPEUTE);
        evaluationConvention = convention(flandres, "757311", PartnerType.STRUCTURE_EVALUATION);
        lea = selecting(flandres, leaId, ergoConvention);
        leaOnEvaluation = selecting(flandres, leaId, evaluationConvention);
        PartnerId artois = partner("Ergo Artois");
        UserId paul = user(artois, "paul");
        otherErgo = selecting(artois, paul, convention(artois, "757312", PartnerType.PRESTATAIRE_ERGOTHERAPEUTE));
    }

    private PartnerId partner(String name) {
        return new PartnerId(UUID.randomUUID());
    }

    private UserId user(PartnerId partner, String login) {
        UserId id = portal.nextUserId();
        portal.storePartner(Partner.register(partner, PartnerName.of("Partenaire " + login), Optional.empty(),
                PhoneNumber.of("0321000000"), PostalAddress.builder().numero("8").typeEtLibelleVoie("place des Héros")
                        .codePostal("62000").commune("Arras").build(),
                new PartnerUser(id, Login.of(login + "62"), LastName.of("MERCIER"), FirstName.of("Léa"),
                        Optional.empty(), EmailAddress.of(login + "@ergo.example"), true)));
        return id;
    }

    private ConventionId convention(PartnerId partner, String code, PartnerType type) {
        ConventionId id = new ConventionId(UUID.randomUUID());
        portal.referenceData.addConventionNumber(CARSAT, ConventionCode.of(code));
        portal.conventions.add(new Convention.Validee(id, partner.value(), new ConventionTerms(
                portal.referenceData.caisse(CARSAT).orElseThrow(), ConventionCode.of(code), type),
                PortalFixture.T0.minus(Duration.ofDays(30)), PortalFixture.T0.minus(Duration.ofDays(29)),
                Optional.empty()));
        return id;
    }

    private static Principal selecting(PartnerId partner, UserId user, ConventionId convention) {
        return new Principal.PartnerUser(user, partner, Optional.of(convention),
                new Principal.Session("session-" + user.value(), "csrf-" + user.value(), false, false));
    }

    static ManageHabitatOrders.OrderForm form(ConventionId convention, String nir, LocalDate orderedOn) {
        return new ManageHabitatOrders.OrderForm(convention.value().toString(), "DURAND", "Gérard", nir,
                new AddressForm(null, null, "3", null, "rue de l'Église", null, "62000", "Arras", null,
                        null),
                "03 21 11 22 33", "C", orderedOn,
                new ManageHabitatOrders.ProviderForm("Soliha Pas-de-Calais", "03 21 00 00 01"),
                new ManageHabitatOrders.EvaluationForm(LocalDate.of(2025, 2, 20), 4, "Maison à étage."));
    }

    private UUID order(String nir) {
        return done(portal.habitatOrders.createOrder(carsat, form(ergoConvention, nir, MARCH_10), FROM)).id();
    }

    private static CertificateForm complete(LocalDate date) {
        return new CertificateForm(date, "Baignoire très haute.", List.of("SALLE_DE_BAIN"), "Douche de plain-pied.");
    }

    private static final ManageHabitatOrders.DecisionForm DECISION = new ManageHabitatOrders.DecisionForm(
            "SALLE_DE_BAIN", "3 500,00", LocalDate.of(2025, 6, 1), 12, "AVEC_SUBROGATION");

    private List<UUID> all(Principal principal, String filter, String sort, String order, int limit) {
        List<UUID> ids = new ArrayList<>();
        String cursor = null;
        do {
            var page = done(portal.habitatFiles.list(principal, new ListRequest(filter, sort, order, null, cursor, limit)));
            page.commandes().forEach(row -> ids.add(row.id()));
            cursor = page.curseurSuivant();
        } while (cursor != null);
        return ids;
    }

    private List<UUID> listed(String filter) {
        return all(lea, filter, null, null, 100);
    }

    @Nested
    class The_caisse_back_office {

        @Test
        void creates_an_order_for_its_ergotherapeute_which_waits_under_visite_a_faire() {
            UUID id = order("1 45 03 62 041 001");
            assertThat(listed("VISITE_A_FAIRE")).containsExactly(id);
            var row = done(portal.habitatFiles.file(lea, id)).commande();
            assertThat(row.nir()).isEqualTo(fr.portailpartenaires.domain.shared.Nir.of("1450362041001").value()).hasSize(15);
            assertThat(row.actions()).containsExactly("CREER", "SANS_SUITE");
            AuditEvent event = portal.audit.events().getLast();
            assertThat(event.action()).isEqualTo(ManageHabitatOrdersService.ORDER_CREATED);
            assertThat(event.target()).contains("habitat-order:" + id);
            assertThat(event.scope()).contains(CARSAT.value());
        }

        @Test
        void an_incomplete_form_is_answered_with_every_error_and_stores_nothing() {
            var form = new ManageHabitatOrders.OrderForm(ergoConvention.value().toString(), "", "Gérard", "123",
                    null, "12", "X", LocalDate.of(2025, 4, 1), null,
                    new ManageHabitatOrders.EvaluationForm(LocalDate.of(2025, 2, 20), 9, "x"));
            assertThat(invalid(portal.habitatOrders.createOrder(carsat, form, FROM)))
                    .containsKeys("nom", "nir", "adresse", "telephone", "ressources", "dateDeCommande",
                            "prestataireHabitat", "evaluation.gir");
            assertThat(listed(null)).isEmpty();
        }

        @Test
        void another_caisse_does_not_see_the_convention_nor_the_orders() {
            refused(portal.habitatOrders.createOrder(cnavIdf, form(ergoConvention, "1450362041001", MARCH_10), FROM),
                    Reason.NOT_FOUND);
            UUID id = order("1450362041001");
            refused(portal.habitatOrders.recordDecision(cnavIdf, id, DECISION, FROM), Reason.NOT_FOUND);
            assertThat(listed(null)).containsExactly(id);
        }

        @Test
        void the_caisse_follows_the_orders_of_its_convention_as_the_ergotherapeute_sees_them() {
            UUID first = order("1450362041001");
            UUID second = order("2450362041002");

            var page = done(portal.habitatOrders.orders(carsat, ergoConvention.value(),
                    new WorkOnHabitatFiles.ListRequest(null, null, null, null, null, 1)));
            assertThat(page.commandes()).hasSize(1);
            assertThat(page.curseurSuivant()).isNotNull();
            var rest = done(portal.habitatOrders.orders(carsat, ergoConvention.value(),
                    new WorkOnHabitatFiles.ListRequest(null, null, null, null, page.curseurSuivant(), 1)));
            assertThat(java.util.stream.Stream.concat(page.commandes().stream(), rest.commandes().stream())
                    .map(WorkOnHabitatFiles.OrderRow::id)).containsExactlyInAnyOrder(first, second);
            assertThat(invalid(portal.habitatOrders.orders(carsat, ergoConvention.value(),
                    new WorkOnHabitatFiles.ListRequest("TOUT", null, null, null, null, null)))).containsKey("filtre");
            refused(portal.habitatOrders.orders(cnavIdf, ergoConvention.value(), null), Reason.NOT_FOUND);
            refused(portal.habitatOrders.orders(carsat, UUID.randomUUID(), null), Reason.NOT_FOUND);
            refused(portal.habitatOrders.orders(lea, ergoConvention.value(), null), Reason.FORBIDDEN);
        }

        @Test
        void only_a_validated_ergotherapeute_convention_receives_orders_and_only_a_caisse_creates_them() {
            assertThat(refused(portal.habitatOrders.createOrder(carsat,
                    form(evaluationConvention, "1450362041001", MARCH_10), FROM), Reason.UNPROCESSABLE)
                    .refusal().code()).isEqualTo("commande.convention_non_ergotherapeute");
            refused(portal.habitatOrders.createOrder(lea, form(ergoConvention, "1450362041001", MARCH_10), FROM),
                    Reason.FORBIDDEN);
        }

        @Test
        void a_decision_needs_a_transmitted_file_and_closes_it() {
            UUID id = order("1450362041001");
            assertThat(refused(portal.habitatOrders.recordDecision(carsat, id, DECISION, FROM), Reason.UNPROCESSABLE)
                    .refusal().code()).isEqualTo("decision.attestation_non_transmise");
            done(portal.habitatFiles.createCertificate(lea, id, complete(MARCH_10), FROM));
            done(portal.habitatFiles.transmit(lea, id, FROM));
            assertThat(invalid(portal.habitatOrders.recordDecision(carsat, id, new ManageHabitatOrders.DecisionForm(
                    "SALLE_DE_BAIN", "0", LocalDate.of(2025, 6, 1), 12, "AVEC_SUBROGATION"), FROM)))
                    .containsKey("plafond");
            var decided = done(portal.habitatOrders.recordDecision(carsat, id, DECISION, FROM));
            assertThat(decided.commande().clos()).isTrue();
            assertThat(decided.decision().plafondCentimes()).isEqualTo(350_000);
            assertThat(listed("CLOS")).containsExactly(id);
            assertThat(listed(null)).isEmpty();
        }
    }

    @Nested
    class The_visit_certificate {

        private UUID id;

        @BeforeEach
        void ordered() {
            id = order("1450362041001");
        }

        @Test
        void is_created_without_date_modified_then_transmitted_with_its_date_de_transmission() {
            var draft = done(portal.habitatFiles.createCertificate(lea, id, new CertificateForm(null, null, List.of(), null),
                    FROM));
            assertThat(draft.attestation().etat()).isEqualTo("BROUILLON");
            assertThat(draft.attestation().beneficiaire()).isEqualTo("Gérard DURAND");
            assertThat(refused(portal.habitatFiles.transmit(lea, id, FROM), Reason.UNPROCESSABLE).refusal().code())
                    .isEqualTo("attestation.date_visite_manquante");
            assertThat(invalid(portal.habitatFiles.modifyCertificate(lea, id, complete(MARCH_10.minusDays(1)), FROM)))
                    .containsEntry("dateVisite", List.of("La date de visite ne peut pas être antérieure à la date de commande."));
            done(portal.habitatFiles.modifyCertificate(lea, id, complete(MARCH_10), FROM));
            portal.clock.advance(Duration.ofHours(2));
            var sent = done(portal.habitatFiles.transmit(lea, id, FROM));
            assertThat(sent.commande().attestation()).isEqualTo("TRANSMISE");
            assertThat(sent.commande().transmiseLe()).isEqualTo(PortalFixture.T0.plus(Duration.ofHours(2)));
            assertThat(portal.audit.events(AuditAction.TRANSMITTED)).hasSize(1);
        }

        @Test
        void a_transmission_opens_the_invoice_line_and_is_traced_in_the_exchange_history_without_the_nir() {
            done(portal.habitatFiles.createCertificate(lea, id, complete(MARCH_10), FROM));
            portal.clock.advance(Duration.ofHours(2));
            done(portal.habitatFiles.transmit(lea, id, FROM));

            assertThat(portal.invoices.allLines()).singleElement().satisfies(line -> {
                assertThat(line.certificateReference()).isEqualTo(id.toString());
                assertThat(line.retireeName()).isEqualTo("DURAND Gérard");
                assertThat(line.transmittedAt()).isEqualTo(PortalFixture.T0.plus(Duration.ofHours(2)));
            });
            assertThat(portal.exchangeHistory.all()).singleElement().satisfies(entry -> {
                assertThat(entry.exchangeInterface()).isEqualTo(ExchangeInterface.ATTESTATION_VISITE);
                assertThat(entry.commentaire()).contains("Transmission de l'attestation de visite", id.toString())
                        .doesNotContain("1450362041001").doesNotContain("1 45 03");
                assertThat(entry.conventionId()).contains(ergoConvention.value());
            });
        }

        @Test
        void a_refused_transmission_bills_nothing_and_traces_nothing() {
            refused(portal.habitatFiles.transmit(lea, id, FROM), Reason.UNPROCESSABLE);

            assertThat(portal.invoices.allLines()).isEmpty();
            assertThat(portal.exchangeHistory.all()).isEmpty();
        }

        @Test
        void after_transmission_every_change_is_a_typed_refusal_that_changes_nothing() {
            done(portal.habitatFiles.createCertificate(lea, id, complete(MARCH_10), FROM));
            done(portal.habitatFiles.transmit(lea, id, FROM));
            var before = portal.interventionOrders.find(id).orElseThrow();
            int events = portal.audit.events().size();
            List<fr.portailpartenaires.application.shared.Outcome<?>> attempts = List.of(
                    portal.habitatFiles.modifyCertificate(lea, id, complete(MARCH_10), FROM),
                    portal.habitatFiles.createCertificate(lea, id, complete(MARCH_10), FROM),
                    portal.habitatFiles.deleteCertificate(lea, id, FROM),
                    portal.habitatFiles.transmit(lea, id, FROM),
                    portal.habitatFiles.declareSansSuite(lea, id, new WorkOnHabitatFiles.SansSuiteForm("DECES", null), FROM),
                    // the state is checked before the form: an invalid form gets the same refusal
                    portal.habitatFiles.modifyCertificate(lea, id,
                            new CertificateForm(MARCH_10, null, List.of("PISCINE"), null), FROM));
            for (var attempt : attempts) {
                var refusal = refused(attempt, Reason.UNPROCESSABLE).refusal();
                assertThat(refusal.code()).isEqualTo("attestation.transmise");
                assertThat(refusal.message()).isEqualTo("Une attestation transmise ne peut plus être modifiée."
                        + " Envoyez une attestation rectificative papier à votre caisse.");
            }
            assertThat(portal.interventionOrders.find(id).orElseThrow()).isEqualTo(before);
            assertThat(portal.audit.events()).hasSize(events);
        }

        @Test
        void a_draft_is_deleted_and_the_visit_is_to_do_again() {
            done(portal.habitatFiles.createCertificate(lea, id, complete(null), FROM));
            assertThat(listed("VISITE_A_FAIRE")).isEmpty();
            var deleted = done(portal.habitatFiles.deleteCertificate(lea, id, FROM));
            assertThat(deleted.attestation().etat()).isEqualTo("AUCUNE");
            assertThat(listed("VISITE_A_FAIRE")).containsExactly(id);
        }

        @Test
        void sans_suite_needs_a_motif_refuses_the_euro_sign_and_closes_the_file() {
            assertThat(invalid(portal.habitatFiles.declareSansSuite(lea, id,
                    new WorkOnHabitatFiles.SansSuiteForm(null, "Coût de 300 € jugé trop élevé"), FROM)))
                    .containsKeys("motif", "commentaire");
            var closed = done(portal.habitatFiles.declareSansSuite(lea, id,
                    new WorkOnHabitatFiles.SansSuiteForm("demenagement", "Parti chez sa fille."), FROM));
            assertThat(closed.attestation().motif()).isEqualTo("DEMENAGEMENT");
            assertThat(closed.commande().clos()).isTrue();
            assertThat(listed("CLOS")).containsExactly(id);
            assertThat(refused(portal.habitatFiles.createCertificate(lea, id, complete(null), FROM), Reason.UNPROCESSABLE)
                    .refusal().code()).isEqualTo("dossier.clos_sans_suite");
            assertThat(portal.audit.events().getLast().details()).containsEntry("motif", "DEMENAGEMENT");
        }

        @Test
        void no_audit_event_of_the_habitat_service_holds_the_nir() {
            done(portal.habitatFiles.createCertificate(lea, id, complete(MARCH_10), FROM));
            done(portal.habitatFiles.transmit(lea, id, FROM));
            done(portal.habitatDocuments.document(lea, id, DownloadHabitatDocuments.Kind.AV, FROM));
            assertThat(portal.audit.events()).isNotEmpty().allSatisfy(event ->
                    assertThat(event.toString()).doesNotContain("1450362041", "45036204100143"));
        }
    }

    @Nested
    class Who_may_work_on_the_files {

        @Test
        void a_convention_that_is_not_an_ergotherapeute_s_is_refused_with_a_clear_message() {
            UUID id = order("1450362041001");
            var refusal = refused(portal.habitatFiles.list(leaOnEvaluation, ListRequest.firstPage()), Reason.FORBIDDEN)
                    .refusal();
            assertThat(refusal.code()).isEqualTo("habitat.reserve_ergotherapeutes");
            assertThat(refusal.message()).contains("Prestataire Ergothérapeute");
            refused(portal.habitatFiles.createCertificate(leaOnEvaluation, id, complete(null), FROM), Reason.FORBIDDEN);
        }

        @Test
        void another_ergotherapeute_does_not_see_the_order() {
            UUID id = order("1450362041001");
            refused(portal.habitatFiles.file(otherErgo, id), Reason.NOT_FOUND);
            refused(portal.habitatFiles.transmit(otherErgo, id, FROM), Reason.NOT_FOUND);
            refused(portal.habitatDocuments.document(otherErgo, id, DownloadHabitatDocuments.Kind.EVA, FROM), Reason.NOT_FOUND);
            assertThat(all(otherErgo, null, null, null, 10)).isEmpty();
        }

        @Test
        void a_caisse_administrator_does_not_use_the_ergotherapeute_s_list() {
            refused(portal.habitatFiles.list(carsat, ListRequest.firstPage()), Reason.FORBIDDEN);
        }
    }

    @Nested
    class The_list {

        @Test
        void shows_relance_from_the_sixtieth_day_after_the_order() {
            UUID waiting = order("1450362041001");
            UUID sent = order("1450362041018");
            done(portal.habitatFiles.createCertificate(lea, sent, complete(MARCH_10), FROM));
            done(portal.habitatFiles.transmit(lea, sent, FROM));
            portal.clock.advance(Duration.ofDays(59));
            assertThat(listed("RELANCE")).isEmpty();
            portal.clock.advance(Duration.ofDays(1));
            assertThat(listed("RELANCE")).containsExactly(waiting);
            assertThat(done(portal.habitatFiles.file(lea, waiting)).commande().relance()).isTrue();
            assertThat(done(portal.habitatFiles.file(lea, sent)).commande().relance()).isFalse();
        }

        @Test
        void every_sort_and_filter_pages_each_row_exactly_once() {
            List<UUID> ids = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                ids.add(done(portal.habitatOrders.createOrder(carsat, form(ergoConvention,
                        String.format("1450362041%03d", i % 5), LocalDate.of(2025, 3, 1 + i % 4)), FROM)).id());
            }
            done(portal.habitatFiles.createCertificate(lea, ids.get(0), complete(LocalDate.of(2025, 3, 5)), FROM));
            done(portal.habitatFiles.transmit(lea, ids.get(0), FROM));
            done(portal.habitatFiles.declareSansSuite(lea, ids.get(1), new WorkOnHabitatFiles.SansSuiteForm("DECES", null),
                    FROM));
            for (String filter : new String[] {null, "VISITE_A_FAIRE", "RELANCE", "CLOS"}) {
                for (String sort : List.of("NIR", "DATE_DE_COMMANDE", "RELANCE")) {
                    for (String order : List.of("ASC", "DESC")) {
                        List<UUID> whole = all(lea, filter, sort, order, 100);
                        assertThat(all(lea, filter, sort, order, 5)).as("%s %s %s", filter, sort, order)
                                .doesNotHaveDuplicates().isEqualTo(whole);
                    }
                }
            }
            assertThat(all(lea, null, "NIR", "ASC", 5)).hasSize(11);
        }

        @Test
        void a_tampered_cursor_or_one_of_another_list_is_refused_in_french() {
            for (int i = 0; i < 3; i++) {
                order(String.format("1450362041%03d", i));
            }
            String cursor = done(portal.habitatFiles.list(lea, new ListRequest(null, "NIR", null, null, null, 1)))
                    .curseurSuivant();
            assertThat(invalid(portal.habitatFiles.list(lea, new ListRequest(null, "NIR", null, null, cursor + "x", 1))))
                    .containsKey("curseur");
            assertThat(invalid(portal.habitatFiles.list(lea, new ListRequest("CLOS", "NIR", null, null, cursor, 1))))
                    .containsEntry("curseur", List.of(OrderCursor.OTHER_LIST.message()));
            assertThat(invalid(portal.habitatFiles.list(lea, new ListRequest("TOUT", "PRENOM", "HAUT", "12", null, 0))))
                    .containsKeys("filtre", "tri", "ordre", "nir", "limite");
        }

        @Test
        void a_nir_search_finds_the_orders_of_that_nir() {
            UUID found = order("1450362041001");
            order("2450362041017");
            assertThat(done(portal.habitatFiles.list(lea, new ListRequest(null, null, null, "1 45 03 62 041 001", null,
                    null))).commandes()).extracting(WorkOnHabitatFiles.OrderRow::id).containsExactly(found);
        }
    }

    @Nested
    class The_documents {

        @Test
        void are_available_twelve_months_after_the_transmission_then_gone() {
            UUID id = order("1450362041001");
            assertThat(refused(portal.habitatDocuments.document(lea, id, DownloadHabitatDocuments.Kind.AV, FROM),
                    Reason.NOT_FOUND).refusal().code()).isEqualTo("document.attestation_absente");
            done(portal.habitatFiles.createCertificate(lea, id, complete(MARCH_10), FROM));
            done(portal.habitatFiles.transmit(lea, id, FROM));
            done(portal.habitatOrders.recordDecision(carsat, id, DECISION, FROM));
            var aide = (DownloadHabitatDocuments.Aide) done(portal.habitatDocuments.document(lea, id,
                    DownloadHabitatDocuments.Kind.AIDE, FROM));
            assertThat(aide.paiement()).isEqualTo("Avec subrogation");
            assertThat(portal.audit.events(AuditAction.DOWNLOADED)).hasSize(1);
            assertThat(portal.exchangeHistory.all()).filteredOn(entry -> entry.commentaire().startsWith("Téléchargement"))
                    .singleElement().satisfies(entry -> assertThat(entry.commentaire())
                            .contains("de la notification d'aide").doesNotContain("1450362041001"));

            var lastDay = PortalFixture.T0.atZone(ZoneOffset.UTC).plus(Period.ofMonths(12)).minusSeconds(1);
            portal.clock.advance(Duration.between(PortalFixture.T0, lastDay.toInstant()));
            done(portal.habitatDocuments.document(lea, id, DownloadHabitatDocuments.Kind.EVA, FROM));
            portal.clock.advance(Duration.ofDays(1));
            for (var kind : DownloadHabitatDocuments.Kind.values()) {
                var refusal = refused(portal.habitatDocuments.document(lea, id, kind, FROM), Reason.GONE).refusal();
                assertThat(refusal.message()).contains("12 mois après leur transmission");
            }
            assertThat(done(portal.habitatFiles.file(lea, id)).commande().documents()).isEmpty();
        }
    }
}
