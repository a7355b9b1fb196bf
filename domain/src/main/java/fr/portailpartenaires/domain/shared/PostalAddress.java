package fr.portailpartenaires.domain.shared;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A French postal address with the fields of the registration form, which follow the lines of the
 * AFNOR NF Z10-011 standard. Only the code postal and the commune are mandatory; the other fields
 * may be completed later.
 *
 * <p>{@link #lines()} renders the address as printed on an envelope, one AFNOR line per field
 * group, each at most 38 characters:
 * <ol>
 *   <li>identité du destinataire (wrapped over several lines when longer than 38 characters: it
 *       is the partner's name, which may be up to 100 characters);</li>
 *   <li>mention complémentaire;</li>
 *   <li>bâtiment ou résidence;</li>
 *   <li>numéro, complément and type et libellé de voie ({@code 107 B Esplanade de Madrid});</li>
 *   <li>lieu-dit or boîte postale;</li>
 *   <li>code postal, commune and cedex ({@code 62000 ARRAS}, {@code 62008 ARRAS CEDEX 9}).</li>
 * </ol>
 * Lines 1 to 5 keep the case the user typed: they are read by people, and the seed screens show
 * them that way. The last line is written in upper case without accents, as AFNOR and La Poste
 * require for the distribution line and as the seed shows it ({@code 62000 ARRAS}). The canton is
 * administrative information kept with the address; it is not an address line.
 *
 * <p>Optional text fields are stripped, and a blank one is the same as an absent one.
 * {@link #builder()} reads a whole form and reports every field error at once.
 */
public record PostalAddress(
        Optional<String> identiteDestinataire,
        Optional<String> mentionComplementaire,
        Optional<String> batimentResidence,
        Optional<String> numero,
        Optional<RepetitionIndex> complement,
        Optional<String> typeEtLibelleVoie,
        Optional<String> lieuDitBoitePostale,
        PostalCode codePostal,
        String commune,
        Optional<String> cedex,
        Optional<String> canton) {

    /** The maximum length of an AFNOR address line. */
    public static final int LINE_LENGTH = 38;

    /** The identity line holds the partner's name, which may be up to 100 characters; it wraps. */
    private static final int IDENTITY_LENGTH = 100;
    /** The commune shares the last line with the 5-digit code postal and a space. */
    private static final int COMMUNE_LENGTH = LINE_LENGTH - 6;
    private static final Pattern STREET_NUMBER = Pattern.compile("[0-9]{1,4}");
    private static final String CEDEX = "CEDEX";

    /** The fields of the address form, in form order, with the key used by forms and the JSON API. */
    public enum Field {
        IDENTITE_DESTINATAIRE("identiteDestinataire", "L'identité du destinataire"),
        MENTION_COMPLEMENTAIRE("mentionComplementaire", "La mention complémentaire"),
        BATIMENT_RESIDENCE("batimentResidence", "Le bâtiment ou la résidence"),
        NUMERO("numero", "Le numéro de voie"),
        COMPLEMENT("complement", "Le complément du numéro"),
        TYPE_ET_LIBELLE_VOIE("typeEtLibelleVoie", "Le type et le libellé de voie"),
        LIEU_DIT_BOITE_POSTALE("lieuDitBoitePostale", "Le lieu-dit ou la boîte postale"),
        CODE_POSTAL("codePostal", "Le code postal"),
        COMMUNE("commune", "La commune"),
        CEDEX("cedex", "Le cedex"),
        CANTON("canton", "Le canton");

        private final String key;
        private final String label;

        Field(String key, String label) {
            this.key = key;
            this.label = label;
        }

        /** The field's name in forms and in the JSON API ({@code codePostal}). */
        public String key() {
            return key;
        }
    }

    /** The outcome of reading a whole address form: the address, or every field refusal at once. */
    public sealed interface Parsed permits Parsed.Valid, Parsed.Invalid {

        record Valid(PostalAddress address) implements Parsed {
            public Valid {
                Objects.requireNonNull(address, "address");
            }
        }

        /** @param errors one refusal per faulty field, in form order; never empty */
        record Invalid(Map<Field, Refusal> errors) implements Parsed {
            public Invalid {
                if (errors.isEmpty()) {
                    throw new IllegalArgumentException("An invalid address has at least one error");
                }
                errors = Collections.unmodifiableMap(new EnumMap<>(errors));
            }
        }
    }

    public PostalAddress {
        identiteDestinataire = clean(identiteDestinataire);
        mentionComplementaire = clean(mentionComplementaire);
        batimentResidence = clean(batimentResidence);
        numero = clean(numero);
        Objects.requireNonNull(complement, "complement");
        typeEtLibelleVoie = clean(typeEtLibelleVoie);
        lieuDitBoitePostale = clean(lieuDitBoitePostale);
        Objects.requireNonNull(codePostal, "codePostal");
        commune = Objects.requireNonNull(commune, "commune").strip();
        cedex = clean(cedex);
        canton = clean(canton);
        Map<Field, Refusal> problems = problemsOf(identiteDestinataire, mentionComplementaire, batimentResidence,
                numero, complement, typeEtLibelleVoie, lieuDitBoitePostale, Optional.of(codePostal),
                Optional.of(commune).filter(text -> !text.isEmpty()), cedex, canton);
        if (!problems.isEmpty()) {
            throw new InvalidValueException(problems.values().iterator().next());
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The same address with another recipient identity (the first line). */
    public PostalAddress withIdentiteDestinataire(String identity) {
        return new PostalAddress(Optional.of(identity), mentionComplementaire, batimentResidence, numero, complement,
                typeEtLibelleVoie, lieuDitBoitePostale, codePostal, commune, cedex, canton);
    }

    /** The address as AFNOR lines, each at most {@value #LINE_LENGTH} characters (see the class comment). */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        identiteDestinataire.ifPresent(identity -> lines.addAll(wrap(identity)));
        mentionComplementaire.ifPresent(lines::add);
        batimentResidence.ifPresent(lines::add);
        streetLine(numero, complement, typeEtLibelleVoie).ifPresent(lines::add);
        lieuDitBoitePostale.ifPresent(lines::add);
        lines.add(localityLine(codePostal, commune, cedex));
        return List.copyOf(lines);
    }

    private static Optional<String> clean(Optional<String> text) {
        return Objects.requireNonNull(text, "optional field").map(String::strip).filter(value -> !value.isEmpty());
    }

    private static Optional<String> clean(String raw) {
        return clean(Optional.ofNullable(raw));
    }

    private static Map<Field, Refusal> problemsOf(Optional<String> identiteDestinataire,
            Optional<String> mentionComplementaire, Optional<String> batimentResidence, Optional<String> numero,
            Optional<RepetitionIndex> complement, Optional<String> typeEtLibelleVoie,
            Optional<String> lieuDitBoitePostale, Optional<PostalCode> codePostal, Optional<String> commune,
            Optional<String> cedex, Optional<String> canton) {
        Map<Field, Refusal> problems = new EnumMap<>(Field.class);
        checkText(problems, Field.IDENTITE_DESTINATAIRE, identiteDestinataire, IDENTITY_LENGTH);
        checkText(problems, Field.MENTION_COMPLEMENTAIRE, mentionComplementaire, LINE_LENGTH);
        checkText(problems, Field.BATIMENT_RESIDENCE, batimentResidence, LINE_LENGTH);
        numero.filter(number -> !STREET_NUMBER.matcher(number).matches()).ifPresent(number -> problems.put(
                Field.NUMERO, Refusal.of("adresse.numero_invalide")));
        if (complement.isPresent() && numero.isEmpty()) {
            problems.put(Field.COMPLEMENT, Refusal.of("adresse.complement_sans_numero"));
        }
        checkText(problems, Field.TYPE_ET_LIBELLE_VOIE, typeEtLibelleVoie, LINE_LENGTH);
        checkText(problems, Field.LIEU_DIT_BOITE_POSTALE, lieuDitBoitePostale, LINE_LENGTH);
        if (commune.isEmpty()) {
            problems.put(Field.COMMUNE, Refusal.of("adresse.commune_obligatoire"));
        }
        checkText(problems, Field.COMMUNE, commune, COMMUNE_LENGTH);
        checkText(problems, Field.CEDEX, cedex, LINE_LENGTH);
        checkText(problems, Field.CANTON, canton, LINE_LENGTH);
        boolean streetFieldsValid = !problems.containsKey(Field.NUMERO) && !problems.containsKey(Field.TYPE_ET_LIBELLE_VOIE);
        if (streetFieldsValid && streetLine(numero, complement, typeEtLibelleVoie).orElse("").length() > LINE_LENGTH) {
            problems.put(Field.TYPE_ET_LIBELLE_VOIE, Refusal.of("adresse.ligne_voie_trop_longue", LINE_LENGTH));
        }
        if (codePostal.isPresent() && commune.isPresent() && !problems.containsKey(Field.COMMUNE)
                && !problems.containsKey(Field.CEDEX)
                && localityLine(codePostal.get(), commune.get(), cedex).length() > LINE_LENGTH) {
            problems.put(Field.CEDEX, Refusal.of("adresse.ligne_commune_trop_longue", LINE_LENGTH));
        }
        return problems;
    }

    private static void checkText(Map<Field, Refusal> problems, Field field, Optional<String> text, int maxLength) {
        text.ifPresent(value -> {
            if (value.chars().anyMatch(Character::isISOControl)) {
                problems.putIfAbsent(field, Refusal.of("adresse.caractere_interdit", field.label));
            } else if (value.length() > maxLength) {
                problems.putIfAbsent(field, Refusal.of("adresse.champ_trop_long", field.label, maxLength));
            }
        });
    }

    private static Optional<String> streetLine(Optional<String> numero, Optional<RepetitionIndex> complement,
            Optional<String> typeEtLibelleVoie) {
        String line = Stream.of(numero, complement.map(RepetitionIndex::letter), typeEtLibelleVoie)
                .flatMap(Optional::stream)
                .collect(Collectors.joining(" "));
        return Optional.of(line).filter(text -> !text.isEmpty());
    }

    private static String localityLine(PostalCode codePostal, String commune, Optional<String> cedex) {
        String cedexMention = cedex.map(PostalAddress::upperCaseWithoutAccents)
                .map(mention -> mention.startsWith(CEDEX) ? mention : CEDEX + " " + mention)
                .map(mention -> " " + mention)
                .orElse("");
        return codePostal.value() + " " + upperCaseWithoutAccents(commune) + cedexMention;
    }

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}");

    private static String upperCaseWithoutAccents(String text) {
        return COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toUpperCase(Locale.ROOT);
    }

    private static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String rest = word;
            while (rest.length() > LINE_LENGTH) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(rest.substring(0, LINE_LENGTH));
                rest = rest.substring(LINE_LENGTH);
            }
            if (!line.isEmpty() && line.length() + 1 + rest.length() > LINE_LENGTH) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(rest);
        }
        lines.add(line.toString());
        return lines;
    }

    /**
     * Reads an address form field by field (raw text as typed; {@code null} or blank = not filled in)
     * and reports every error at once.
     */
    public static final class Builder {

        private final Map<Field, String> raw = new EnumMap<>(Field.class);

        private Builder() {
        }

        public Builder identiteDestinataire(String text) {
            return set(Field.IDENTITE_DESTINATAIRE, text);
        }

        public Builder mentionComplementaire(String text) {
            return set(Field.MENTION_COMPLEMENTAIRE, text);
        }

        public Builder batimentResidence(String text) {
            return set(Field.BATIMENT_RESIDENCE, text);
        }

        public Builder numero(String text) {
            return set(Field.NUMERO, text);
        }

        /** {@code B}, {@code T}, {@code Q}, {@code C} or the word ({@code bis}…). */
        public Builder complement(String text) {
            return set(Field.COMPLEMENT, text);
        }

        public Builder typeEtLibelleVoie(String text) {
            return set(Field.TYPE_ET_LIBELLE_VOIE, text);
        }

        public Builder lieuDitBoitePostale(String text) {
            return set(Field.LIEU_DIT_BOITE_POSTALE, text);
        }

        public Builder codePostal(String text) {
            return set(Field.CODE_POSTAL, text);
        }

        public Builder commune(String text) {
            return set(Field.COMMUNE, text);
        }

        public Builder cedex(String text) {
            return set(Field.CEDEX, text);
        }

        public Builder canton(String text) {
            return set(Field.CANTON, text);
        }

        /** The address, or one refusal per faulty field. */
        public Parsed parse() {
            Map<Field, Refusal> errors = new EnumMap<>(Field.class);
            Optional<PostalCode> postalCode = Optional.empty();
            switch (PostalCode.parse(raw.get(Field.CODE_POSTAL))) {
                case Result.Ok<PostalCode> ok -> postalCode = Optional.of(ok.value());
                case Result.Refused<PostalCode> refused -> errors.put(Field.CODE_POSTAL, refused.refusal());
            }
            Optional<RepetitionIndex> index = Optional.empty();
            Optional<String> complement = text(Field.COMPLEMENT);
            if (complement.isPresent()) {
                switch (RepetitionIndex.parse(complement.get())) {
                    case Result.Ok<RepetitionIndex> ok -> index = Optional.of(ok.value());
                    case Result.Refused<RepetitionIndex> refused -> errors.put(Field.COMPLEMENT, refused.refusal());
                }
            }
            problemsOf(text(Field.IDENTITE_DESTINATAIRE), text(Field.MENTION_COMPLEMENTAIRE),
                    text(Field.BATIMENT_RESIDENCE), text(Field.NUMERO), index, text(Field.TYPE_ET_LIBELLE_VOIE),
                    text(Field.LIEU_DIT_BOITE_POSTALE), postalCode, text(Field.COMMUNE), text(Field.CEDEX),
                    text(Field.CANTON))
                    .forEach(errors::putIfAbsent);
            if (!errors.isEmpty()) {
                return new Parsed.Invalid(errors);
            }
            return new Parsed.Valid(new PostalAddress(text(Field.IDENTITE_DESTINATAIRE),
                    text(Field.MENTION_COMPLEMENTAIRE), text(Field.BATIMENT_RESIDENCE), text(Field.NUMERO), index,
                    text(Field.TYPE_ET_LIBELLE_VOIE), text(Field.LIEU_DIT_BOITE_POSTALE), postalCode.orElseThrow(),
                    text(Field.COMMUNE).orElseThrow(), text(Field.CEDEX), text(Field.CANTON)));
        }

        /** The address, for input known to be valid; otherwise the first refusal as an {@link InvalidValueException}. */
        public PostalAddress build() {
            return switch (parse()) {
                case Parsed.Valid valid -> valid.address();
                case Parsed.Invalid invalid -> throw new InvalidValueException(invalid.errors().values().iterator().next());
            };
        }

        private Builder set(Field field, String text) {
            raw.put(field, text);
            return this;
        }

        private Optional<String> text(Field field) {
            return clean(raw.get(field));
        }
    }
}
