package fr.portailpartenaires.adapters.persistence.habitat;

import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.adapters.persistence.Fixtures;
import static fr.portailpartenaires.adapters.persistence.Fixtures.CARSAT_NORD_PICARDIE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.habitat.InterventionOrders;
import fr.portailpartenaires.application.habitat.InterventionOrders.Filter;
import fr.portailpartenaires.application.habitat.InterventionOrders.Position;
import fr.portailpartenaires.application.habitat.InterventionOrders.Query;
import fr.portailpartenaires.application.habitat.InterventionOrders.Sort;
import fr.portailpartenaires.application.habitat.InterventionOrders.Stored;
import fr.portailpartenaires.application.shared.Conventions;
import fr.portailpartenaires.application.shared.Partners;
import fr.portailpartenaires.domain.convention.Convention;
import fr.portailpartenaires.domain.convention.ConventionCode;
import fr.portailpartenaires.domain.convention.ConventionId;
import fr.portailpartenaires.domain.convention.ConventionTerms;
import fr.portailpartenaires.domain.habitat.DecisionNotification;
import fr.portailpartenaires.domain.habitat.Gir;
import fr.portailpartenaires.domain.habitat.InterventionFile;
import fr.portailpartenaires.domain.habitat.InterventionOrder;
import fr.portailpartenaires.domain.habitat.PaymentTerms;
import fr.portailpartenaires.domain.habitat.Ressources;
import fr.portailpartenaires.domain.habitat.SansSuiteMotif;
import fr.portailpartenaires.domain.habitat.VisitContent;
import fr.portailpartenaires.domain.habitat.VisitDate;
import fr.portailpartenaires.domain.habitat.WorkType;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.reference.PartnerType;
import fr.portailpartenaires.domain.shared.FreeText;
import fr.portailpartenaires.domain.shared.Money;
import fr.portailpartenaires.domain.shared.Nir;
import fr.portailpartenaires.domain.shared.PhoneNumber;
import fr.portailpartenaires.domain.shared.PostalAddress;
import fr.portailpartenaires.domain.user.FirstName;
import fr.portailpartenaires.domain.user.LastName;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The Habitat orders and their files: every state as stored, and the keyset list of one convention. */
abstract class InterventionOrdersContract {

    /** Empties the stores: each test starts from the reference data only. */
    protected abstract void clear();

    protected abstract InterventionOrders interventionOrders();

    /** The partners and conventions the orders are for. */
    protected abstract Partners partners();

    /** The accounts the partners\' users are, opened after their partner as a use case opens them. */
    protected abstract Accounts accounts();

    protected abstract Conventions conventions();

    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    static final Clock ON_TODAY = Clock.fixed(Instant.parse("2025-06-01T10:00:00Z"), ZoneOffset.UTC);
    static final VisitContent COMPLETE = new VisitContent(
            Optional.of(FreeText.of("Baignoire haute, la personne ne peut plus l'enjamber.", 100)),
            List.of(WorkType.SALLE_DE_BAIN, WorkType.BARRES_D_APPUI),
            Optional.of(FreeText.of("Remplacer la baignoire par une douche de plain-pied.", 100)));
    static final DecisionNotification DECISION = new DecisionNotification(WorkType.SALLE_DE_BAIN,
            Money.of("3 500,00"), LocalDate.of(2025, 6, 1), 12, PaymentTerms.AVEC_SUBROGATION);

    private InterventionOrders orders;
    private UUID convention;
    private UUID otherConvention;

    @BeforeEach
    void setUp() {
        clear();
        orders = interventionOrders();
        Partner cielBleu = Fixtures.cielBleu();
        Fixtures.store(partners(), accounts(), cielBleu);
        var conventions = conventions();
        convention = UUID.randomUUID();
        otherConvention = UUID.randomUUID();
        for (var entry : List.of(List.of(convention, "757300"), List.of(otherConvention, "757301"))) {
            conventions.add(new Convention.Validee(new ConventionId((UUID) entry.get(0)), cielBleu.id().value(),
                    new ConventionTerms(CARSAT_NORD_PICARDIE, ConventionCode.of((String) entry.get(1)),
                            PartnerType.PRESTATAIRE_ERGOTHERAPEUTE), Fixtures.NOW, Fixtures.NOW, Optional.empty()));
        }
    }

