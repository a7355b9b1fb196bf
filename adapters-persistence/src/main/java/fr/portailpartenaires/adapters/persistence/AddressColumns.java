package fr.portailpartenaires.adapters.persistence;

import static fr.portailpartenaires.adapters.persistence.jooq.Tables.HABITAT_ORDER;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.PARTNER;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.REGISTRATION;

import fr.portailpartenaires.domain.shared.PostalAddress;
import fr.portailpartenaires.domain.shared.PostalCode;
import fr.portailpartenaires.domain.shared.RepetitionIndex;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.Field;
import org.jooq.Record;

/**
 * The {@code addr_*} columns shared by the partner, registration and Habitat order tables. The identité du
 * destinataire is not stored: it is always the partner's (or the retiree's) name, given back on reading.
 */
public record AddressColumns(Field<String> mention, Field<String> batiment, Field<String> numero,
        Field<String> complement, Field<String> voie, Field<String> lieuDit, Field<String> codePostal,
        Field<String> commune, Field<String> cedex, Field<String> canton) {

    public static final AddressColumns OF_PARTNER = new AddressColumns(PARTNER.ADDR_MENTION, PARTNER.ADDR_BATIMENT,
            PARTNER.ADDR_NUMERO, PARTNER.ADDR_COMPLEMENT, PARTNER.ADDR_VOIE, PARTNER.ADDR_LIEU_DIT,
            PARTNER.ADDR_CODE_POSTAL, PARTNER.ADDR_COMMUNE, PARTNER.ADDR_CEDEX, PARTNER.ADDR_CANTON);

    public static final AddressColumns OF_REGISTRATION = new AddressColumns(REGISTRATION.ADDR_MENTION,
            REGISTRATION.ADDR_BATIMENT, REGISTRATION.ADDR_NUMERO, REGISTRATION.ADDR_COMPLEMENT, REGISTRATION.ADDR_VOIE,
            REGISTRATION.ADDR_LIEU_DIT, REGISTRATION.ADDR_CODE_POSTAL, REGISTRATION.ADDR_COMMUNE,
            REGISTRATION.ADDR_CEDEX, REGISTRATION.ADDR_CANTON);

    public static final AddressColumns OF_HABITAT_ORDER = new AddressColumns(HABITAT_ORDER.ADDR_MENTION,
            HABITAT_ORDER.ADDR_BATIMENT, HABITAT_ORDER.ADDR_NUMERO, HABITAT_ORDER.ADDR_COMPLEMENT,
            HABITAT_ORDER.ADDR_VOIE, HABITAT_ORDER.ADDR_LIEU_DIT, HABITAT_ORDER.ADDR_CODE_POSTAL,
            HABITAT_ORDER.ADDR_COMMUNE, HABITAT_ORDER.ADDR_CEDEX, HABITAT_ORDER.ADDR_CANTON);

    /** The column values of an address, for an insert or an update. */
    public Map<Field<?>, Object> values(PostalAddress address) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(mention, address.mentionComplementaire().orElse(null));
        values.put(batiment, address.batimentResidence().orElse(null));
        values.put(numero, address.numero().orElse(null));
        values.put(complement, address.complement().map(RepetitionIndex::letter).orElse(null));
        values.put(voie, address.typeEtLibelleVoie().orElse(null));
        values.put(lieuDit, address.lieuDitBoitePostale().orElse(null));
        values.put(codePostal, address.codePostal().value());
        values.put(commune, address.commune());
        values.put(cedex, address.cedex().orElse(null));
        values.put(canton, address.canton().orElse(null));
        return values;
    }

    /** The address stored in a row, with this recipient identity (the partner's name). */
    public PostalAddress read(Record row, String identiteDestinataire) {
        return new PostalAddress(Optional.of(identiteDestinataire), text(row, mention), text(row, batiment),
                text(row, numero), text(row, complement).map(AddressColumns::repetitionIndex), text(row, voie),
                text(row, lieuDit), PostalCode.of(row.get(codePostal)), row.get(commune), text(row, cedex),
                text(row, canton));
    }

    private static Optional<String> text(Record row, Field<String> column) {
        return Optional.ofNullable(row.get(column));
    }

    private static RepetitionIndex repetitionIndex(String letter) {
        return Arrays.stream(RepetitionIndex.values())
                .filter(index -> index.letter().equals(letter))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Unknown repetition index in the database: " + letter));
    }
}
