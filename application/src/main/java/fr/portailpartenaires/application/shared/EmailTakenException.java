package fr.portailpartenaires.application.shared;

/**
 * Thrown by {@link Accounts} when the store refuses a reserved e-mail address (a CAF user's) that another account
 * reserved after the use case checked it was free (two creations racing). The transaction is rolled back; the use
 * case answers « adresse mail déjà utilisée », never an error 500.
 */
public final class EmailTakenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EmailTakenException() {
        super("An AFAS user's e-mail address is already used", null, false, false);
    }
}
