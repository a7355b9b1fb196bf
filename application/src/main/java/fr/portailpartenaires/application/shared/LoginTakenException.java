package fr.portailpartenaires.application.shared;

/**
 * Thrown by {@link Partners} (and {@link Accounts}) when the store refuses a login that another account
 * took after the use case checked it was free (two creations racing). The use case's transaction is
 * rolled back; the use case answers "login taken", never an error 500.
 */
public final class LoginTakenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LoginTakenException() {
        super("A login key is already used by another account", null, false, false);
    }
}
