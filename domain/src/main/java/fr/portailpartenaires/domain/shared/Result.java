package fr.portailpartenaires.domain.shared;

import java.util.Objects;
import java.util.function.Function;

/**
 * The outcome of a domain operation that may be refused: either {@link Ok} with a value or
 * {@link Refused} with a {@link Refusal}. A refused operation changes nothing.
 *
 * @param <T> the type of the value on success
 */
public sealed interface Result<T> permits Result.Ok, Result.Refused {

    record Ok<T>(T value) implements Result<T> {
        public Ok {
            Objects.requireNonNull(value, "value");
        }
    }

    record Refused<T>(Refusal refusal) implements Result<T> {
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }
    }

    static <T> Result<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Result<T> refused(Refusal refusal) {
        return new Refused<>(refusal);
    }

    /** Refused with the catalogue's refusal {@code code} (see {@link Refusal#of(String, Object...)}). */
    static <T> Result<T> refused(String code, Object... values) {
        return new Refused<>(Refusal.of(code, values));
    }

    default boolean isOk() {
        return this instanceof Ok<T>;
    }

    default <U> Result<U> map(Function<? super T, ? extends U> mapper) {
        return switch (this) {
            case Ok<T> ok -> new Ok<>(mapper.apply(ok.value()));
            case Refused<T> refused -> new Refused<>(refused.refusal());
        };
    }

    default <U> Result<U> flatMap(Function<? super T, Result<U>> mapper) {
        return switch (this) {
            case Ok<T> ok -> mapper.apply(ok.value());
            case Refused<T> refused -> new Refused<>(refused.refusal());
        };
    }

    /** The value, or an {@link InvalidValueException} carrying the refusal (for callers that treat a refusal as a bug). */
    default T orElseThrow() {
        return switch (this) {
            case Ok<T> ok -> ok.value();
            case Refused<T> refused -> throw new InvalidValueException(refused.refusal());
        };
    }
}
