package fr.portailpartenaires.application.habilitation;

import fr.portailpartenaires.application.shared.UseCaseBase;
import fr.portailpartenaires.application.shared.UseCaseSupport;
import static fr.portailpartenaires.application.habilitation.AfasForms.blankToEmpty;
import static fr.portailpartenaires.application.habilitation.AfasForms.optional;

import fr.portailpartenaires.application.habilitation.GrantAfasRoles.GrantLine;
import fr.portailpartenaires.application.shared.FormErrors;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.domain.habilitation.ActivityId;
import fr.portailpartenaires.domain.habilitation.AfasConvention;
import fr.portailpartenaires.domain.habilitation.AfasConventionId;
import fr.portailpartenaires.domain.habilitation.GrantSearch;
import fr.portailpartenaires.domain.habilitation.GrantState;
import fr.portailpartenaires.domain.habilitation.Role;
import fr.portailpartenaires.domain.shared.BusinessTime;
import fr.portailpartenaires.domain.user.UserId;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** « Habilitations d'action sociale » ({@link SearchAfasHabilitations}): the domain's search, as sections of lines. */
public final class SearchAfasHabilitationsService extends UseCaseBase<HabilitationPorts>
        implements SearchAfasHabilitations {

    static final String NO_RESULT = "Aucun résultat correspondant au(x) critère(s) de recherche.";
    static final String PENDING_NOTE = "(*) En attente de validation par votre CAF.";
    static final String STATES_MANDATORY =
            "Tous les champs marqués d'un astérisque (*) sont obligatoires pour la recherche d'habilitations.";

    public SearchAfasHabilitationsService(UseCaseSupport support, HabilitationPorts ports) {
        super(support, ports);
    }

    @Override
    public Outcome<SearchResult> search(Principal principal, AfasConventionId id, SearchForm form) {
        SearchForm criteria = form == null ? new SearchForm(null, null, null, null, null, null, null) : form;
        return ports.access().onConvention(principal, id, (caller, convention, now) -> {
            FormErrors errors = new FormErrors();
            Set<GrantState> states = states(errors, criteria.etats());
            Optional<Optional<UserId>> user = optional(criteria.utilisateur(),
                    raw -> AfasForms.userId(errors, "utilisateur", raw));
            Optional<Role> role = Optional.empty();
            if (criteria.role() != null && !criteria.role().isBlank()) {
                role = Role.parse(criteria.role());
                if (role.isEmpty()) {
                    errors.add("role", "Rôle inconnu.");
                }
            }
            Optional<Optional<UUID>> activity = optional(criteria.activite(),
                    raw -> AfasForms.uuid(errors, "activite", raw, "Activité inconnue."));
            if (!errors.isEmpty()) {
                return errors.toOutcome();
            }
            GrantSearch search = new GrantSearch(states, user.orElseThrow(), role,
                    activity.orElseThrow().map(ActivityId::new), blankToEmpty(criteria.type()),
                    blankToEmpty(criteria.nature()), criteria.lieux() == null || criteria.lieux());
            return Outcome.done(result(convention, search, BusinessTime.dateOf(now)));
        });
    }

    /** The états searched: at least one, each known. */
    private static Set<GrantState> states(FormErrors errors, List<String> etats) {
        Set<GrantState> states = EnumSet.noneOf(GrantState.class);
        if (etats == null || etats.stream().allMatch(etat -> etat == null || etat.isBlank())) {
            errors.add("etats", STATES_MANDATORY);
            return states;
        }
        for (String etat : etats) {
            if (etat != null && !etat.isBlank()) {
                GrantState.parse(etat).ifPresentOrElse(states::add, () -> errors.add("etats",
                        "État inconnu : Actif, Historique, Inactif ou Non attribué."));
            }
        }
        return states;
    }

    private static SearchResult result(AfasConvention convention, GrantSearch search, LocalDate today) {
        List<Section> sections = convention.search(search, today).stream()
                .map(section -> new Section(section.kind().libelle(), section.id(), section.libelle(),
                        section.lines().stream().map(line -> AfasViews.line(section, line)).toList()))
                .toList();
        boolean pending = sections.stream().flatMap(section -> section.lignes().stream())
                .anyMatch(GrantLine::enAttenteValidationCaf);
        return new SearchResult(sections, sections.isEmpty() ? NO_RESULT : null, pending ? PENDING_NOTE : null);
    }
}
