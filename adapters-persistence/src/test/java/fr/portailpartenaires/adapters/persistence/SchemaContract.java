package fr.portailpartenaires.adapters.persistence;

import static fr.portailpartenaires.adapters.persistence.jooq.Tables.CAISSE;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.PARTNER_TYPE;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.REGIME;
import static fr.portailpartenaires.adapters.persistence.jooq.Tables.SANS_SUITE_MOTIF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/**
 * The migrations run on both databases and seed the reference data; the jOOQ classes generated
 * from the same scripts query them. One contract, run on H2 and on a real PostgreSQL.
 */
abstract class SchemaContract {

    protected abstract Database database();

    @Test
    void the_migrations_leave_nothing_pending() {
        assertThat(database().migrate().migrationsExecuted).isZero();
    }

    @Test
    void the_regimes_of_the_spec_are_seeded_in_order() {
        assertThat(database().dsl().select(REGIME.CODE).from(REGIME).orderBy(REGIME.ORDRE).fetch(REGIME.CODE))
                .containsExactly("CNAV", "CGSS", "MSA", "SSI", "CNRACL", "FPE", "CAVIMAC", "CAF");
    }

    @Test
    void the_caisse_list_depends_on_the_regime() {
        var dsl = database().dsl();
        assertThat(dsl.select(CAISSE.LIBELLE).from(CAISSE).where(CAISSE.REGIME_CODE.eq("CNAV")).fetch(CAISSE.LIBELLE))
                .contains("CARSAT Nord-Picardie", "CNAV Île-de-France", "CARSAT Hauts-de-France")
                .doesNotContain("CAF de Paris");
        assertThat(dsl.fetchCount(CAISSE, CAISSE.REGIME_CODE.eq("CAF"))).isEqualTo(101);
        assertThat(dsl.fetchCount(CAISSE, CAISSE.REGIME_CODE.eq("MSA"))).isEqualTo(35);
        assertThat(dsl.select(CAISSE.LIBELLE).from(CAISSE).where(CAISSE.CODE.eq("CAF-2A")).fetchOne(CAISSE.LIBELLE))
                .isEqualTo("CAF de la Corse-du-Sud");
    }

    @Test
    void every_caisse_belongs_to_an_existing_regime() {
        var dsl = database().dsl();
        assertThat(dsl.fetchCount(CAISSE, CAISSE.REGIME_CODE.notIn(dsl.select(REGIME.CODE).from(REGIME)))).isZero();
        assertThatThrownBy(() -> dsl.insertInto(CAISSE, CAISSE.CODE, CAISSE.REGIME_CODE, CAISSE.LIBELLE)
                        .values("X", "INCONNU", "Caisse sans régime").execute())
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void partner_types_and_sans_suite_motifs_are_seeded() {
        var dsl = database().dsl();
        assertThat(dsl.select(PARTNER_TYPE.LIBELLE).from(PARTNER_TYPE).orderBy(PARTNER_TYPE.ORDRE).fetch(PARTNER_TYPE.LIBELLE))
                .containsExactly("Structure d'évaluation", "Prestataire de services d'aide à domicile",
                        "Prestataire Ergothérapeute", "Habitat");
        assertThat(dsl.select(SANS_SUITE_MOTIF.CODE).from(SANS_SUITE_MOTIF).orderBy(SANS_SUITE_MOTIF.ORDRE).fetch(SANS_SUITE_MOTIF.CODE))
                .containsExactly("REFUS_BENEFICIAIRE", "BENEFICIAIRE_INJOIGNABLE", "DECES",
                        "ENTREE_EN_ETABLISSEMENT", "DEMENAGEMENT", "AUTRE");
    }

    @Test
    void the_database_answers_the_readiness_check() {
        assertThat(database().isReachable()).isTrue();
    }
}
