package fr.portailpartenaires.application.reference;

import fr.portailpartenaires.application.shared.ReferenceData;
import fr.portailpartenaires.domain.reference.PartnerType;
import fr.portailpartenaires.domain.reference.RegimeCode;
import fr.portailpartenaires.domain.shared.Result;
import java.util.Arrays;
import java.util.List;

/** The reference lists of the registration form, read from the reference data. */
public final class ReferenceDataService implements BrowseReferenceData {

    private final ReferenceData referenceData;

    public ReferenceDataService(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    @Override
    public List<Item> regimes() {
        return referenceData.regimes().stream().map(r -> new Item(r.code().value(), r.libelle())).toList();
    }

    @Override
    public List<Item> caisses(String regime) {
        return switch (RegimeCode.parse(regime)) {
            case Result.Ok<RegimeCode> ok -> referenceData.caissesOf(ok.value()).stream()
                    .map(c -> new Item(c.code().value(), c.libelle())).toList();
            case Result.Refused<RegimeCode> refused -> List.of();
        };
    }

    @Override
    public List<Item> partnerTypes() {
        return Arrays.stream(PartnerType.values()).map(t -> new Item(t.code(), t.label())).toList();
    }
}
