package fr.portailpartenaires.bootstrap;

import fr.portailpartenaires.adapters.web.pages.Site;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the pages' portal from the configuration: {@code PORTAIL_PROFIL}, {@code PORTAIL_NOM}, {@code PORTAIL_COULEUR},
 * {@code PORTAIL_ACTUALITES}.
 */
final class SiteSettings {

    private SiteSettings() {
    }

    static Site from(Map<String, String> settings, List<String> problems) {
        Site.Profile profile = Site.Profile.PPAS;
        Optional<String> rawProfile = setting(settings, "PORTAIL_PROFIL");
        if (rawProfile.isPresent()) {
            try {
                profile = Site.Profile.valueOf(rawProfile.get());
            } catch (IllegalArgumentException e) {
                problems.add("PORTAIL_PROFIL doit valoir PPAS ou CAF (reçu : " + rawProfile.get() + ").");
            }
        }
        Site site = Site.of(profile);
        String name = setting(settings, "PORTAIL_NOM").orElse(site.name());
        String colour = setting(settings, "PORTAIL_COULEUR").orElse(site.colour());
        try {
            site = new Site(profile, name, colour);
        } catch (IllegalArgumentException e) {
            problems.add("PORTAIL_NOM (1 à 80 caractères) et PORTAIL_COULEUR (#rrggbb) : " + name + ", " + colour + ".");
        }
        Optional<String> news = setting(settings, "PORTAIL_ACTUALITES");
        if (news.isPresent()) {
            java.nio.file.Path directory = java.nio.file.Path.of(news.get());
            if (java.nio.file.Files.isDirectory(directory) && java.nio.file.Files.isReadable(directory)) {
                site = site.withNews(directory);
            } else {
                problems.add("PORTAIL_ACTUALITES doit nommer un dossier lisible (reçu : " + news.get() + ").");
            }
        }
        return site;
    }

    private static Optional<String> setting(Map<String, String> settings, String key) {
        return Optional.ofNullable(settings.get(key)).map(String::trim).filter(v -> !v.isEmpty());
    }
}
