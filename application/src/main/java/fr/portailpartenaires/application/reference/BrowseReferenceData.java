package fr.portailpartenaires.application.reference;

import fr.portailpartenaires.application.shared.UseCase;
import java.util.List;

/** The lists of the registration form: régimes, then the caisses of the chosen régime, and partner types. */
@UseCase
public interface BrowseReferenceData {

    record Item(String code, String libelle) {
    }

    List<Item> regimes();

    /** The caisses of a régime; empty for an unknown régime. */
    List<Item> caisses(String regime);

    List<Item> partnerTypes();
}
