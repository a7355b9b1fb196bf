package fr.portailpartenaires.application.shared;

import fr.portailpartenaires.application.registration.RegisterPartner;
import fr.portailpartenaires.domain.shared.PostalAddress;
import java.util.Optional;

/**
 * Turns an address form into a {@link PostalAddress}, reporting every field error in a
 * {@link FormErrors} under the form's field names (with a prefix, e.g. {@code adresse.}). A field that
 * already has an error (from Jakarta Validation) is not reported twice. The identity line is the
 * partner's name, never typed, so its own errors are not the form's.
 */
public final class AddressForms {

    private AddressForms() {
    }

    public static Optional<PostalAddress> parse(AddressForm form, String identity, String prefix,
            FormErrors errors) {
        var parsed = PostalAddress.builder()
                .identiteDestinataire(identity)
                .mentionComplementaire(form.mentionComplementaire())
                .batimentResidence(form.batimentResidence())
                .numero(form.numero())
                .complement(form.complement())
                .typeEtLibelleVoie(form.typeEtLibelleVoie())
                .lieuDitBoitePostale(form.lieuDitBoitePostale())
                .codePostal(form.codePostal())
                .commune(form.commune())
                .cedex(form.cedex())
                .canton(form.canton())
                .parse();
        return switch (parsed) {
            case PostalAddress.Parsed.Valid valid -> Optional.of(valid.address());
            case PostalAddress.Parsed.Invalid invalid -> {
                invalid.errors().forEach((field, refusal) -> {
                    String key = prefix + field.key();
                    if (field != PostalAddress.Field.IDENTITE_DESTINATAIRE && !errors.has(key)) {
                        errors.add(key, refusal);
                    }
                });
                yield Optional.empty();
            }
        };
    }
}
