package fr.portailpartenaires.adapters.persistence.convention;

import fr.portailpartenaires.application.shared.Accounts;
import fr.portailpartenaires.adapters.persistence.Fixtures;
import static fr.portailpartenaires.adapters.persistence.Fixtures.CAF_PAS_DE_CALAIS;
import static fr.portailpartenaires.adapters.persistence.Fixtures.CARSAT_NORD_PICARDIE;
import static fr.portailpartenaires.adapters.persistence.Fixtures.CODE_757300;
import static fr.portailpartenaires.adapters.persistence.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.application.shared.Conventions;
import fr.portailpartenaires.application.shared.Partners;
import fr.portailpartenaires.domain.convention.Convention;
import fr.portailpartenaires.domain.convention.ConventionCode;
import fr.portailpartenaires.domain.convention.ConventionId;
import fr.portailpartenaires.domain.convention.ConventionTerms;
import fr.portailpartenaires.domain.convention.EtatConvention;
import fr.portailpartenaires.domain.convention.Motif;
import fr.portailpartenaires.domain.convention.PartnerConventions;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.application.shared.ConventionNumberUse;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.reference.Caisse;
import fr.portailpartenaires.domain.reference.PartnerType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The conventions of a partner, in each state of their lifecycle. */
abstract class ConventionsContract {

    /** Empties the stores: each test starts from the reference data only. */
    protected abstract void clear();

    protected abstract Conventions conventions();

    /** The partners, whose conventions these are. */
    protected abstract Partners partners();

    /** The accounts the partners\' users are, opened after their partner as a use case opens them. */
    protected abstract Accounts accounts();

    /** Whether a convention number is in use, read from the same stores. */
    protected abstract ConventionNumberUse numberUse();

    Conventions conventions;
    Partner cielBleu;

    @BeforeEach
    void setUp() {
        clear();
        conventions = conventions();
        cielBleu = Fixtures.cielBleu();
        Fixtures.store(partners(), accounts(), cielBleu);
    }

