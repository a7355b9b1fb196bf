package fr.portailpartenaires.application.shared;

import fr.portailpartenaires.domain.shared.Components;
import fr.portailpartenaires.domain.shared.Refusal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a use case answers: done with a value, invalid input (every field error at once, French
 * messages), or refused for a reason the caller maps to its protocol (HTTP status…). Whatever is not
 * {@link Done} changed nothing.
 *
 * @param <T> the value on success
 */
public sealed interface Outcome<T> permits Outcome.Done, Outcome.Invalid, Outcome.Refused {

    /** Why a use case refused, independent of any protocol. */
    enum Reason {
        /** not logged in, or session expired */
        UNAUTHENTICATED,
        /** logged in but not allowed (role, scope, password to change first) */
        FORBIDDEN,
        /** nothing with this id in the caller's scope */
        NOT_FOUND,
        /** the state changed meanwhile, or the request clashes with stored data */
        CONFLICT,
        /** a business rule says no */
        UNPROCESSABLE,
        /** too many attempts: wait */
        TOO_MANY_REQUESTS,
        /** no longer available */
        GONE
    }

    record Done<T>(T value) implements Outcome<T> {
        public Done {
            Objects.requireNonNull(value, "value");
        }
    }

    /** @param errors per field (a form field's path, e.g. {@code administrateur.login}), its French messages */
    record Invalid<T>(Map<String, List<String>> errors) implements Outcome<T> {
        public Invalid {
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("An invalid outcome names at least one field");
            }
            Map<String, List<String>> copy = new LinkedHashMap<>();
            errors.forEach((field, messages) -> copy.put(field, List.copyOf(messages)));
            errors = java.util.Collections.unmodifiableMap(copy);
        }
    }

    /**
     * @param retryAfter for {@link Reason#TOO_MANY_REQUESTS}: how long to wait before trying again (HTTP
     *                   {@code Retry-After}); empty otherwise
     */
    record Refused<T>(Reason reason, Refusal refusal, Optional<Duration> retryAfter) implements Outcome<T> {
        public Refused {
            Components.required(Refused.class, reason, refusal, retryAfter);
            if (retryAfter.filter(wait -> wait.isNegative()).isPresent()) {
                throw new IllegalArgumentException("retryAfter must not be negative");
            }
        }

        public Refused(Reason reason, Refusal refusal) {
            this(reason, refusal, Optional.empty());
        }
    }

    static <T> Outcome<T> done(T value) {
        return new Done<>(value);
    }

    static <T> Outcome<T> refused(Reason reason, Refusal refusal) {
        return new Refused<>(reason, refusal);
    }

    /** Refused with the catalogue's refusal {@code code} (see {@link Refusal#of(String, Object...)}). */
    static <T> Outcome<T> refused(Reason reason, String code, Object... values) {
        return new Refused<>(reason, Refusal.of(code, values));
    }

    /** Refused for now: too many attempts, try again after {@code wait}. */
    static <T> Outcome<T> tooManyRequests(Refusal refusal, Duration wait) {
        return new Refused<>(Reason.TOO_MANY_REQUESTS, refusal, Optional.of(wait));
    }

    /** The value mapped when done; the same refusal or invalidity otherwise. */
    default <U> Outcome<U> map(Function<? super T, ? extends U> mapper) {
        return this instanceof Done<T> done ? new Done<>(mapper.apply(done.value())) : castFailure();
    }

    /** The next step's outcome when done; the same refusal or invalidity otherwise (the next step is not run). */
    default <U> Outcome<U> flatMap(Function<? super T, Outcome<U>> next) {
        return this instanceof Done<T> done ? next.apply(done.value()) : castFailure();
    }

    /**
     * The value when done; otherwise an {@link IllegalStateException} carrying the French messages (a field's errors or
     * the refusal's). For callers for whom anything but done is a bug: scripts, set-up code, the embedding story of
     * {@code docs/embedding.md}; a form shows {@link Invalid#errors()} and {@link Refused#refusal()} instead.
     */
    default T orElseThrow() {
        return switch (this) {
            case Done<T> done -> done.value();
            case Invalid<T> invalid -> throw new IllegalStateException("Invalid: " + invalid.errors());
            case Refused<T> refused -> throw new IllegalStateException(
                    "Refused (" + refused.reason() + "): " + refused.refusal().message());
        };
    }

    /** The same refusal or invalidity for another value type (for use cases that delegate). */
    @SuppressWarnings("unchecked")
    default <U> Outcome<U> castFailure() {
        if (this instanceof Done<T>) {
            throw new IllegalStateException("Not a failure: " + this);
        }
        return (Outcome<U>) this;
    }
}
