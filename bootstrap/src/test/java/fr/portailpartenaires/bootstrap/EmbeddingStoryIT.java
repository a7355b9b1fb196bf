package fr.portailpartenaires.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: the library embeds in 40 lines. The Java block of {@code docs/embedding.md} — a whole class — is compiled
 * and run as it is, in a child JVM, on the module's runtime class path without what an embedding service does not get
 * from Maven: the web adapter (Javalin, Jetty) and Logback, optional dependencies of {@code portail-bootstrap}.
 */
class EmbeddingStoryIT {

    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);
    private static final Pattern CLASS_NAME = Pattern.compile("public class (\\w+)");
    /** What an embedding service does not get: the web adapter, its HTTP server, the logging backend. */
    private static final Pattern NOT_EMBEDDED = Pattern.compile("adapters-web|javalin|jetty|logback");
    private static final String LAST_LINE = "Solange7 connectée, mot de passe à changer : true";

    @Test
    void the_story_of_the_embedding_guide_runs_in_40_lines_without_javalin_jetty_or_logback(@TempDir Path work)
            throws Exception {
        Matcher block = JAVA_BLOCK.matcher(Files.readString(Path.of("..", "docs", "embedding.md")));
        assertThat(block.find()).as("a java block in docs/embedding.md").isTrue();
        String story = block.group(1);
        assertThat(story.lines().count()).as("the story's lines").isLessThanOrEqualTo(40);
        Matcher className = CLASS_NAME.matcher(story);
        assertThat(className.find()).as("the story is a whole class").isTrue();

        List<String> runtime = List.of(Files.readString(Path.of("target", "runtime-class-path.txt")).strip()
                .split(Pattern.quote(File.pathSeparator)));
        List<String> classPath = new ArrayList<>(List.of(Path.of("target", "classes").toAbsolutePath().toString()));
        runtime.stream().filter(entry -> !NOT_EMBEDDED.matcher(entry).find()).forEach(classPath::add);
        for (String left : List.of("portail-adapters-web", "javalin", "jetty", "logback-classic")) {
            assertThat(runtime).as("the runtime class path has %s, the story's has not", left)
                    .anyMatch(entry -> entry.contains(left.replace("portail-", "")));
            assertThat(classPath).noneMatch(entry -> entry.contains(left.replace("portail-", "")));
        }
        assertThat(classPath).noneMatch(entry -> NOT_EMBEDDED.matcher(entry).find());

        Path source = work.resolve("src").resolve(className.group(1) + ".java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, story);
        Path classes = Files.createDirectories(work.resolve("classes"));
        StringWriter diagnostics = new StringWriter();
        boolean compiled = ToolProvider.getSystemJavaCompiler().getTask(diagnostics, null, null,
                List.of("-d", classes.toString(), "-cp", String.join(File.pathSeparator, classPath), "-proc:none"), null,
                ToolProvider.getSystemJavaCompiler().getStandardFileManager(null, null, StandardCharsets.UTF_8)
                        .getJavaFileObjects(source.toFile()))
                .call();
        assertThat(compiled).as("javac:\n%s", diagnostics).isTrue();

        classPath.addFirst(classes.toString());
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", String.join(File.pathSeparator, classPath),
                className.group(1)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output.lines()).as(output).contains(LAST_LINE);
    }
}
