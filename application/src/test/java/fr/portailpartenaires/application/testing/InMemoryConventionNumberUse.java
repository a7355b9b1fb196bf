package fr.portailpartenaires.application.testing;

import fr.portailpartenaires.application.shared.ConventionNumberUse;
import fr.portailpartenaires.domain.convention.Convention;
import fr.portailpartenaires.domain.convention.ConventionCode;
import fr.portailpartenaires.domain.reference.CaisseCode;
import java.time.LocalDate;

/** {@link ConventionNumberUse} over the in-memory registrations and conventions. */
public final class InMemoryConventionNumberUse implements ConventionNumberUse {

    private final InMemoryRegistrations registrations;
    private final InMemoryConventions conventions;

    public InMemoryConventionNumberUse(InMemoryRegistrations registrations, InMemoryConventions conventions) {
        this.registrations = registrations;
        this.conventions = conventions;
    }

    @Override
    public boolean inUse(CaisseCode caisse, ConventionCode code, LocalDate today) {
        boolean registered = registrations.pendingWithConventionCode(code).stream()
                .anyMatch(registration -> registration.convention().caisse().code().equals(caisse));
        return registered || conventions.all().stream()
                .filter(convention -> convention.caisse().code().equals(caisse) && convention.code().equals(code))
                .anyMatch(convention -> switch (convention) {
                    case Convention.EnAttenteDeValidation pending -> true;
                    case Convention.Validee validee -> !validee.isClosedOn(today);
                    case Convention.Invalidee invalidee -> false;
                });
    }
}
