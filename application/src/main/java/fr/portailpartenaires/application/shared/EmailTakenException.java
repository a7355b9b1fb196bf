package fr.portailpartenaires.application.shared;

/**
 * Thrown by {@link AfasConventions} when the store refuses a CAF user's e-mail address that another user took after
 * the use case checked it was free (two creations racing). The transaction is rolled back; the use case answers
 * « adresse mail déjà utilisée », never an error 500.
 */
public final class EmailTakenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EmailTakenException() {
        super("An AFAS user's e-mail address is already used", null, false, false);
    }
}
