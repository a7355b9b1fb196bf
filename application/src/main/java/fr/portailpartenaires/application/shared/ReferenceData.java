package fr.portailpartenaires.application.shared;

import fr.portailpartenaires.domain.convention.ConventionCode;
import fr.portailpartenaires.domain.reference.Caisse;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.reference.RegimeCode;
import java.util.List;
import java.util.Optional;

/** The reference data seeded by migration (régimes, caisses) and the convention numbers signed with each caisse. */
public interface ReferenceData {

    /** A régime as shown in the registration form. */
    record Regime(RegimeCode code, String libelle) {
    }

    List<Regime> regimes();

    /** The caisses of a régime, by label (the form's second list depends on the first). */
    List<Caisse> caissesOf(RegimeCode regime);

    Optional<Caisse> caisse(CaisseCode code);

    /** True when the caisse has signed a convention under this number (a registration must name one). */
    boolean conventionNumberExists(CaisseCode caisse, ConventionCode code);

    /** Records a convention number signed with a caisse (back-office, demo data); no effect if already known. */
    void addConventionNumber(CaisseCode caisse, ConventionCode code);
}
