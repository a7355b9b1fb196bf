package fr.portailpartenaires.adapters.web.pages;

import fr.portailpartenaires.application.partner.AdministerMyPartner;
import fr.portailpartenaires.application.shared.AddressForm;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The postal address's fields in a page form (spec §1), named {@code adresse.…} like the JSON forms, drawn by the
 * {@code layout/address.jte} template: the registration form and the « Adresse » tab share them.
 */
public final class AddressFields {

    /** The fields in the page's order. */
    public static final List<String> FIELDS = List.of("adresse.mentionComplementaire", "adresse.batimentResidence",
            "adresse.numero", "adresse.complement", "adresse.typeEtLibelleVoie", "adresse.lieuDitBoitePostale",
            "adresse.codePostal", "adresse.commune", "adresse.cedex", "adresse.canton");

    private AddressFields() {
    }

    /** What the visitor typed, for the use case. */
    public static AddressForm form(Context ctx) {
        return new AddressForm(Form.param(ctx, "adresse.mentionComplementaire"),
                Form.param(ctx, "adresse.batimentResidence"), Form.param(ctx, "adresse.numero"),
                Form.param(ctx, "adresse.complement"), Form.param(ctx, "adresse.typeEtLibelleVoie"),
                Form.param(ctx, "adresse.lieuDitBoitePostale"), Form.param(ctx, "adresse.codePostal"),
                Form.param(ctx, "adresse.commune"), Form.param(ctx, "adresse.cedex"), Form.param(ctx, "adresse.canton"));
    }

    /** The stored address as the form's values. */
    public static Map<String, String> values(AdministerMyPartner.AddressDetails address) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("adresse.mentionComplementaire", address.mentionComplementaire());
        values.put("adresse.batimentResidence", address.batimentResidence());
        values.put("adresse.numero", address.numero());
        values.put("adresse.complement", address.complement());
        values.put("adresse.typeEtLibelleVoie", address.typeEtLibelleVoie());
        values.put("adresse.lieuDitBoitePostale", address.lieuDitBoitePostale());
        values.put("adresse.codePostal", address.codePostal());
        values.put("adresse.commune", address.commune());
        values.put("adresse.cedex", address.cedex());
        values.put("adresse.canton", address.canton());
        values.values().removeIf(java.util.Objects::isNull);
        return values;
    }
}
