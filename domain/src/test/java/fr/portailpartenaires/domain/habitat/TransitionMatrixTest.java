package fr.portailpartenaires.domain.habitat;

import static fr.portailpartenaires.domain.habitat.Fixtures.COMPLETE;
import static fr.portailpartenaires.domain.habitat.Fixtures.DECISION;
import static fr.portailpartenaires.domain.habitat.Fixtures.NOW;
import static fr.portailpartenaires.domain.habitat.Fixtures.VISIT;
import static org.assertj.core.api.Assertions.assertThat;

import fr.portailpartenaires.domain.habitat.VisitCertificate.Aucune;
import fr.portailpartenaires.domain.habitat.VisitCertificate.Brouillon;
import fr.portailpartenaires.domain.habitat.VisitCertificate.SansSuite;
import fr.portailpartenaires.domain.habitat.VisitCertificate.Transmise;
import fr.portailpartenaires.domain.shared.FreeText;
import fr.portailpartenaires.domain.shared.Result;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every action tried on every state of a file. The expectations are an exhaustive switch over both
 * enums, so adding a state or an action does not compile until its row is written.
 */
class TransitionMatrixTest {

    enum State {
        AUCUNE, BROUILLON, TRANSMISE, TRANSMISE_ET_DECISION, SANS_SUITE;

        InterventionFile file() {
            return switch (this) {
                case AUCUNE -> Fixtures.ordered();
                case BROUILLON -> Fixtures.withDraft();
                case TRANSMISE -> Fixtures.transmitted();
                case TRANSMISE_ET_DECISION -> Fixtures.decided();
                case SANS_SUITE -> Fixtures.sansSuite();
            };
        }
    }

    enum Action {
        CREATE_DRAFT, MODIFY_DRAFT, DELETE_DRAFT, TRANSMIT, DECLARE_SANS_SUITE, RECORD_DECISION;

        Result<InterventionFile> applyTo(InterventionFile file) {
            return switch (this) {
                case CREATE_DRAFT -> file.createDraft(Optional.of(VISIT), COMPLETE, NOW);
                case MODIFY_DRAFT -> file.modifyDraft(Optional.empty(), VisitContent.EMPTY, NOW);
                case DELETE_DRAFT -> file.deleteDraft();
                case TRANSMIT -> file.transmit(NOW).map(TransmissionRecorded::file);
                case DECLARE_SANS_SUITE -> file.declareSansSuite(SansSuiteMotif.REFUS_DU_BENEFICIAIRE,
                        Optional.of(FreeText.of("Ne souhaite plus de travaux", 100)), NOW);
                case RECORD_DECISION -> file.recordDecision(DECISION);
            };
        }
    }

    sealed interface Expected {
        record Becomes(Class<? extends VisitCertificate> state, boolean decided) implements Expected {
        }

        record RefusedWith(String code) implements Expected {
        }
    }

    private static final Expected.RefusedWith TRANSMISE_REFUSAL = new Expected.RefusedWith("attestation.transmise");
    private static final Expected.RefusedWith CLOS_REFUSAL = new Expected.RefusedWith("dossier.clos_sans_suite");
    private static final Expected.RefusedWith ABSENTE = new Expected.RefusedWith("attestation.absente");

    static Expected expected(State state, Action action) {
        return switch (state) {
            case AUCUNE -> switch (action) {
                case CREATE_DRAFT -> becomes(Brouillon.class);
                case MODIFY_DRAFT, DELETE_DRAFT, TRANSMIT -> ABSENTE;
                case DECLARE_SANS_SUITE -> becomes(SansSuite.class);
                case RECORD_DECISION -> new Expected.RefusedWith("decision.attestation_non_transmise");
            };
            case BROUILLON -> switch (action) {
                case CREATE_DRAFT -> new Expected.RefusedWith("attestation.deja_creee");
                case MODIFY_DRAFT -> becomes(Brouillon.class);
                case DELETE_DRAFT -> becomes(Aucune.class);
                case TRANSMIT -> becomes(Transmise.class);
                case DECLARE_SANS_SUITE -> becomes(SansSuite.class);
                case RECORD_DECISION -> new Expected.RefusedWith("decision.attestation_non_transmise");
            };
            case TRANSMISE -> switch (action) {
                case CREATE_DRAFT, MODIFY_DRAFT, DELETE_DRAFT, TRANSMIT, DECLARE_SANS_SUITE -> TRANSMISE_REFUSAL;
                case RECORD_DECISION -> new Expected.Becomes(Transmise.class, true);
            };
            case TRANSMISE_ET_DECISION -> switch (action) {
                case CREATE_DRAFT, MODIFY_DRAFT, DELETE_DRAFT, TRANSMIT, DECLARE_SANS_SUITE -> TRANSMISE_REFUSAL;
                case RECORD_DECISION -> new Expected.RefusedWith("decision.deja_enregistree");
            };
            case SANS_SUITE -> switch (action) {
                case CREATE_DRAFT, MODIFY_DRAFT, DELETE_DRAFT, TRANSMIT, DECLARE_SANS_SUITE, RECORD_DECISION -> CLOS_REFUSAL;
            };
        };
    }

    private static Expected becomes(Class<? extends VisitCertificate> state) {
        return new Expected.Becomes(state, false);
    }

    static Stream<Arguments> everyStateAndAction() {
        return Arrays.stream(State.values())
                .flatMap(state -> Arrays.stream(Action.values()).map(action -> Arguments.of(state, action)));
    }

    @ParameterizedTest(name = "{0} x {1}")
    @MethodSource("everyStateAndAction")
    void each_action_on_each_state_succeeds_or_is_refused_as_specified(State state, Action action) {
        InterventionFile before = state.file();
        Result<InterventionFile> result = action.applyTo(before);

        switch (expected(state, action)) {
            case Expected.Becomes becomes -> {
                assertThat(result).isInstanceOf(Result.Ok.class);
                InterventionFile after = result.orElseThrow();
                assertThat(after.certificate()).isInstanceOf(becomes.state());
                assertThat(after.decision().isPresent()).isEqualTo(becomes.decided());
                assertThat(after.orderId()).isEqualTo(before.orderId());
                assertThat(after.conventionId()).isEqualTo(before.conventionId());
                assertThat(after.dateDeCommande()).isEqualTo(before.dateDeCommande());
            }
            case Expected.RefusedWith refused -> {
                assertThat(result).isInstanceOfSatisfying(Result.Refused.class,
                        r -> assertThat(r.refusal().code()).isEqualTo(refused.code()));
            }
        }
    }
}
