package fr.portailpartenaires.domain.habitat;

import fr.portailpartenaires.domain.shared.FreeText;
import fr.portailpartenaires.domain.shared.InvalidValueException;
import fr.portailpartenaires.domain.shared.Refusal;
import fr.portailpartenaires.domain.shared.Result;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the occupational therapist writes on the visit certificate: observations, the types of
 * works recommended, and free-text recommendations (préconisations). A draft may hold any part of
 * it, or none.
 *
 * <p>What transmission requires ({@link #completeForTransmission()}) — the seed names only the
 * visit date as mandatory, so the rest is this project's reading of what a caisse needs to decide:
 * <ul>
 *   <li>the observations, the core of the assessment;</li>
 *   <li>at least one recommended type of works, since the caisse's decision finances a type of
 *       works (a visit that concludes no works are needed is declared sans suite, motif "Autre");</li>
 *   <li>the free-text recommendations when {@link WorkType#AUTRE} is chosen, to say which works.</li>
 * </ul>
 *
 * @param observations     what the therapist observed, if written yet
 * @param recommendedWorks the recommended types of works, without duplicates, in the form's order
 * @param recommendations  the free-text recommendations (préconisations), if any
 */
public record VisitContent(Optional<FreeText> observations, List<WorkType> recommendedWorks,
                           Optional<FreeText> recommendations) {

    public static final int OBSERVATIONS_MAX_LENGTH = 4000;
    public static final int RECOMMENDATIONS_MAX_LENGTH = 4000;

    public static final VisitContent EMPTY = new VisitContent(Optional.empty(), List.of(), Optional.empty());

    public VisitContent {
        Objects.requireNonNull(observations, "observations");
        Objects.requireNonNull(recommendations, "recommendations");
        recommendedWorks = recommendedWorks.stream().distinct().sorted().toList();
        requireAtMost(observations, OBSERVATIONS_MAX_LENGTH);
        requireAtMost(recommendations, RECOMMENDATIONS_MAX_LENGTH);
    }

    /**
     * Reads the form. A refusal's code names the field ({@code attestation.observations.…} or
     * {@code attestation.preconisations.…}) so that the message can be shown under it.
     */
    public static Result<VisitContent> parse(String observations, Collection<WorkType> recommendedWorks,
                                             String recommendations) {
        return field("attestation.observations", FreeText.parse(observations, OBSERVATIONS_MAX_LENGTH))
                .flatMap(obs -> field("attestation.preconisations", FreeText.parse(recommendations, RECOMMENDATIONS_MAX_LENGTH))
                        .map(reco -> new VisitContent(obs, List.copyOf(recommendedWorks), reco)));
    }

    /** This content if it holds everything a transmission requires, else the first thing missing. */
    public Result<VisitContent> completeForTransmission() {
        if (observations.isEmpty()) {
            return Result.refused("attestation.observations_manquantes");
        }
        if (recommendedWorks.isEmpty()) {
            return Result.refused("attestation.travaux_manquants");
        }
        if (recommendedWorks.contains(WorkType.AUTRE) && recommendations.isEmpty()) {
            return Result.refused("attestation.autres_travaux_a_preciser");
        }
        return Result.ok(this);
    }

    public boolean isComplete() {
        return completeForTransmission().isOk();
    }

    private static Result<Optional<FreeText>> field(String code, Result<Optional<FreeText>> parsed) {
        return switch (parsed) {
            case Result.Ok<Optional<FreeText>> ok -> ok;
            case Result.Refused<Optional<FreeText>> refused -> Result.refused(new Refusal(
                    code + refused.refusal().code().substring(refused.refusal().code().indexOf('.')),
                    refused.refusal().message()));
        };
    }

    private static void requireAtMost(Optional<FreeText> text, int maxLength) {
        int length = text.map(FreeText::length).orElse(0);
        if (length > maxLength) {
            throw new InvalidValueException(Refusal.of("texte.trop_long", maxLength, length));
        }
    }
}
