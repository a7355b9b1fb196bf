package fr.portailpartenaires.adapters.web.pages;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * The pages' CSS and JavaScript, served by the portal itself (never a CDN) under names that carry their content's
 * hash, so browsers keep them a year ({@code immutable}) and a new version is a new name. Gzipped once at start.
 *
 * <p>GOV.UK Frontend's stylesheet comes from its WebJar without its identity: the GDS Transport {@code @font-face}
 * rules and font name (the fonts are not ours to use; Arial is the fallback) and the crown's image are removed.
 */
public final class Assets {

    public static final String GOVUK_VERSION = "5.14.0";
    private static final String WEBJAR = "META-INF/resources/webjars/govuk-frontend/" + GOVUK_VERSION + "/dist/govuk/";
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private record Asset(String contentType, byte[] plain, byte[] gzipped) {
    }

    private final Map<String, Asset> files = new LinkedHashMap<>();
    private final String govukCss;
    private final String siteCss;
    private final String script;

    private Assets(Site site) {
        String css = text(WEBJAR + "govuk-frontend.min.css")
                .replaceAll("@font-face\\{[^}]*\\}", "")
                .replace("GDS Transport,", "")
                .replace("url(/assets/images/govuk-crest.svg)", "none")
                .replaceAll("/\\*# sourceMappingURL=[^*]*\\*/", "");
        govukCss = add("govuk-frontend-" + GOVUK_VERSION, "css", css);
        String govukJs = add("govuk-frontend-" + GOVUK_VERSION, "js",
                text(WEBJAR + "govuk-frontend.min.js").replaceAll("//# sourceMappingURL=\\S*", ""));
        siteCss = add("portail", "css", text("pages/portail.css").replace("#1d4f91", site.colour()));
        script = add("portail", "js", text("pages/portail.js").replace("./govuk-frontend.js", "." + govukJs
                .substring(govukJs.lastIndexOf('/'))));
    }

    public static Assets of(Site site) {
        return new Assets(site);
    }

    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/assets/{file}", this::serve);
    }

    /** GOV.UK Frontend's stylesheet, without its identity. */
    public String govukCss() {
        return govukCss;
    }

    /** The operator's override stylesheet (colours, header, a few portal classes). */
    public String siteCss() {
        return siteCss;
    }

    /** The one script of the pages (a module): starts GOV.UK Frontend's components, then the portal's comforts. */
    public String script() {
        return script;
    }

    private void serve(Context ctx) {
        Asset asset = files.get(ctx.path());
        if (asset == null) {
            ctx.status(404);
            return;
        }
        ctx.header("Cache-Control", IMMUTABLE).header("Vary", "Accept-Encoding").contentType(asset.contentType());
        String accepted = ctx.header("Accept-Encoding");
        if (accepted != null && accepted.contains("gzip")) {
            ctx.header("Content-Encoding", "gzip").result(asset.gzipped());
        } else {
            ctx.result(asset.plain());
        }
    }

    private String add(String name, String extension, String content) {
        byte[] plain = content.getBytes(StandardCharsets.UTF_8);
        String path = "/assets/" + name + "-" + hash(plain) + "." + extension;
        files.put(path, new Asset("css".equals(extension) ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8",
                plain, gzip(plain)));
        return path;
    }

    private static String text(String resource) {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
