package fr.portailpartenaires.adapters.persistence;

import static fr.portailpartenaires.adapters.persistence.Fixtures.CAF_PAS_DE_CALAIS;
import static fr.portailpartenaires.adapters.persistence.Fixtures.CARSAT_NORD_PICARDIE;
import static fr.portailpartenaires.adapters.persistence.Fixtures.CLOCK;
import static fr.portailpartenaires.adapters.persistence.Fixtures.CODE_757300;
import static fr.portailpartenaires.adapters.persistence.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.port.out.Conventions;
import fr.portailpartenaires.domain.convention.Convention;
import fr.portailpartenaires.domain.convention.ConventionCode;
import fr.portailpartenaires.domain.convention.ConventionId;
import fr.portailpartenaires.domain.convention.ConventionTerms;
import fr.portailpartenaires.domain.convention.EtatConvention;
import fr.portailpartenaires.domain.convention.Motif;
import fr.portailpartenaires.domain.convention.PartnerConventions;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.reference.PartnerType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The conventions of a partner, in each state of their lifecycle. */
abstract class ConventionsContract {

    protected abstract Database database();

    private Conventions conventions;
    private Partner cielBleu;

    @BeforeEach
    void setUp() {
        Fixtures.clear(database());
        conventions = new JooqConventions(database());
        cielBleu = Fixtures.cielBleu();
        new JooqPartners(database(), CLOCK).add(cielBleu);
    }

    private UUID partner() {
        return cielBleu.id().value();
    }

    private static ConventionId newId() {
        return new ConventionId(UUID.randomUUID());
    }

    @Test
    void a_partner_without_conventions_has_none() {
        assertThat(conventions.of(cielBleu.id())).isEqualTo(PartnerConventions.empty(partner()));
    }

    @Test
    void each_state_comes_back_as_stored_in_request_order() {
        var validated = new Convention.Validee(newId(), partner(), Fixtures.terms(CARSAT_NORD_PICARDIE, CODE_757300),
                NOW, NOW.plus(Duration.ofDays(2)), Optional.empty());
        var closing = new Convention.Validee(newId(), partner(),
                new ConventionTerms(CAF_PAS_DE_CALAIS, ConventionCode.of("620001"), PartnerType.HABITAT),
                NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(3)), Optional.of(LocalDate.of(2025, 12, 31)));
        var invalidated = new Convention.Invalidee(newId(), partner(),
                new ConventionTerms(CARSAT_NORD_PICARDIE, ConventionCode.of("757301"), PartnerType.PRESTATAIRE_ERGOTHERAPEUTE),
                NOW.plus(Duration.ofDays(4)), Motif.of("Le numéro de convention ne correspond à aucune convention signée."),
                NOW.plus(Duration.ofDays(5)));
        var pending = new Convention.EnAttenteDeValidation(newId(), partner(),
                new ConventionTerms(CARSAT_NORD_PICARDIE, ConventionCode.of("757302"), PartnerType.PRESTATAIRE_AIDE_DOMICILE),
                NOW.plus(Duration.ofDays(6)));

        conventions.add(pending);
        conventions.add(invalidated);
        conventions.add(closing);
        conventions.add(validated);

        PartnerConventions found = conventions.of(cielBleu.id());
        assertThat(found.all()).containsExactly(validated, closing, invalidated, pending);
        assertThat(found.all()).extracting(convention -> convention.etat(LocalDate.of(2026, 1, 1)))
                .containsExactly(EtatConvention.VALIDEE, EtatConvention.CLOTUREE, EtatConvention.INVALIDEE,
                        EtatConvention.EN_ATTENTE_DE_VALIDATION);
        assertThat(found.all().getFirst().caisse()).isEqualTo(CARSAT_NORD_PICARDIE);
        assertThat(found.all().get(1).caisse()).isEqualTo(CAF_PAS_DE_CALAIS);
    }

    @Test
    void conventions_requested_at_the_same_instant_all_come_back() {
        var first = new Convention.EnAttenteDeValidation(newId(), partner(), Fixtures.terms(CARSAT_NORD_PICARDIE, CODE_757300), NOW);
        var second = new Convention.EnAttenteDeValidation(newId(), partner(),
                Fixtures.terms(CARSAT_NORD_PICARDIE, ConventionCode.of("757309")), NOW);

        conventions.add(first);
        conventions.add(second);

        assertThat(conventions.of(cielBleu.id())).isEqualTo(PartnerConventions.of(partner(), List.of(second, first)));
    }

    @Test
    void the_conventions_of_another_partner_are_not_listed() {
        Partner other = Fixtures.otherPartner("Claire62");
        new JooqPartners(database(), CLOCK).add(other);
        var mine = new Convention.EnAttenteDeValidation(newId(), partner(), Fixtures.terms(CARSAT_NORD_PICARDIE, CODE_757300), NOW);
        var theirs = new Convention.EnAttenteDeValidation(newId(), other.id().value(),
                Fixtures.terms(CARSAT_NORD_PICARDIE, CODE_757300), NOW);

        conventions.add(mine);
        conventions.add(theirs);

        assertThat(conventions.of(cielBleu.id()).all()).containsExactly(mine);
        assertThat(conventions.of(other.id()).all()).containsExactly(theirs);
        assertThat(conventions.of(PartnerId.random()).all()).isEmpty();
    }
}
