package fr.portailpartenaires.bootstrap;

import fr.portailpartenaires.domain.convention.Convention;
import fr.portailpartenaires.domain.convention.ConventionCode;
import fr.portailpartenaires.domain.convention.ConventionId;
import fr.portailpartenaires.domain.convention.ConventionTerms;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.reference.PartnerType;
import fr.portailpartenaires.domain.shared.Nir;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Conventions of CARSAT Nord-Picardie with open invoice lines, for the scheduler and crash tests. */
final class BillingData {

    static final Nir NIR = Nir.of("184127645108946");

    private BillingData() {
    }

    /**
     * One partner holding {@code conventions} validated conventions, each with {@code lines} open lines transmitted
     * at {@code transmittedAt}; answers the conventions' ids.
     */
    static List<ConventionId> openLines(Portal portal, int conventions, int lines, Instant transmittedAt) {
        Partner partner = PartnerFixtures.store(portal, "Ergo " + UUID.randomUUID().toString().substring(0, 8),
                PartnerFixtures.user("Ergo" + System.nanoTime() % 1_000_000, "ERGO", true));
        var caisse = portal.infra().referenceData().caisse(DemoData.CARSAT_NP).orElseThrow();
        List<ConventionId> ids = new ArrayList<>();
        for (int c = 0; c < conventions; c++) {
            ConventionId id = new ConventionId(UUID.randomUUID());
            portal.infra().conventions().add(new Convention.Validee(id, partner.id().value(), new ConventionTerms(caisse,
                    ConventionCode.of(String.format(Locale.ROOT, "7%05d", c)), PartnerType.PRESTATAIRE_ERGOTHERAPEUTE),
                    transmittedAt, transmittedAt, Optional.empty()));
            for (int l = 0; l < lines; l++) {
                portal.billing().openInvoiceLine().open(id, "AV-" + c + "-" + l, "RETRAITÉ " + l, NIR, transmittedAt.plusSeconds(l));
            }
            ids.add(id);
        }
        return ids;
    }
}