    static InterventionOrder order(UUID id, UUID convention, Nir nir, LocalDate orderedOn) {
        var address = PostalAddress.builder().identiteDestinataire("Jeanne DUPONT").numero("12")
                .typeEtLibelleVoie("rue des Écoles").codePostal("62000").commune("Arras").build();
        return new InterventionOrder(id, convention, new InterventionOrder.Retiree(LastName.of("DUPONT"),
                FirstName.of("Jeanne"), nir, address, PhoneNumber.of("0321000000"), Ressources.PS), orderedOn,
                new InterventionOrder.HabitatProvider(FreeText.of("Soliha Pas-de-Calais", 100),
                        FreeText.of("03 21 00 00 01 — contact@soliha.example", 300)),
                new InterventionOrder.Evaluation(orderedOn, new Gir(4),
                        FreeText.of("Maison de plain-pied, salle de bain à l'étage, escalier sans rampe.", 2000)),
                Fixtures.NOW);
    }

    static Nir nir(int n) {
        return Nir.of(String.format(Locale.ROOT, "1%02d%02d62041%03d", 40 + n % 50, 1 + n % 12, n % 1000));
    }

    private Stored stored(UUID id) {
        return orders.find(id).orElseThrow();
    }

    private InterventionFile saved(InterventionFile file) {
        assertThat(orders.update(file, stored(file.orderId()).version())).isTrue();
        return stored(file.orderId()).file();
    }

    @Nested
    class Each_state_of_a_file {

        private final UUID id = UUID.randomUUID();
        private InterventionFile file;

        @BeforeEach
        void ordered() {
            InterventionOrder order = order(id, convention, nir(7), LocalDate.of(2025, 5, 2));
            orders.add(order);
            file = order.newFile();
        }

        @Test
        void a_new_order_comes_back_with_every_field_and_no_certificate() {
            Stored stored = stored(id);
            assertThat(stored.order()).isEqualTo(order(id, convention, nir(7), LocalDate.of(2025, 5, 2)));
            assertThat(stored.file()).isEqualTo(file);
            assertThat(stored.version()).isZero();
        }

        @Test
        void a_draft_without_date_a_transmitted_certificate_and_its_decision_come_back_as_saved() {
            var draft = file.createDraft(Optional.empty(), VisitContent.EMPTY, ON_TODAY).orElseThrow();
            assertThat(saved(draft)).isEqualTo(draft);
            var modified = draft.modifyDraft(Optional.of(new VisitDate(LocalDate.of(2025, 5, 20))), COMPLETE, ON_TODAY)
                    .orElseThrow();
            assertThat(saved(modified)).isEqualTo(modified);
            var transmitted = modified.transmit(ON_TODAY).orElseThrow().file();
            assertThat(saved(transmitted)).isEqualTo(transmitted);
            var decided = transmitted.recordDecision(DECISION).orElseThrow();
            assertThat(saved(decided)).isEqualTo(decided);
            assertThat(stored(id).version()).isEqualTo(4);
        }

        @Test
        void a_deleted_draft_leaves_the_order_without_certificate() {
            var draft = saved(file.createDraft(Optional.empty(), COMPLETE, ON_TODAY).orElseThrow());
            assertThat(saved(draft.deleteDraft().orElseThrow())).isEqualTo(file);
        }

        @Test
        void a_sans_suite_keeps_its_motif_and_comment() {
            var sansSuite = file.declareSansSuite(SansSuiteMotif.DEMENAGEMENT,
                    Optional.of(FreeText.of("Parti vivre chez sa fille à Lille.", 1000)), ON_TODAY).orElseThrow();
            assertThat(saved(sansSuite)).isEqualTo(sansSuite);
        }

