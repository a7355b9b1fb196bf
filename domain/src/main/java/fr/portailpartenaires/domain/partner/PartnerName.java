package fr.portailpartenaires.domain.partner;

import fr.portailpartenaires.domain.shared.InvalidValueException;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;
import java.util.Objects;
import java.util.Optional;

/**
 * The nom du partenaire ({@code Association Ciel Bleu}) as on its convention: at most 100
 * characters on one line. It is also the first line (identité du destinataire) of the partner's
 * postal address.
 *
 * @param value the name, trimmed
 */
public record PartnerName(String value) {

    private static final int MAX_LENGTH = 100;

    public PartnerName {
        Objects.requireNonNull(value, "value");
        refusalOf(value).ifPresent(refusal -> {
            throw new InvalidValueException(refusal);
        });
    }

    public static Result<PartnerName> parse(String raw) {
        String trimmed = raw == null ? "" : raw.strip();
        return refusalOf(trimmed).<Result<PartnerName>>map(Result::refused)
                .orElseGet(() -> Result.ok(new PartnerName(trimmed)));
    }

    public static PartnerName of(String raw) {
        return parse(raw).orElseThrow();
    }

    private static Optional<Refusal> refusalOf(String candidate) {
        if (candidate.isBlank()) {
            return Optional.of(Refusal.of("partenaire.nom_obligatoire"));
        }
        if (candidate.length() > MAX_LENGTH) {
            return Optional.of(Refusal.of("partenaire.nom_trop_long", MAX_LENGTH));
        }
        if (!candidate.equals(candidate.strip()) || candidate.chars().anyMatch(Character::isISOControl)) {
            return Optional.of(Refusal.of("partenaire.nom_caracteres_invalides"));
        }
        return Optional.empty();
    }
}
