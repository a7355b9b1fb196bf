package fr.portailpartenaires.application.habitat;

import fr.portailpartenaires.application.shared.FormErrors;
import fr.portailpartenaires.domain.shared.FreeText;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;
import fr.portailpartenaires.domain.shared.TypedCodes;
import java.time.LocalDate;

/** How the Habitat forms read their fields: dates not in the future, codes of an enum, mandatory texts. */
final class HabitatForms {

    private HabitatForms() {
    }

    static Result<FreeText> text(String raw, int maxLength) {
        return FreeText.parse(raw, maxLength).flatMap(text -> text
                .<Result<FreeText>>map(Result::ok)
                .orElseGet(() -> Result.refused("champ.obligatoire")));
    }

    /** A date not after today; {@code what} names it in the message ("La date de commande"). */
    static Result<LocalDate> pastDate(LocalDate date, LocalDate today, String what) {
        return date.isAfter(today)
                ? Result.refused("date.future", what)
                : Result.ok(date);
    }

    /** The constant of {@code type} named {@code raw} (case ignored); none named so, blank included, is refused. */
    static <E extends Enum<E>> Result<E> code(String raw, Class<E> type, String code, Object... values) {
        Refusal unknown = Refusal.of(code, values);
        return TypedCodes.constant(raw, type.getEnumConstants(), Enum::name, unknown, unknown);
    }

    /** An optional code: {@code absent} when blank, and when unknown (the error is added). */
    static <E extends Enum<E>> E optionalCode(FormErrors errors, String field, String raw, Class<E> type,
            E absent) {
        if (raw == null || raw.isBlank()) {
            return absent;
        }
        return switch (code(raw, type, field + ".inconnu")) {
            case Result.Ok<E> ok -> ok.value();
            case Result.Refused<E> refused -> {
                errors.add(field, refused.refusal());
                yield absent;
            }
        };
    }

    /** A code as a message quotes it: 40 characters at most. */
    static String shortened(String code) {
        String text = code == null ? "" : code.strip();
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
