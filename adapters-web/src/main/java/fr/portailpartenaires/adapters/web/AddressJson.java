package fr.portailpartenaires.adapters.web;

import fr.portailpartenaires.application.shared.AddressForm;

/** An address in a JSON body (the partner's, a retiree's, an AFAS partner's), with the form's French field names. */
public record AddressJson(String mentionComplementaire, String batimentResidence, String numero, String complement,
        String typeEtLibelleVoie, String lieuDitBoitePostale, String codePostal, String commune, String cedex,
        String canton) implements JsonBody<AddressForm> {

    @Override
    public AddressForm command(JsonFields fields) {
        return new AddressForm(mentionComplementaire, batimentResidence, numero, complement, typeEtLibelleVoie,
                lieuDitBoitePostale, codePostal, commune, cedex, canton);
    }

    /** The address of a nested field, null when absent (the use case says it is required). */
    public static AddressForm of(AddressJson address, JsonFields fields) {
        return address == null ? null : address.command(fields);
    }
}
