package fr.portailpartenaires.adapters.persistence.partner;

import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.adapters.persistence.Fixtures;
import static fr.portailpartenaires.adapters.persistence.Fixtures.CAF_PAS_DE_CALAIS;
import static fr.portailpartenaires.adapters.persistence.Fixtures.CARSAT_NORD_PICARDIE;
import static fr.portailpartenaires.adapters.persistence.Fixtures.CODE_757300;
import static fr.portailpartenaires.adapters.persistence.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.partner.ViewMyPartner.ConventionView;
import fr.portailpartenaires.application.partner.ViewMyPartner.PartnerView;
import fr.portailpartenaires.application.partner.PartnerViews;
import fr.portailpartenaires.application.shared.Conventions;
import fr.portailpartenaires.application.shared.Partners;
import fr.portailpartenaires.domain.convention.Convention;
import fr.portailpartenaires.domain.convention.ConventionCode;
import fr.portailpartenaires.domain.convention.ConventionId;
import fr.portailpartenaires.domain.convention.ConventionTerms;
import fr.portailpartenaires.domain.convention.Motif;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.reference.PartnerType;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.shared.Siret;
import fr.portailpartenaires.domain.user.UserId;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The read model of "my partner" says what the aggregates say, read from the same rows. */
abstract class PartnerViewsContract {

    /** Empties the stores: each test starts from the reference data only. */
    protected abstract void clear();

    /** The read model, over the two stores below. */
    protected abstract PartnerViews partnerViews();

    protected abstract Partners partners();

    /** The accounts the partners\' users are, opened after their partner as a use case opens them. */
    protected abstract Accounts accounts();

    protected abstract Conventions conventions();

    private PartnerViews views;
    private Partners partners;
    private Conventions conventions;

    @BeforeEach
    void setUp() {
        clear();
        views = partnerViews();
        partners = partners();
        conventions = conventions();
    }

    /** The view computed from the aggregates, as the use case computed it before the read model. */
    private PartnerView fromAggregates(PartnerId id, UserId viewer, LocalDate today) {
        Partner partner = partners.find(id).orElseThrow();
        return new PartnerView(partner.id().value(), partner.name().value(),
                partner.siret().map(Siret::value).orElse(null), partner.phone().display(),
                partner.email().map(EmailAddress::value).orElse(null), partner.address().lines(),
                conventions.of(id).all().stream()
                        .map(c -> new ConventionView(c.id().value(), c.regime().value(), c.caisse().libelle(),
                                c.code().value(), c.partnerType().label(), c.etat(today).label()))
                        .toList(),
                partner.isAdministrator(viewer));
    }

    private static ConventionId newId() {
        return new ConventionId(UUID.randomUUID());
    }

    @Test
    void a_partner_with_conventions_in_every_state_reads_as_its_aggregates_for_each_viewer_and_day() {
        Partner registered = Fixtures.cielBleu();
        Partner cielBleu = registered.createUser(registered.administrators().getFirst().id(), Fixtures.martin37())
                .orElseThrow();
        Fixtures.store(partners, accounts(), cielBleu);
        UUID partner = cielBleu.id().value();
        conventions.add(new Convention.Validee(newId(), partner, Fixtures.terms(CARSAT_NORD_PICARDIE, CODE_757300),
                NOW, NOW.plus(Duration.ofDays(2)), Optional.empty()));
        conventions.add(new Convention.Validee(newId(), partner,
                new ConventionTerms(CAF_PAS_DE_CALAIS, ConventionCode.of("620001"), PartnerType.HABITAT),
                NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(3)), Optional.of(LocalDate.of(2025, 12, 31))));
        conventions.add(new Convention.Invalidee(newId(), partner,
                new ConventionTerms(CARSAT_NORD_PICARDIE, ConventionCode.of("757301"), PartnerType.PRESTATAIRE_ERGOTHERAPEUTE),
                NOW.plus(Duration.ofDays(4)), Motif.of("Le numéro de convention ne correspond à aucune convention signée."),
                NOW.plus(Duration.ofDays(5))));
        conventions.add(new Convention.EnAttenteDeValidation(newId(), partner,
                new ConventionTerms(CARSAT_NORD_PICARDIE, ConventionCode.of("757302"), PartnerType.PRESTATAIRE_AIDE_DOMICILE),
                NOW.plus(Duration.ofDays(6))));
        UserId administrator = cielBleu.administrators().getFirst().id();
        UserId notAdministrator = cielBleu.users().stream().filter(user -> !user.administrator()).findFirst()
                .orElseThrow().id();

        for (LocalDate today : List.of(LocalDate.of(2025, 12, 30), LocalDate.of(2025, 12, 31))) {
            for (UserId viewer : List.of(administrator, notAdministrator, new UserId(UUID.randomUUID()))) {
                assertThat(views.partnerView(cielBleu.id(), viewer, today))
                        .contains(fromAggregates(cielBleu.id(), viewer, today));
            }
        }
        PartnerView seen = views.partnerView(cielBleu.id(), administrator, LocalDate.of(2025, 12, 31)).orElseThrow();
        assertThat(seen.administrateur()).isTrue();
        assertThat(seen.conventions()).extracting(ConventionView::etat)
                .containsExactly("validée", "clôturée", "invalidée", "en attente de validation");
        assertThat(views.partnerView(cielBleu.id(), notAdministrator, LocalDate.of(2025, 12, 31)).orElseThrow()
                .administrateur()).isFalse();
        for (UserId viewer : List.of(administrator, notAdministrator, new UserId(UUID.randomUUID()))) {
            PartnerView full = views.partnerView(cielBleu.id(), viewer, LocalDate.of(2025, 12, 31)).orElseThrow();
            PartnerViews.Header header = views.partnerHeader(cielBleu.id(), viewer).orElseThrow();
            assertThat(header.nom()).as("the header agrees with the full view").isEqualTo(full.nom());
            assertThat(header.administrateur()).isEqualTo(full.administrateur());
            assertThat(header.conventions().all()).as("the header reads the conventions as the aggregate's store")
                    .isEqualTo(conventions.of(cielBleu.id()).all());
        }
    }

    @Test
    void another_partners_administrator_is_not_an_administrator_here() {
        Partner cielBleu = Fixtures.cielBleu();
        Partner other = Fixtures.otherPartner("Autre42");
        Fixtures.store(partners, accounts(), cielBleu);
        Fixtures.store(partners, accounts(), other);

        assertThat(views.partnerView(cielBleu.id(), other.administrators().getFirst().id(), LocalDate.of(2025, 3, 3))
                .orElseThrow().administrateur()).isFalse();
        PartnerViews.Header header = views.partnerHeader(other.id(), other.administrators().getFirst().id())
                .orElseThrow();
        assertThat(header.administrateur()).isTrue();
        assertThat(header.conventions().all()).as("a partner without conventions still has its header").isEmpty();
    }

    @Test
    void an_unknown_partner_has_no_view() {
        assertThat(views.partnerView(PartnerId.random(), new UserId(UUID.randomUUID()), LocalDate.of(2025, 3, 3)))
                .isEmpty();
        assertThat(views.partnerHeader(PartnerId.random(), new UserId(UUID.randomUUID()))).isEmpty();
    }
}
