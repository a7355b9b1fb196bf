package fr.portailpartenaires.application.shared;

import fr.portailpartenaires.domain.shared.EmailAddress;

/** The addresses of the CAF profile's AFAS users, unique among them (spec §6.3). */
public interface AfasUserEmails {

    /** True when a user of any AFAS convention has this address (compared by {@link EmailAddress#normalized()}). */
    boolean emailUsed(EmailAddress email);
}
