package fr.portailpartenaires.adapters.mail;

import fr.portailpartenaires.application.shared.MailParameters;
import fr.portailpartenaires.application.shared.MailTemplate;
import fr.portailpartenaires.application.shared.RenderedMail;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one mail twice from the same paragraphs: as plain text, and as HTML where every piece
 * (fixed wording and inserted values alike) is escaped, so no value can inject markup.
 */
final class MailWriter {

    /** A piece of a line: plain words, a value shown in bold, or a link. */
    sealed interface Piece {
    }

    record Plain(String text) implements Piece {
    }

    record Strong(String text) implements Piece {
    }

    record Link(URI target) implements Piece {
    }

    private final MailTemplate template;
    private final String subject;
    private final List<List<List<Piece>>> paragraphs = new ArrayList<>();

    /** A mail of the template {@code parameters} choose. */
    MailWriter(MailParameters parameters, String subject) {
        this.template = parameters.template();
        this.subject = subject;
    }

    static Strong strong(String text) {
        return new Strong(text);
    }

    static Link link(URI target) {
        return new Link(target);
    }

    /** One line of a paragraph; Strings are plain words. */
    static List<Object> line(Object... pieces) {
        return List.of(pieces);
    }

    /** A paragraph of one line; Strings are plain words. */
    MailWriter paragraph(Object... pieces) {
        return lines(List.of(pieces));
    }

    /** A paragraph of several lines, each a list of pieces. */
    @SafeVarargs
    final MailWriter lines(List<Object>... lines) {
        List<List<Piece>> paragraph = new ArrayList<>();
        for (List<Object> line : lines) {
            paragraph.add(line.stream().map(MailWriter::piece).toList());
        }
        paragraphs.add(paragraph);
        return this;
    }

    /** A paragraph of text typed by someone, one line per line break, every line escaped in HTML. */
    MailWriter quoted(String multiline) {
        List<List<Piece>> paragraph = new ArrayList<>();
        for (String line : multiline.split("\\R", -1)) {
            paragraph.add(List.of(new Plain(line)));
        }
        paragraphs.add(paragraph);
        return this;
    }

    RenderedMail signedBy(String signature) {
        lines(line("Cordialement,"), line(signature));
        return new RenderedMail(template, subject, text(), html());
    }

    private String text() {
        StringBuilder text = new StringBuilder("Bonjour,\n");
        for (List<List<Piece>> paragraph : paragraphs) {
            text.append('\n');
            for (List<Piece> line : paragraph) {
                line.forEach(piece -> text.append(switch (piece) {
                    case Plain plain -> plain.text();
                    case Strong value -> value.text();
                    case Link link -> link.target().toString();
                }));
                text.append('\n');
            }
        }
        return text.toString();
    }

    private String html() {
        StringBuilder html = new StringBuilder()
                .append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"UTF-8\">\n<title>")
                .append(escape(subject))
                .append("</title>\n</head>\n<body style=\"font-family: Marianne, Arial, sans-serif; color: #161616;\">\n")
                .append("<p>Bonjour,</p>\n");
        for (List<List<Piece>> paragraph : paragraphs) {
            html.append("<p>");
            for (int i = 0; i < paragraph.size(); i++) {
                if (i > 0) {
                    html.append("<br>\n");
                }
                paragraph.get(i).forEach(piece -> html.append(switch (piece) {
                    case Plain plain -> escape(plain.text());
                    case Strong value -> "<strong>" + escape(value.text()) + "</strong>";
                    case Link link -> "<a href=\"" + escape(link.target().toString()) + "\">"
                            + escape(link.target().toString()) + "</a>";
                }));
            }
            html.append("</p>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    /** HTML-escapes text for element content and quoted attribute values. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.chars().forEach(c -> escaped.append(switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> String.valueOf((char) c);
        }));
        return escaped.toString();
    }

    private static Piece piece(Object piece) {
        return switch (piece) {
            case Piece given -> given;
            case String text -> new Plain(text);
            default -> throw new IllegalArgumentException("Not a piece of a mail: " + piece);
        };
    }
}
