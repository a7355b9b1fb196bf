package fr.portailpartenaires.adapters.web.pages;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who runs this portal, as the pages show it (spec §10.1): the profile ({@code PORTAIL_PROFIL}), the portal's name
 * and its main colour. No State or UK government identity: the name is the operator's.
 *
 * @param colour the header's and links' colour, {@code #rrggbb}; white text on it must stay readable
 * @param newsDirectory where the operator writes the actualités as Markdown files ({@code PORTAIL_ACTUALITES}, see
 *                      {@link fr.portailpartenaires.adapters.web.site.News}); empty = the news bundled with the portal
 */
public record Site(Profile profile, String name, String colour, Optional<Path> newsDirectory) {

    /** The two portals of the seeds; {@link #of} gives each its own name and colour. */
    public enum Profile {
        /** Portail Partenaires Action Sociale (pension funds). */
        PPAS,
        /** Mon Compte Partenaire (family allowance funds). */
        CAF
    }

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    public Site {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(newsDirectory, "newsDirectory");
        if (name.isBlank() || name.length() > 80) {
            throw new IllegalArgumentException("A portal name has 1 to 80 characters");
        }
        if (!COLOUR.matcher(colour).matches()) {
            throw new IllegalArgumentException("A colour is written #rrggbb");
        }
    }

    public Site(Profile profile, String name, String colour) {
        this(profile, name, colour, Optional.empty());
    }

    /** The profile's own name and colour. */
    public static Site of(Profile profile) {
        return switch (profile) {
            case PPAS -> new Site(profile, "Portail Partenaires Action Sociale", "#1d4f91");
            case CAF -> new Site(profile, "Mon Compte Partenaire", "#00586b");
        };
    }

    /** This portal with its news read from {@code directory}. */
    public Site withNews(Path directory) {
        return new Site(profile, name, colour, Optional.of(directory));
    }

    public boolean caf() {
        return profile == Profile.CAF;
    }
}