        @Test
        void an_update_at_a_stale_version_changes_nothing() {
            var draft = file.createDraft(Optional.empty(), COMPLETE, ON_TODAY).orElseThrow();
            assertThat(orders.update(draft, 0)).isTrue();
            assertThat(orders.update(draft.deleteDraft().orElseThrow(), 0)).isFalse();
            assertThat(stored(id).file()).isEqualTo(draft);
        }

        @Test
        void an_unknown_order_is_not_found() {
            assertThat(orders.find(UUID.randomUUID())).isEmpty();
        }
    }

    @Nested
    class The_keyset_list {

        private final List<InterventionFile> files = new ArrayList<>();
        private final List<InterventionOrder> created = new ArrayList<>();

        /** Orders in every state, on few dates and few NIRs so that sort keys tie and the id decides. */
        private void generate(long seed, int count) {
            Random random = new Random(seed);
            for (int i = 0; i < count; i++) {
                UUID id = new UUID(random.nextLong(), random.nextLong());
                LocalDate orderedOn = TODAY.minusDays(random.nextInt(12) * 10L);
                UUID where = random.nextInt(10) == 0 ? otherConvention : convention;
                InterventionOrder order = order(id, where, nir(random.nextInt(count / 3 + 1)), orderedOn);
                orders.add(order);
                InterventionFile file = order.newFile();
                VisitDate visit = new VisitDate(orderedOn);
                file = switch (random.nextInt(6)) {
                    case 0 -> file;
                    case 1 -> file.createDraft(Optional.of(visit), COMPLETE, ON_TODAY).orElseThrow();
                    case 2 -> file.createDraft(Optional.of(visit), COMPLETE, ON_TODAY).orElseThrow()
                            .transmit(ON_TODAY).orElseThrow().file();
                    case 3 -> file.createDraft(Optional.of(visit), COMPLETE, ON_TODAY).orElseThrow()
                            .transmit(ON_TODAY).orElseThrow().file().recordDecision(DECISION).orElseThrow();
                    case 4 -> file.declareSansSuite(SansSuiteMotif.DECES, Optional.empty(), ON_TODAY).orElseThrow();
                    default -> file.createDraft(Optional.empty(), VisitContent.EMPTY, ON_TODAY).orElseThrow();
                };
                if (!file.equals(order.newFile())) {
                    assertThat(orders.update(file, 0)).isTrue();
                }
                files.add(file);
                created.add(order);
            }
        }

        private Predicate<Integer> filter(Filter filter) {
            return i -> switch (filter) {
                case OUVERTS -> files.get(i).isOpen();
                case CLOS -> files.get(i).isClos();
                case VISITE_A_FAIRE -> files.get(i).isVisiteAFaire();
                case RELANCE -> files.get(i).isEnRelance(ON_TODAY);
            };
        }

        private Comparator<Integer> ordering(Sort sort) {
            Comparator<Integer> byId = Comparator.comparing(i -> created.get(i).id().toString());
            return switch (sort) {
                case NIR -> Comparator.<Integer, String>comparing(i -> created.get(i).retiree().nir().value())
                        .thenComparing(byId);
                case DATE_DE_COMMANDE -> Comparator.<Integer, LocalDate>comparing(i -> created.get(i).dateDeCommande())
                        .thenComparing(byId);
                case RELANCE -> Comparator.<Integer, Boolean>comparing(i -> isSent(files.get(i)))
                        .thenComparing(i -> created.get(i).dateDeCommande()).thenComparing(byId);
            };
        }

        private static boolean isSent(InterventionFile file) {
            return !file.isVisiteAFaire() && !file.isEnRelance(Clock.fixed(Instant.parse("2999-01-01T00:00:00Z"),
                    ZoneOffset.UTC));
        }

