package fr.portailpartenaires.adapters.web.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Les actualités (spec §10.2): the operator publishes them as Markdown files in a directory
 * ({@code PORTAIL_ACTUALITES}), one file per article named {@code AAAA-MM-JJ-adresse.md} (its publication date and the
 * end of its address, {@code /actualites/adresse}), whose first line is its title ({@code # Titre}); the rest is the
 * article (sections with {@code ##}, lists, links). A file dated in the future is not shown before that day. Read at
 * each visit, so that a file written, changed or removed shows at once; without a directory, the portal shows the
 * news it ships with. ADR 17 tells why files rather than an editor.
 *
 * <p>The Markdown is rendered safely: any HTML written in a file is shown as text, and only http(s) and mailto links
 * are kept, so an article cannot carry a script past the pages' CSP.
 */
public final class News {

    /** An article: its address, date, title, first paragraph as plain text and body as HTML (already escaped). */
    public record Article(String slug, LocalDate date, String title, String summary, String html) {

        public Article {
            Objects.requireNonNull(slug, "slug");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(html, "html");
        }
    }

    private static final Pattern FILE_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\\.md");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final String BUNDLED = "/actualites/";
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .attributeProviderFactory(context -> (node, tag, attributes) -> attributes.putAll(classesOf(node)))
            .build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private final Optional<Path> directory;

    /** @param directory the operator's directory; empty = the news bundled with the portal */
    public News(Optional<Path> directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    /** The articles published on or before {@code today}, newest first. */
    public List<Article> published(LocalDate today) {
        List<Article> articles = new ArrayList<>();
        for (String name : fileNames()) {
            Matcher matcher = FILE_NAME.matcher(name);
            if (!matcher.matches()) {
                continue;
            }
            Optional<LocalDate> date = date(matcher.group(1));
            if (date.isEmpty() || date.get().isAfter(today)) {
                continue;
            }
            read(name).flatMap(text -> article(matcher.group(2), date.get(), text)).ifPresent(articles::add);
        }
        articles.sort(Comparator.comparing(Article::date).reversed().thenComparing(Article::slug));
        return List.copyOf(articles);
    }

    /** The published article at {@code /actualites/{slug}}, if any. */
    public Optional<Article> article(String slug, LocalDate today) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            return Optional.empty();
        }
        return published(today).stream().filter(article -> article.slug().equals(slug)).findFirst();
    }

    /** An article from its file's text: the first line {@code # Titre}, then its Markdown; empty without a title. */
    static Optional<Article> article(String slug, LocalDate date, String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = content.split("\\R", 2);
        if (!lines[0].startsWith("# ") || lines[0].substring(2).isBlank()) {
            return Optional.empty();
        }
        String title = lines[0].substring(2).strip();
        Node body = PARSER.parse(lines.length > 1 ? lines[1] : "");
        String summary = "";
        for (Node node = body.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Paragraph) {
                summary = TEXT.render(node).strip();
                break;
            }
        }
        return Optional.of(new Article(slug, date, title, summary, HTML.render(body)));
    }

    private static Map<String, String> classesOf(Node node) {
        return switch (node) {
            case Paragraph paragraph -> Map.of("class", "govuk-body");
            case Link link -> Map.of("class", "govuk-link");
            case BulletList list -> Map.of("class", "govuk-list govuk-list--bullet");
            case OrderedList list -> Map.of("class", "govuk-list govuk-list--number");
            case Heading heading -> Map.of("class", heading.getLevel() <= 2 ? "govuk-heading-m" : "govuk-heading-s");
            default -> Map.of();
        };
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private List<String> fileNames() {
        if (directory.isPresent()) {
            try (Stream<Path> files = Files.list(directory.get())) {
                return files.filter(Files::isRegularFile).map(file -> file.getFileName().toString()).toList();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list the news in " + directory.get(), e);
            }
        }
        return read("liste.txt").map(list -> list.lines().map(String::strip).filter(line -> !line.isEmpty()).toList())
                .orElse(List.of());
    }

    private Optional<String> read(String name) {
        if (directory.isPresent()) {
            Path file = directory.get().resolve(name);
            try {
                return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        try (InputStream bundled = News.class.getResourceAsStream(BUNDLED + name)) {
            return bundled == null ? Optional.empty()
                    : Optional.of(new String(bundled.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled news " + name, e);
        }
    }
}