    UUID partner() {
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
    void a_number_is_in_use_while_a_request_is_pending_or_its_convention_in_force_and_free_otherwise() {
        LocalDate today = LocalDate.of(2026, 1, 1);
        conventions.add(new Convention.EnAttenteDeValidation(newId(), partner(),
                Fixtures.terms(CARSAT_NORD_PICARDIE, CODE_757300), NOW));
        conventions.add(new Convention.Validee(newId(), partner(), Fixtures.terms(CARSAT_NORD_PICARDIE,
                ConventionCode.of("757301")), NOW, NOW, Optional.empty()));
        conventions.add(new Convention.Validee(newId(), partner(), Fixtures.terms(CARSAT_NORD_PICARDIE,
                ConventionCode.of("757302")), NOW, NOW, Optional.of(today.plusDays(1))));
        conventions.add(new Convention.Invalidee(newId(), partner(), Fixtures.terms(CARSAT_NORD_PICARDIE,
                ConventionCode.of("757303")), NOW, Motif.of("Numéro d'une autre structure."), NOW));
        ConventionNumberUse use = numberUse();

        assertThat(use.inUse(CARSAT_NORD_PICARDIE.code(), CODE_757300, today)).as("pending").isTrue();
        assertThat(use.inUse(CARSAT_NORD_PICARDIE.code(), ConventionCode.of("757301"), today)).as("in force").isTrue();
        assertThat(use.inUse(CARSAT_NORD_PICARDIE.code(), ConventionCode.of("757302"), today)).as("closing").isTrue();
        assertThat(use.inUse(CARSAT_NORD_PICARDIE.code(), ConventionCode.of("757302"), today.plusDays(1)))
                .as("closed").isFalse();
        assertThat(use.inUse(CARSAT_NORD_PICARDIE.code(), ConventionCode.of("757303"), today)).as("invalidated")
                .isFalse();
        assertThat(use.inUse(CAF_PAS_DE_CALAIS.code(), CODE_757300, today)).as("another caisse").isFalse();
        assertThat(use.inUse(CARSAT_NORD_PICARDIE.code(), ConventionCode.of("757399"), today)).as("unknown").isFalse();
    }

    @Test
    void a_caisse_lists_its_conventions_by_type_and_etat_of_the_day_page_by_page() {
        LocalDate today = LocalDate.of(2026, 1, 1);
        var pending = new Convention.EnAttenteDeValidation(newId(), partner(),
                new ConventionTerms(CARSAT_NORD_PICARDIE, ConventionCode.of("757302"), PartnerType.PRESTATAIRE_ERGOTHERAPEUTE),
                NOW);
        var inForce = new Convention.Validee(newId(), partner(), Fixtures.terms(CARSAT_NORD_PICARDIE, CODE_757300),
                NOW.plusSeconds(1), NOW.plusSeconds(2), Optional.of(today.plusDays(1)));
        var closed = new Convention.Validee(newId(), partner(), new ConventionTerms(CARSAT_NORD_PICARDIE,
                ConventionCode.of("757301"), PartnerType.PRESTATAIRE_ERGOTHERAPEUTE), NOW.plusSeconds(3),
                NOW.plusSeconds(4), Optional.of(today));
        var elsewhere = new Convention.EnAttenteDeValidation(newId(), partner(),
                new ConventionTerms(CAF_PAS_DE_CALAIS, ConventionCode.of("620001"), PartnerType.HABITAT), NOW);
        List.of(pending, inForce, closed, elsewhere).forEach(conventions::add);
        var carsat = CARSAT_NORD_PICARDIE.code();

        assertThat(conventions.ofCaisse(carsat, Optional.empty(), Optional.empty(), today, Optional.empty(), 10))
                .containsExactly(pending, inForce, closed);
        assertThat(conventions.ofCaisse(carsat, Optional.of(PartnerType.PRESTATAIRE_ERGOTHERAPEUTE), Optional.empty(),
                today, Optional.empty(), 10)).containsExactly(pending, closed);
        assertThat(conventions.ofCaisse(carsat, Optional.empty(), Optional.of(EtatConvention.VALIDEE), today,
                Optional.empty(), 10)).containsExactly(inForce);
        assertThat(conventions.ofCaisse(carsat, Optional.empty(), Optional.of(EtatConvention.CLOTUREE), today,
                Optional.empty(), 10)).containsExactly(closed);
        assertThat(conventions.ofCaisse(carsat, Optional.empty(), Optional.of(EtatConvention.CLOTUREE),
                today.minusDays(1), Optional.empty(), 10)).isEmpty();
        assertThat(conventions.ofCaisse(carsat, Optional.empty(), Optional.empty(), today, Optional.of(pending.id()),
                1)).containsExactly(inForce);
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
        Fixtures.store(partners(), accounts(), other);
        var mine = new Convention.EnAttenteDeValidation(newId(), partner(), Fixtures.terms(CARSAT_NORD_PICARDIE, CODE_757300), NOW);
        var theirs = new Convention.EnAttenteDeValidation(newId(), other.id().value(),
                Fixtures.terms(CARSAT_NORD_PICARDIE, CODE_757300), NOW);

        conventions.add(mine);
        conventions.add(theirs);

        assertThat(conventions.of(cielBleu.id()).all()).containsExactly(mine);
        assertThat(conventions.of(other.id()).all()).containsExactly(theirs);
        assertThat(conventions.of(PartnerId.random()).all()).isEmpty();
    }

    Convention.EnAttenteDeValidation pending(UUID partner, Caisse caisse, String code, Instant requestedAt) {
        return new Convention.EnAttenteDeValidation(newId(), partner, Fixtures.terms(caisse, ConventionCode.of(code)),
                requestedAt);
    }

    @Nested
    class One_convention_with_its_version {

        @Test
        void is_found_by_its_id_at_version_zero() {
            var request = pending(partner(), CARSAT_NORD_PICARDIE, "757302", NOW);
            assertThat(conventions.add(request)).isTrue();

            assertThat(conventions.find(request.id())).contains(new Conventions.Stored(request, 0));
            assertThat(conventions.find(newId())).isEmpty();
        }

        @Test
        void is_updated_only_at_the_version_it_was_read() {
            var request = pending(partner(), CARSAT_NORD_PICARDIE, "757302", NOW);
            conventions.add(request);
            var validated = new Convention.Validee(request.id(), partner(), request.terms(), NOW, NOW.plusSeconds(60),
                    Optional.empty());
            var invalidated = new Convention.Invalidee(request.id(), partner(), request.terms(), NOW,
                    Motif.of("Numéro erroné."), NOW.plusSeconds(60));

            assertThat(conventions.update(validated, 0)).isTrue();
            assertThat(conventions.update(invalidated, 0)).as("stale version").isFalse();

            assertThat(conventions.find(request.id())).contains(new Conventions.Stored(validated, 1));
        }

        @Test
        void keeps_every_change_of_state_code_type_and_closure() {
            var request = pending(partner(), CARSAT_NORD_PICARDIE, "757302", NOW);
            conventions.add(request);
            var changed = new Convention.Validee(request.id(), partner(),
                    new ConventionTerms(CARSAT_NORD_PICARDIE, ConventionCode.of("757303"), PartnerType.HABITAT), NOW,
                    NOW.plusSeconds(60), Optional.of(LocalDate.of(2026, 6, 30)));

            assertThat(conventions.update(changed, 0)).isTrue();

            assertThat(conventions.find(request.id()).orElseThrow().convention()).isEqualTo(changed);
            assertThat(conventions.of(cielBleu.id()).all()).containsExactly(changed);
        }

        @Test
        void cannot_move_to_another_partner_or_caisse() {
            Partner other = Fixtures.otherPartner("Claire62");
            Fixtures.store(partners(), accounts(), other);
            var request = pending(partner(), CARSAT_NORD_PICARDIE, "757302", NOW);
            conventions.add(request);

            assertThat(conventions.update(new Convention.EnAttenteDeValidation(request.id(), other.id().value(),
                    request.terms(), NOW), 0)).isFalse();
            assertThat(conventions.update(new Convention.EnAttenteDeValidation(request.id(), partner(),
                    Fixtures.terms(CAF_PAS_DE_CALAIS, ConventionCode.of("757302")), NOW), 0)).isFalse();
            assertThat(conventions.find(request.id())).contains(new Conventions.Stored(request, 0));
        }
    }

    @Nested
    class Pending_requests {

        @Test
        void a_partner_cannot_have_two_pending_requests_for_one_code() {
            var first = pending(partner(), CARSAT_NORD_PICARDIE, "757302", NOW);
            var twin = pending(partner(), CARSAT_NORD_PICARDIE, "757302", NOW.plusSeconds(1));
            Partner other = Fixtures.otherPartner("Claire62");
            Fixtures.store(partners(), accounts(), other);

            assertThat(conventions.add(first)).isTrue();
            assertThat(conventions.add(twin)).isFalse();
            assertThat(conventions.add(pending(other.id().value(), CARSAT_NORD_PICARDIE, "757302", NOW))).isTrue();
            assertThat(conventions.add(pending(partner(), CARSAT_NORD_PICARDIE, "757303", NOW))).isTrue();
            assertThat(conventions.of(cielBleu.id()).all()).hasSize(2).doesNotContain(twin);
        }

        @Test
        void a_decided_request_frees_its_code_for_a_new_request() {
            var first = pending(partner(), CARSAT_NORD_PICARDIE, "757302", NOW);
            conventions.add(first);
            conventions.update(new Convention.Invalidee(first.id(), partner(), first.terms(), NOW, Motif.of("Erreur."),
                    NOW.plusSeconds(5)), 0);

            assertThat(conventions.add(pending(partner(), CARSAT_NORD_PICARDIE, "757302", NOW.plusSeconds(10)))).isTrue();
        }

        @Test
        void of_a_caisse_come_oldest_first_page_after_page() {
            Partner other = Fixtures.otherPartner("Claire62");
            Fixtures.store(partners(), accounts(), other);
            var third = pending(partner(), CARSAT_NORD_PICARDIE, "757303", NOW.plusSeconds(20));
            var first = pending(other.id().value(), CARSAT_NORD_PICARDIE, "757302", NOW);
            var second = pending(partner(), CARSAT_NORD_PICARDIE, "757302", NOW.plusSeconds(10));
            var elsewhere = pending(partner(), CAF_PAS_DE_CALAIS, "620001", NOW.plusSeconds(5));
            var decided = pending(partner(), CARSAT_NORD_PICARDIE, "757304", NOW.plusSeconds(15));
            List.of(third, first, second, elsewhere, decided).forEach(conventions::add);
            conventions.update(new Convention.Validee(decided.id(), partner(), decided.terms(), decided.requestedAt(),
                    NOW.plusSeconds(30), Optional.empty()), 0);

            var carsat = CARSAT_NORD_PICARDIE.code();
            assertThat(conventions.pendingOf(carsat, Optional.empty(), 2)).containsExactly(first, second);
            assertThat(conventions.pendingOf(carsat, Optional.of(second.id()), 2)).containsExactly(third);
            assertThat(conventions.pendingOf(carsat, Optional.of(third.id()), 2)).isEmpty();
            assertThat(conventions.pendingOf(carsat, Optional.of(newId()), 2)).isEmpty();
            assertThat(conventions.pendingOf(CAF_PAS_DE_CALAIS.code(), Optional.empty(), 10)).containsExactly(elsewhere);
        }

        @Test
        void requested_at_the_same_instant_are_paged_by_id() {
            var a = pending(partner(), CARSAT_NORD_PICARDIE, "757302", NOW);
            var b = pending(partner(), CARSAT_NORD_PICARDIE, "757303", NOW);
            var c = pending(partner(), CARSAT_NORD_PICARDIE, "757304", NOW);
            List.of(a, b, c).forEach(conventions::add);
            List<Convention.EnAttenteDeValidation> byId = List.of(a, b, c).stream()
                    .sorted(java.util.Comparator.comparing(convention -> convention.id().value().toString()))
                    .toList();

            var firstPage = conventions.pendingOf(CARSAT_NORD_PICARDIE.code(), Optional.empty(), 2);
            var secondPage = conventions.pendingOf(CARSAT_NORD_PICARDIE.code(), Optional.of(firstPage.getLast().id()), 2);

            assertThat(firstPage).containsExactlyElementsOf(byId.subList(0, 2));
            assertThat(secondPage).containsExactly(byId.get(2));
        }
    }
}
