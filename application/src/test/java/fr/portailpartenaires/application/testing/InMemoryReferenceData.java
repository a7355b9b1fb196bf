package fr.portailpartenaires.application.testing;

import fr.portailpartenaires.application.shared.ReferenceData;
import fr.portailpartenaires.domain.convention.ConventionCode;
import fr.portailpartenaires.domain.convention.SignedConventionNumber;
import fr.portailpartenaires.domain.reference.Caisse;
import fr.portailpartenaires.domain.reference.CaisseCode;
import fr.portailpartenaires.domain.reference.RegimeCode;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@link ReferenceData} in memory, seeded like the demo: régimes CNAV and MSA; caisses CARSAT Nord-Picardie and
 * CNAV Île-de-France (CNAV), MSA d'Alsace (MSA); convention numbers 757300 and 757301 signed with CARSAT Nord-Picardie.
 * The caisses of a régime come sorted by label in French, as the database gives them.
 */
public final class InMemoryReferenceData implements ReferenceData {

    public static final CaisseCode CARSAT_NORD_PICARDIE = CaisseCode.of("CARSAT-NORD-PICARDIE");
    public static final CaisseCode CNAV_IDF = CaisseCode.of("CNAV-IDF");
    public static final CaisseCode MSA_ALSACE = CaisseCode.of("MSA-ALSACE");
    public static final CaisseCode CAF_13 = CaisseCode.of("CAF-13");

    private final List<Regime> regimes = List.of(
            new Regime(RegimeCode.of("CNAV"), "Caisse nationale d'assurance vieillesse"),
            new Regime(RegimeCode.of("MSA"), "Mutualité sociale agricole"));
    private final List<Caisse> caisses = List.of(
            new Caisse(CARSAT_NORD_PICARDIE, RegimeCode.of("CNAV"), "CARSAT Nord-Picardie"),
            new Caisse(CNAV_IDF, RegimeCode.of("CNAV"), "CNAV Île-de-France"),
            new Caisse(MSA_ALSACE, RegimeCode.of("MSA"), "MSA d'Alsace"),
            new Caisse(CAF_13, RegimeCode.of("CAF"), "CAF des Bouches-du-Rhône"));
    private final java.util.TreeMap<String, SignedConventionNumber> conventionNumbers = new java.util.TreeMap<>();

    public InMemoryReferenceData() {
        addConventionNumber(CARSAT_NORD_PICARDIE, ConventionCode.of("757300"));
        addConventionNumber(CARSAT_NORD_PICARDIE, ConventionCode.of("757301"));
    }

    @Override
    public List<Regime> regimes() {
        return regimes;
    }

    @Override
    public List<Caisse> caissesOf(RegimeCode regime) {
        List<Caisse> of = new ArrayList<>(caisses.stream().filter(caisse -> caisse.regime().equals(regime)).toList());
        of.sort(Comparator.comparing(Caisse::libelle, Collator.getInstance(Locale.FRENCH)));
        return List.copyOf(of);
    }

    @Override
    public Optional<Caisse> caisse(CaisseCode code) {
        return caisses.stream().filter(caisse -> caisse.code().equals(code)).findFirst();
    }

    @Override
    public synchronized Optional<SignedConventionNumber> signedNumber(CaisseCode caisse, ConventionCode code) {
        return Optional.ofNullable(conventionNumbers.get(key(caisse, code)));
    }

    @Override
    public synchronized boolean addSignedNumber(SignedConventionNumber number) {
        return conventionNumbers.putIfAbsent(key(number.caisse(), number.code()), number) == null;
    }

    @Override
    public synchronized List<SignedConventionNumber> signedNumbers(CaisseCode caisse, Optional<ConventionCode> after,
            int limit) {
        return conventionNumbers.values().stream()
                .filter(number -> number.caisse().equals(caisse))
                .filter(number -> after.map(code -> number.code().value().compareTo(code.value()) > 0).orElse(true))
                .limit(limit)
                .toList();
    }

    private static String key(CaisseCode caisse, ConventionCode code) {
        return caisse.value() + "/" + code.value();
    }
}
