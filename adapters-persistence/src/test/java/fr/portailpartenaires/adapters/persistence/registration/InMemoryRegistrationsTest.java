package fr.portailpartenaires.adapters.persistence.registration;

import fr.portailpartenaires.application.registration.Registrations;
import fr.portailpartenaires.application.testing.InMemoryRegistrations;

/** The fake the use-case tests run on keeps the same contract. */
class InMemoryRegistrationsTest extends RegistrationsContract {

    @Override
    protected Registrations emptyRegistrations() {
        return new InMemoryRegistrations();
    }
}
