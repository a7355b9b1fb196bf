package fr.portailpartenaires.application.partner;

import fr.portailpartenaires.application.shared.AddressForm;
import fr.portailpartenaires.application.shared.FormFields;
import fr.portailpartenaires.application.shared.UseCase;
import fr.portailpartenaires.application.registration.RegisterPartner;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * A partner's administrator reads and modifies the partner's data and address (spec §3.1, seed
 * « Modification inscription », tabs Partenaire and Adresse). Only an administrator of the partner
 * may; every change is audited with its old and new values.
 */
@UseCase
public interface AdministerMyPartner {

    /** The partner's data and address as the modification form shows them. */
    Outcome<PartnerDetails> details(Principal principal);

    /** Replaces nom du partenaire, SIRET, téléphone and e-mail; every field error is reported at once. */
    Outcome<PartnerDetails> modifyData(Principal principal, PartnerDataForm form, String sourceAddress);

    /**
     * Replaces every field of the address but the identité du destinataire (the raison sociale, which is
     * always the partner's name); every field error is reported at once.
     */
    Outcome<PartnerDetails> modifyAddress(Principal principal, AddressForm form, String sourceAddress);

    /** The « Partenaire » tab: SIRET and e-mail may be empty. */
    record PartnerDataForm(
            @FormFields.PartnerName String nomPartenaire,
            @FormFields.OptionalSiret String siret,
            @FormFields.RequiredPhone String telephone,
            @Size(max = 254, message = "L'adresse e-mail ne doit pas dépasser 254 caractères.")
            String email) {
    }

    /**
     * @param siret     empty when the partner has none
     * @param email     empty when the partner has none
     * @param telephone shown in pairs ({@code 03 02 01 05 09})
     */
    record PartnerDetails(UUID id, String nomPartenaire, String siret, String telephone, String email,
            AddressDetails adresse) {
    }

    /**
     * The address, field by field (keys of the registration form), and as printed on an envelope.
     *
     * @param identiteDestinataire the partner's name, not modifiable here
     * @param lignes               the AFNOR lines
     */
    record AddressDetails(String identiteDestinataire, String mentionComplementaire, String batimentResidence,
            String numero, String complement, String typeEtLibelleVoie, String lieuDitBoitePostale, String codePostal,
            String commune, String cedex, String canton, List<String> lignes) {
    }
}
