package fr.portailpartenaires.domain.shared;

/**
 * Thrown by a value object's {@code of(...)} factory when given invalid input, so that an invalid
 * value object can never exist. Code that handles user input calls {@code parse(...)} instead and
 * gets a {@link Result}; this exception is for input that was supposed to be valid already.
 */
public final class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Refusal refusal;

    public InvalidValueException(Refusal refusal) {
        super(refusal.code() + ": " + refusal.message());
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
