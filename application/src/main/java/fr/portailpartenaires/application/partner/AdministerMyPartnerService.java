package fr.portailpartenaires.application.partner;

import fr.portailpartenaires.application.shared.UseCaseBase;
import fr.portailpartenaires.application.shared.UseCaseSupport;
import static fr.portailpartenaires.application.partner.PartnerAdministration.event;
import static fr.portailpartenaires.application.partner.PartnerAdministration.scope;
import static fr.portailpartenaires.application.partner.PartnerAdministration.then;

import fr.portailpartenaires.application.shared.AddressForm;
import fr.portailpartenaires.application.shared.AddressForms;
import fr.portailpartenaires.application.shared.AuditAction;
import fr.portailpartenaires.application.shared.AuditedChanges;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.domain.partner.Partner;
import fr.portailpartenaires.domain.partner.PartnerData;
import fr.portailpartenaires.domain.partner.PartnerName;
import fr.portailpartenaires.domain.shared.EmailAddress;
import fr.portailpartenaires.domain.shared.PhoneNumber;
import fr.portailpartenaires.domain.shared.PostalAddress;
import fr.portailpartenaires.domain.shared.RepetitionIndex;
import fr.portailpartenaires.domain.shared.Siret;
import java.util.Optional;

/**
 * The partner's data and address, read and modified by its administrators (spec §3.1); every change is audited with
 * its old and new values, and a change to nothing stores nothing. The frame is {@link PartnerAdministration}'s.
 */
public final class AdministerMyPartnerService extends UseCaseBase<PartnerPorts> implements AdministerMyPartner {

    public AdministerMyPartnerService(UseCaseSupport support, PartnerPorts ports) {
        super(support, ports);
    }

    @Override
    public Outcome<PartnerDetails> details(Principal principal) {
        return ports.administration().asAdministrator(principal,
                (administrator, partner, now) -> Outcome.done(details(partner)));
    }

    @Override
    public Outcome<PartnerDetails> modifyData(Principal principal, PartnerDataForm form, String sourceAddress) {
        return ports.administration().asAdministrator(principal, (administrator, partner, now) ->
                support.validate(form).flatMap(errors -> {
                    Optional<PartnerName> name = errors.parse("nomPartenaire", form.nomPartenaire(), PartnerName::parse);
                    Optional<Optional<Siret>> siret = errors.parseOptional("siret", form.siret(), Siret::parse);
                    Optional<PhoneNumber> phone = errors.parse("telephone", form.telephone(), PhoneNumber::parse);
                    Optional<Optional<EmailAddress>> email = errors.parseOptional("email", form.email(),
                            EmailAddress::parse);
                    if (!errors.isEmpty()) {
                        return errors.toOutcome();
                    }
                    PartnerData data = new PartnerData(name.orElseThrow(), siret.orElseThrow(), phone.orElseThrow(),
                            email.orElseThrow());
                    return then(partner.modifyPartnerData(administrator.user(), data), changed -> {
                        AuditedChanges changes = new AuditedChanges()
                                .field("nom", partner.name().value(), changed.name().value())
                                .field("siret", siret(partner), siret(changed))
                                .field("telephone", partner.phone().value(), changed.phone().value())
                                .field("email", email(partner), email(changed));
                        return ports.administration().saved(changed, changes, event(administrator, now,
                                AuditAction.PARTNER_UPDATED, sourceAddress).withTarget(scope(partner)),
                                () -> details(changed));
                    });
                }));
    }

    @Override
    public Outcome<PartnerDetails> modifyAddress(Principal principal, AddressForm form, String sourceAddress) {
        return ports.administration().asAdministrator(principal, (administrator, partner, now) ->
                support.validate(form).flatMap(errors -> {
                    Optional<PostalAddress> address = AddressForms.parse(form, partner.name().value(), "", errors);
                    if (!errors.isEmpty() || address.isEmpty()) {
                        return errors.toOutcome();
                    }
                    return then(partner.modifyAddress(administrator.user(), address.get()), changed -> {
                        AuditedChanges changes = new AuditedChanges();
                        for (PostalAddress.Field field : PostalAddress.Field.values()) {
                            if (field != PostalAddress.Field.IDENTITE_DESTINATAIRE) {
                                changes.field(field.key(), valueOf(partner.address(), field),
                                        valueOf(changed.address(), field));
                            }
                        }
                        return ports.administration().saved(changed, changes, event(administrator, now,
                                AuditAction.PARTNER_ADDRESS_UPDATED, sourceAddress).withTarget(scope(partner)),
                                () -> details(changed));
                    });
                }));
    }

    private static String valueOf(PostalAddress address, PostalAddress.Field field) {
        return switch (field) {
            case IDENTITE_DESTINATAIRE -> address.identiteDestinataire().orElse(null);
            case MENTION_COMPLEMENTAIRE -> address.mentionComplementaire().orElse(null);
            case BATIMENT_RESIDENCE -> address.batimentResidence().orElse(null);
            case NUMERO -> address.numero().orElse(null);
            case COMPLEMENT -> address.complement().map(RepetitionIndex::letter).orElse(null);
            case TYPE_ET_LIBELLE_VOIE -> address.typeEtLibelleVoie().orElse(null);
            case LIEU_DIT_BOITE_POSTALE -> address.lieuDitBoitePostale().orElse(null);
            case CODE_POSTAL -> address.codePostal().value();
            case COMMUNE -> address.commune();
            case CEDEX -> address.cedex().orElse(null);
            case CANTON -> address.canton().orElse(null);
        };
    }

    private static PartnerDetails details(Partner partner) {
        PostalAddress a = partner.address();
        AddressDetails address = new AddressDetails(valueOf(a, PostalAddress.Field.IDENTITE_DESTINATAIRE),
                valueOf(a, PostalAddress.Field.MENTION_COMPLEMENTAIRE), valueOf(a, PostalAddress.Field.BATIMENT_RESIDENCE),
                valueOf(a, PostalAddress.Field.NUMERO), valueOf(a, PostalAddress.Field.COMPLEMENT),
                valueOf(a, PostalAddress.Field.TYPE_ET_LIBELLE_VOIE), valueOf(a, PostalAddress.Field.LIEU_DIT_BOITE_POSTALE),
                valueOf(a, PostalAddress.Field.CODE_POSTAL), valueOf(a, PostalAddress.Field.COMMUNE),
                valueOf(a, PostalAddress.Field.CEDEX), valueOf(a, PostalAddress.Field.CANTON), a.lines());
        return new PartnerDetails(partner.id().value(), partner.name().value(), siret(partner),
                partner.phone().display(), email(partner), address);
    }

    private static String siret(Partner partner) {
        return partner.siret().map(Siret::value).orElse(null);
    }

    private static String email(Partner partner) {
        return partner.email().map(EmailAddress::value).orElse(null);
    }
}