        private List<UUID> expected(Query query) {
            Comparator<Integer> order = ordering(query.sort());
            return java.util.stream.IntStream.range(0, created.size()).boxed()
                    .filter(i -> created.get(i).conventionId().equals(query.conventionId()))
                    .filter(filter(query.filter()))
                    .filter(i -> query.nir().map(nir -> created.get(i).retiree().nir().equals(nir)).orElse(true))
                    .sorted(query.descending() ? order.reversed() : order)
                    .map(i -> created.get(i).id())
                    .toList();
        }

        /** Every page of the query, each after the last row of the one before. */
        private List<UUID> paged(Query query, int limit) {
            List<UUID> seen = new ArrayList<>();
            Optional<Position> after = Optional.empty();
            for (int pages = 0; pages < 1000; pages++) {
                List<Stored> page = orders.page(query, after, limit);
                assertThat(page.size()).isLessThanOrEqualTo(limit);
                page.forEach(row -> seen.add(row.order().id()));
                if (page.size() < limit) {
                    return seen;
                }
                Stored last = page.getLast();
                after = Optional.of(new Position(last.order().id(), last.order().dateDeCommande(), isSent(last.file())));
            }
            throw new AssertionError("The pages never end");
        }

        @Test
        void every_filter_and_sort_in_both_directions_shows_each_row_once_in_order() {
            for (long seed = 1; seed <= 4; seed++) {
                setUp();
                files.clear();
                created.clear();
                generate(seed, 90);
                Random limits = new Random(seed);
                for (Filter filter : Filter.values()) {
                    for (Sort sort : Sort.values()) {
                        for (boolean descending : List.of(false, true)) {
                            var query = new Query(convention, filter, sort, descending, Optional.empty(),
                                    TODAY.minusDays(60));
                            List<UUID> paged = paged(query, 1 + limits.nextInt(9));
                            assertThat(paged).as("seed %d, %s by %s %s", seed, filter, sort, descending ? "desc" : "asc")
                                    .doesNotHaveDuplicates()
                                    .containsExactlyElementsOf(expected(query));
                        }
                    }
                }
            }
        }

        @Test
        void a_nir_search_finds_exactly_the_orders_of_that_nir_in_the_convention() {
            generate(42, 60);
            Nir searched = created.stream().filter(o -> o.conventionId().equals(convention)).findFirst()
                    .orElseThrow().retiree().nir();
            for (Filter filter : Filter.values()) {
                var query = new Query(convention, filter, Sort.DATE_DE_COMMANDE, false, Optional.of(searched),
                        TODAY.minusDays(60));
                assertThat(paged(query, 2)).containsExactlyElementsOf(expected(query));
            }
        }

        @Test
        void sorted_by_relance_the_files_en_relance_come_first() {
            generate(7, 60);
            var query = new Query(convention, Filter.OUVERTS, Sort.RELANCE, false, Optional.empty(), TODAY.minusDays(60));
            List<Boolean> relance = orders.page(query, Optional.empty(), 100).stream()
                    .map(row -> row.file().isEnRelance(ON_TODAY)).toList();
            assertThat(relance).contains(true, false);
            assertThat(relance.subList(relance.indexOf(false), relance.size())).doesNotContain(true);
        }

        @Test
        void a_position_of_another_convention_gives_an_empty_page() {
            generate(3, 40);
            InterventionOrder foreign = created.stream().filter(o -> o.conventionId().equals(otherConvention))
                    .findFirst().orElseThrow();
            var query = new Query(convention, Filter.OUVERTS, Sort.NIR, false, Optional.empty(), TODAY.minusDays(60));
            assertThat(orders.page(query, Optional.of(new Position(foreign.id(), foreign.dateDeCommande(), false)), 10))
                    .isEmpty();
            assertThat(new HashSet<>(paged(query, 5))).doesNotContain(foreign.id());
        }
    }
}
