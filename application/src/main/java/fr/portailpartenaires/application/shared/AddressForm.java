package fr.portailpartenaires.application.shared;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The address fields of every form that takes a postal address (spec §1: registration, the partner's address, an
 * AFAS partner, a Habitat order); only code postal and commune are mandatory.
 */
public record AddressForm(
        @Size(max = 38, message = "La mention complémentaire ne doit pas dépasser 38 caractères.") String mentionComplementaire,
        @Size(max = 38, message = "Le bâtiment ou la résidence ne doit pas dépasser 38 caractères.") String batimentResidence,
        @Size(max = 10, message = "Le numéro de voie doit comporter de 1 à 4 chiffres.") String numero,
        @Size(max = 10, message = "Le complément du numéro doit être B (bis), T (ter), Q (quater) ou C (quinquies).") String complement,
        @Size(max = 38, message = "Le type et le libellé de voie ne doivent pas dépasser 38 caractères.") String typeEtLibelleVoie,
        @Size(max = 38, message = "Le lieu-dit ou la boîte postale ne doit pas dépasser 38 caractères.") String lieuDitBoitePostale,
        @NotBlank(message = "Le code postal est obligatoire.") @Size(max = 10, message = "Le code postal doit comporter exactement 5 chiffres (par exemple 62000).") String codePostal,
        @NotBlank(message = "La commune est obligatoire.") @Size(max = 38, message = "La commune ne doit pas dépasser 32 caractères.") String commune,
        @Size(max = 38, message = "Le cedex ne doit pas dépasser 38 caractères.") String cedex,
        @Size(max = 38, message = "Le canton ne doit pas dépasser 38 caractères.") String canton) {

    /** The usual street address: number, street, code postal and commune, nothing else. */
    public static AddressForm street(String numero, String typeEtLibelleVoie, String codePostal, String commune) {
        return new AddressForm(null, null, numero, null, typeEtLibelleVoie, null, codePostal, commune, null, null);
    }
}
