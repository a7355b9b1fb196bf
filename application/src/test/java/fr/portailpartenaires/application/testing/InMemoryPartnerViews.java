package fr.portailpartenaires.application.testing;

import fr.portailpartenaires.application.partner.ViewMyPartner.ConventionView;
import fr.portailpartenaires.application.partner.ViewMyPartner.PartnerView;
import fr.portailpartenaires.application.shared.Conventions;
import fr.portailpartenaires.application.partner.PartnerViews;
import fr.portailpartenaires.application.shared.Partners;
import fr.portailpartenaires.domain.partner.PartnerId;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.shared.Siret;
import fr.portailpartenaires.domain.user.UserId;
import java.time.LocalDate;
import java.util.Optional;

/** The read side computed from the aggregates of the in-memory stores: the reference the jOOQ read model matches. */
public final class InMemoryPartnerViews implements PartnerViews {

    private final Partners partners;
    private final Conventions conventions;

    public InMemoryPartnerViews(Partners partners, Conventions conventions) {
        this.partners = partners;
        this.conventions = conventions;
    }

    @Override
    public Optional<PartnerView> partnerView(PartnerId partnerId, UserId viewer, LocalDate today) {
        return partners.find(partnerId).map(partner -> new PartnerView(partner.id().value(), partner.name().value(),
                partner.siret().map(Siret::value).orElse(null), partner.phone().display(),
                partner.email().map(EmailAddress::value).orElse(null), partner.address().lines(),
                conventions.of(partner.id()).all().stream()
                        .map(c -> new ConventionView(c.id().value(), c.regime().value(), c.caisse().libelle(),
                                c.code().value(), c.partnerType().label(), c.etat(today).label()))
                        .toList(),
                partner.isAdministrator(viewer)));
    }

    @Override
    public Optional<Header> partnerHeader(PartnerId partnerId, UserId viewer) {
        return partners.find(partnerId).map(partner -> new Header(partner.name().value(),
                partner.isAdministrator(viewer), conventions.of(partnerId)));
    }
}
