package fr.portailpartenaires.adapters.web.pages;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the layout of every page needs: the site, the page's title, the assets, the form token, who is connected,
 * the menus they may see, and a message left by the previous action.
 *
 * @param connectedAs how the header names the connected user; empty when nobody is
 * @param notice      a success message of the previous action, shown once
 * @param services    the service pages the connected user's rights and conventions open
 */
public record Page(Site site, String title, Assets assets, String csrf, boolean loggedIn, Optional<String> connectedAs,
        List<Link> menu, List<Link> footer, Optional<String> notice, Set<ServicePage> services) {

    /**
     * A link of a menu.
     *
     * @param current when it leads to the page shown, or to the section the page shown belongs to
     * @param shown   when it leads to the page shown itself
     */
    public record Link(String href, String label, boolean current, boolean shown) {

        /** {@code aria-current}: {@code page} on the link to the page shown, {@code true} on its section's. */
        public String ariaCurrent() {
            return shown ? "page" : current ? "true" : null;
        }
    }

    public String documentTitle() {
        return title + " – " + site.name();
    }

    public String who() {
        return connectedAs.orElse("");
    }

    /** The service pages open to the visitor, in the order of « Les services ». */
    public List<ServicePage> openServices() {
        return Arrays.stream(ServicePage.values()).filter(services::contains).toList();
    }
}
