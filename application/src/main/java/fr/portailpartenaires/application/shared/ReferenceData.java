package fr.portailpartenaires.application.shared;

import fr.portailpartenaires.domain.convention.ConventionCode;
import fr.portailpartenaires.domain.convention.SignedConventionNumber;
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

    /** The number as the caisse registered it, if it did (a registration must name one, spec §3.4). */
    Optional<SignedConventionNumber> signedNumber(CaisseCode caisse, ConventionCode code);

    /** Registers a number signed with a caisse; false, and nothing changes, when the caisse already has that code. */
    boolean addSignedNumber(SignedConventionNumber number);

    /** The caisse's numbers by code, after {@code after} (keyset), at most {@code limit}. */
    List<SignedConventionNumber> signedNumbers(CaisseCode caisse, Optional<ConventionCode> after, int limit);

    /** True when the caisse has signed a convention under this number. */
    default boolean conventionNumberExists(CaisseCode caisse, ConventionCode code) {
        return signedNumber(caisse, code).isPresent();
    }

    /** Records a number known by its code only (demo data); no effect if already known. */
    default void addConventionNumber(CaisseCode caisse, ConventionCode code) {
        addSignedNumber(SignedConventionNumber.codeOnly(caisse, code));
    }
}
