package fr.portailpartenaires.adapters.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @TempDir
    Path directory;

    private void write(String name, String text) throws IOException {
        Files.writeString(directory.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void the_operator_s_files_are_listed_newest_first_from_their_date_on() throws IOException {
        write("2026-11-02-relance.md", "# La relance à 60 jours\n\nUn dossier sans attestation est relancé.\n");
        write("2026-12-02-aujourd-hui.md", "# Publié aujourd'hui\n\nTexte.\n");
        write("2026-12-03-demain.md", "# Pas encore\n\nTexte.\n");
        write("2026-11-15-sans-titre.md", "Pas de titre ici.\n");
        write("brouillon.md", "# Un brouillon sans date\n");
        write("2026-13-01-mauvaise-date.md", "# Mois 13\n");
        write("2026-11-01-Majuscules.md", "# Adresse en majuscules\n");
        var news = new News(Optional.of(directory));

        assertThat(news.published(TODAY)).extracting(News.Article::slug).containsExactly("aujourd-hui", "relance");
        assertThat(news.published(TODAY.plusDays(1))).extracting(News.Article::slug)
                .containsExactly("demain", "aujourd-hui", "relance");
        assertThat(news.article("demain", TODAY)).as("not before its day").isEmpty();
        assertThat(news.article("relance", TODAY)).get().satisfies(article -> {
            assertThat(article.title()).isEqualTo("La relance à 60 jours");
            assertThat(article.date()).isEqualTo(LocalDate.of(2026, 11, 2));
            assertThat(article.summary()).isEqualTo("Un dossier sans attestation est relancé.");
        });
        assertThat(news.article("../relance", TODAY)).isEmpty();
        assertThat(news.article(null, TODAY)).isEmpty();
    }

    @Test
    void the_markdown_is_rendered_in_the_house_style_and_html_or_scripts_never_pass() {
        var article = News.article("essai", TODAY, "\uFEFF# Titre\n\nUn [lien](https://exemple.org) et <script>alert(1)</script>."
                + "\n\n[piège](javascript:alert(1))\n\n## Section\n\n- un\n- deux\n").orElseThrow();
        assertThat(article.title()).isEqualTo("Titre");
        assertThat(article.html())
                .contains("<p class=\"govuk-body\">", "href=\"https://exemple.org\" class=\"govuk-link\">lien</a>",
                        "&lt;script&gt;", "<h2 class=\"govuk-heading-m\">Section</h2>",
                        "<ul class=\"govuk-list govuk-list--bullet\">")
                .doesNotContain("<script>", "javascript:");
    }

    @Test
    void the_portal_ships_its_own_news_when_no_directory_is_set() {
        assertThat(new News(Optional.empty()).published(TODAY)).extracting(News.Article::slug)
                .containsExactly("ouverture-du-portail", "bordereaux-de-paiement");
        assertThat(new News(Optional.empty()).published(LocalDate.of(2026, 10, 31))).extracting(News.Article::slug)
                .containsExactly("bordereaux-de-paiement");
    }
}
