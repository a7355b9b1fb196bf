package fr.portailpartenaires.adapters.web.pages;

import fr.portailpartenaires.application.reference.BrowseReferenceData;
import java.util.List;

/**
 * The reference lists as select lists: the régimes, the caisses grouped by régime (a script may narrow them to the
 * chosen régime; without it every caisse is offered), the partner types. The registration form and the « Conventions »
 * tab use them.
 */
public record ReferenceChoices(BrowseReferenceData referenceData) {

    public List<Choice> regimes() {
        return List.of(new Choice(null, options(referenceData.regimes())));
    }

    public List<Choice> caissesByRegime() {
        return referenceData.regimes().stream()
                .map(regime -> new Choice(regime.libelle(), options(referenceData.caisses(regime.code()))))
                .toList();
    }

    public List<Choice> partnerTypes() {
        return List.of(new Choice(null, options(referenceData.partnerTypes())));
    }

    private static List<Choice.Option> options(List<BrowseReferenceData.Item> items) {
        return items.stream().map(item -> new Choice.Option(item.code(), item.libelle())).toList();
    }
}
