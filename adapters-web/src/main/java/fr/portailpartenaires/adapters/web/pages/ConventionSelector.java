package fr.portailpartenaires.adapters.web.pages;

import fr.portailpartenaires.adapters.web.PathIds;
import fr.portailpartenaires.adapters.web.RouteGroup;
import fr.portailpartenaires.application.convention.ManageConventions.ConventionView;
import fr.portailpartenaires.application.convention.SelectConvention;
import fr.portailpartenaires.application.shared.Outcome;
import fr.portailpartenaires.application.shared.Principal;
import fr.portailpartenaires.domain.convention.ConventionId;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;

/**
 * The convention selector under the title of every service page (spec §3.3, §10.2; manuel ergothérapeutes §3: « le
 * filtre situé sous le titre de la page affiche la caisse de retraite […] ainsi que le code convention »): the
 * partner's effective conventions, the one worked on selected (by default the first). Choosing another and pressing
 * « Changer » posts to {@value #PATH}, which keeps the choice in the session through {@link SelectConvention} — the use
 * case the JSON route {@code PUT /api/session/convention} uses — and answers {@code 303} to the page it was made on
 * (POST → redirect → GET), with « Vous travaillez maintenant sur la convention … » shown once. Another partner's
 * convention, or one that is not effective, is refused by the use case: its error page, nothing kept. With
 * JavaScript, choosing with the mouse (or Enter) submits at once ({@code portail.js}); the button stays.
 *
 * <p>A service page scoped to the working convention shows it in three steps. Its page feature is given the selector
 * (in bootstrap, {@code ConventionFeature.conventionSelector(pages)}, one per portal), and its GET handler, once
 * {@link Pages#requireLogin} has answered, gives the template the selector's view:
 * <pre>{@code
 * record HabitatPages(WorkOnHabitatFiles files, ConventionSelector selector, Pages pages) implements RouteGroup { … }
 *
 * pages.render(ctx, "habitat/commandes.jte", "Commandes des interventions",
 *         Map.of("selector", selector.view(ctx, principal), …));
 * }</pre>
 * and its template declares the parameter and shows the selector right under the {@code <h1>}:
 * <pre>
 * &#64;param fr.portailpartenaires.adapters.web.pages.ConventionSelector.View selector
 * …
 * &lt;h1 class="govuk-heading-l"&gt;Commandes des interventions&lt;/h1&gt;
 * &#64;template.layout.conventionSelector(page = page, selector = selector)
 * </pre>
 * A partner with one effective convention sees it named, without a form; with none, nothing is shown (the page's use
 * case says why, e.g. {@code WorkingConvention.NO_EFFECTIVE_CONVENTION}). The page then lists what its own use case
 * answers for the working convention: the selector changes the session only, never a page's query.
 */
public final class ConventionSelector implements RouteGroup {

    /** Where the selector's form posts. */
    public static final String PATH = "/services/convention";
    /** The hidden field naming the page to come back to (a path of « Les services », query included). */
    static final String RETURN_FIELD = "retour";
    /** Where the selector leads back when the page it names is not one of « Les services ». */
    static final String DEFAULT_RETURN = "/services";

    private final SelectConvention selection;
    private final Pages pages;

    public ConventionSelector(SelectConvention selection, Pages pages) {
        this.selection = selection;
        this.pages = pages;
    }

    /**
     * What the template shows.
     *
     * @param choices  the partner's effective conventions (id → « caisse – convention code »), in request order
     * @param selected the id of the convention worked on; empty when there is none
     * @param returnTo the page the form leads back to: the one being shown
     */
    public record View(List<Choice.Option> choices, String selected, String returnTo) {

        public View {
            choices = List.copyOf(choices);
        }

        /** A choice to make: the form. */
        public boolean several() {
            return choices.size() > 1;
        }

        /** The convention worked on, as the selector names it; empty when the partner has none. */
        public Optional<String> selectedLabel() {
            return choices.stream().filter(choice -> choice.value().equals(selected)).map(Choice.Option::label)
                    .findFirst();
        }
    }

    /**
     * The selector of the page this request shows, for a connected user ({@link Pages#requireLogin}): the selection
     * the layout's header read ({@link Pages#visitor}), asked of the use case only when the header has none.
     */
    public View view(Context ctx, Principal principal) {
        String query = ctx.queryString();
        String here = ctx.path() + (query == null || query.isEmpty() ? "" : "?" + query);
        return pages.visitor(ctx).flatMap(Pages.Visitor::conventions)
                .or(() -> selection.selection(principal) instanceof Outcome.Done<SelectConvention.Selection> done
                        ? Optional.of(done.value()) : Optional.empty())
                .map(read -> new View(read.choices().stream().map(ConventionSelector::option).toList(),
                        read.selected().map(convention -> convention.id().toString()).orElse(""), here))
                .orElseGet(() -> new View(List.of(), "", here));
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.post(PATH, this::select);
    }

    private void select(Context ctx) {
        pages.requireLogin(ctx, false).ifPresent(principal -> {
            Optional<ConventionId> id = PathIds.parse(ctx.formParam("convention")).map(ConventionId::new);
            if (id.isEmpty()) {
                pages.error(ctx, 404, "Cette convention est introuvable.", Optional.empty());
                return;
            }
            switch (selection.select(principal, id.get())) {
                case Outcome.Done<SelectConvention.Selection> done -> pages.redirect(ctx,
                        returnTo(ctx.formParam(RETURN_FIELD)), done.value().selected()
                                .map(chosen -> "Vous travaillez maintenant sur la convention " + chosen.code() + " ("
                                        + chosen.caisse() + ").")
                                .orElseThrow());
                case Outcome.Invalid<SelectConvention.Selection> invalid ->
                        pages.error(ctx, 404, "Cette convention est introuvable.", Optional.empty());
                case Outcome.Refused<SelectConvention.Selection> refused -> pages.refused(ctx, refused);
            }
        });
    }

    /** A convention as a choice of a list, named by {@link #label}. */
    public static Choice.Option option(ConventionView convention) {
        return new Choice.Option(convention.id().toString(), label(convention));
    }

    /** « CARSAT Nord-Picardie – convention 757310 »: the caisse and the code, as the seed's selector shows them. */
    public static String label(ConventionView convention) {
        return convention.caisse() + " – convention " + convention.code();
    }

    /**
     * The page to go back to: a path of « Les services » on this site, never another site's address (an open
     * redirect), whatever the hidden field was made to say.
     */
    static String returnTo(String raw) {
        if (raw == null || raw.isBlank() || raw.contains("\\") || raw.chars().anyMatch(Character::isISOControl)) {
            return DEFAULT_RETURN;
        }
        try {
            URI uri = new URI(raw).normalize();
            boolean local = uri.getScheme() == null && uri.getRawAuthority() == null && uri.getRawPath() != null
                    && uri.getRawPath().startsWith(DEFAULT_RETURN + "/");
            return local ? uri.toString() : DEFAULT_RETURN;
        } catch (URISyntaxException e) {
            return DEFAULT_RETURN;
        }
    }
}
