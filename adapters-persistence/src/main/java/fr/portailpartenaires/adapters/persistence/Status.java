package fr.portailpartenaires.adapters.persistence;

/**
 * The values of the {@code status} columns of the convention and registration tables (their check
 * constraints): the lifecycle state, one value per record of the domain's sealed interface.
 */
public enum Status {
    EN_ATTENTE_DE_VALIDATION,
    VALIDEE,
    INVALIDEE
}
