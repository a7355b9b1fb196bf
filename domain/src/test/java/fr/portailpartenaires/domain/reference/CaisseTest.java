package fr.portailpartenaires.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.portailpartenaires.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class CaisseTest {

    @Test
    void belongs_to_a_regime_and_has_a_trimmed_name() {
        Caisse caisse = new Caisse(CaisseCode.of("CARSAT-NORD-PICARDIE"), RegimeCode.of("CNAV"), " CARSAT Nord-Picardie ");
        assertThat(caisse.regime()).isEqualTo(RegimeCode.of("CNAV"));
        assertThat(caisse.libelle()).isEqualTo("CARSAT Nord-Picardie");
    }

    @Test
    void needs_a_name() {
        assertThatThrownBy(() -> new Caisse(CaisseCode.of("CAF-75"), RegimeCode.of("CAF"), "  "))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("Le libellé de la caisse est obligatoire.");
    }
}
