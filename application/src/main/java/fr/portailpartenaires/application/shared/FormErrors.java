package fr.portailpartenaires.application.shared;

import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Collects every error of a form, per field: first the Jakarta Validation violations of the command
 * (presence, length caps), then the domain's parsing of the fields that passed them. A field with a
 * violation is not parsed again, so each problem is reported once.
 */
public final class FormErrors {

    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    /** The field named when a command is absent altogether (an empty request body). */
    public static final String FORM = "formulaire";
    public static final String EMPTY_FORM = "Le formulaire est vide.";

    /**
     * The one validation step of every command: an absent command is invalid ("Le formulaire est vide."); a present
     * one gives its constraint violations, every one at once, to which the service adds the domain's parsing
     * ({@link #parse}) before answering {@link #toOutcome()} when anything is wrong.
     *
     * <pre>{@code
     * return FormErrors.validate(validator, form).flatMap(errors -> {
     *     Optional<Siret> siret = errors.parse("siret", form.siret(), Siret::parse);
     *     return errors.isEmpty() ? register(siret.get()) : errors.toOutcome();
     * });
     * }</pre>
     */
    public static Outcome<FormErrors> validate(Validator validator, Object command) {
        if (command == null) {
            return new Outcome.Invalid<>(Map.of(FORM, List.of(EMPTY_FORM)));
        }
        return Outcome.done(of(validator.validate(command)));
    }

    public static FormErrors of(Set<? extends ConstraintViolation<?>> violations) {
        FormErrors form = new FormErrors();
        violations.stream()
                .sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> form.add(v.getPropertyPath().toString(), v.getMessage()));
        return form;
    }

    public void add(String field, String message) {
        List<String> messages = errors.computeIfAbsent(field, f -> new ArrayList<>());
        if (!messages.contains(message)) {
            messages.add(message);
        }
    }

    public void add(String field, Refusal refusal) {
        add(field, refusal.message());
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Parses a mandatory field that passed the command's constraints; empty when it did not, or is invalid. */
    public <R, T> Optional<T> parse(String field, R raw, Function<? super R, Result<T>> parser) {
        if (has(field)) {
            return Optional.empty();
        }
        return switch (parser.apply(raw)) {
            case Result.Ok<T> ok -> Optional.of(ok.value());
            case Result.Refused<T> refused -> {
                add(field, refused.refusal());
                yield Optional.empty();
            }
        };
    }

    /** Parses an optional field: blank is absent (and valid). */
    public <T> Optional<Optional<T>> parseOptional(String field, String raw, Function<String, Result<T>> parser) {
        if (raw == null || raw.isBlank()) {
            return has(field) ? Optional.empty() : Optional.of(Optional.empty());
        }
        return parse(field, raw, parser).map(Optional::of);
    }

    public <T> Outcome<T> toOutcome() {
        return new Outcome.Invalid<>(errors);
    }
}
