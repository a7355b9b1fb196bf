package fr.portailpartenaires.bootstrap;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser tests' Chromium: the system's {@code /usr/bin/chromium} driven through {@code /usr/bin/chromedriver}
 * (Debian packages {@code chromium chromium-driver}; Selenium never downloads anything), headless, started once per
 * test JVM and reset before each test (cookies gone, JavaScript back on, a blank page).
 *
 * <p>Without Chromium the browser tests are skipped with a message saying how to get it — except on CI
 * ({@code CI=true}), where a missing browser fails the build.
 *
 * <p>Helpers find elements as a person does: by a field's label, a button's or a link's text.
 */
final class Browser implements ExecutionCondition, BeforeAllCallback, BeforeEachCallback, TestWatcher {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static ChromeDriver driver;
    private static boolean scriptsOn = true;

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (available() || onCi()) {
            return ConditionEvaluationResult.enabled("Chromium présent : tests navigateur lancés");
        }
        return ConditionEvaluationResult.disabled("Tests navigateur ignorés : " + CHROMIUM + " ou " + CHROMEDRIVER
                + " absent (apt-get install chromium chromium-driver)");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!available()) {
            throw new IllegalStateException("CI=true mais " + CHROMIUM + " ou " + CHROMEDRIVER + " est absent : "
                    + "les tests navigateur doivent tourner en CI (apt-get install chromium chromium-driver)");
        }
        driver();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        ChromeDriver shared = driver();
        javaScript(true);
        shared.manage().deleteAllCookies();
        shared.get("about:blank");
    }

    /** A failed test leaves a screenshot of the page it stopped on, named after it. */
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (driver != null) {
            screenshot("echec-" + context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName());
        }
    }

    /** The one Chromium of this JVM, started on first use and quit when the JVM ends. */
    static synchronized ChromeDriver driver() {
        if (driver == null) {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1024",
                    "--lang=fr-FR", "--disable-extensions", "--no-first-run");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER.toString())).build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ZERO);
            ChromeDriver started = driver;
            Runtime.getRuntime().addShutdownHook(new Thread(started::quit));
        }
        return driver;
    }

    /**
     * Switches the page's scripts off (or on) through DevTools. WebDriver keeps working; axe, itself a script, is let
     * run by {@link #checkAccessibility} on the page as it was drawn without scripts.
     */
    static void javaScript(boolean enabled) {
        driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !enabled));
        scriptsOn = enabled;
    }

    static void open(String url) {
        driver().get(url);
    }

    /** The input a label names (its {@code for}), as a person finds a field. */
    static WebElement field(String label) {
        WebElement labelElement = driver().findElement(By.xpath("//label[normalize-space(.)=" + literal(label) + "]"));
        return driver().findElement(By.xpath("//*[@id=" + literal(labelElement.getAttribute("for")) + "]"));
    }

    static void type(String label, String text) {
        WebElement input = field(label);
        input.clear();
        input.sendKeys(text);
    }

    static WebElement button(String text) {
        return driver().findElement(By.xpath("//button[normalize-space(.)=" + literal(text) + "]"));
    }

    static WebElement link(String text) {
        return driver().findElement(By.xpath("//a[normalize-space(.)=" + literal(text) + "]"));
    }

    /** Clicks a button and waits for the page it leads to. */
    static void press(String buttonText) {
        clickAndWait(button(buttonText));
    }

    /** Follows a link and waits for the page it leads to. */
    static void follow(String linkText) {
        clickAndWait(link(linkText));
    }

    private static void clickAndWait(WebElement element) {
        WebElement page = driver().findElement(By.tagName("html"));
        element.click();
        waitForNextPage(page);
    }

    /**
     * Waits until the page {@code page} belonged to is replaced. Chromium answers a detached node either as stale or
     * as "node does not belong to the document": both mean the next page is there.
     */
    static void waitForNextPage(WebElement page) {
        new WebDriverWait(driver(), Duration.ofSeconds(30)).until(ignored -> {
            try {
                page.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }

    static String heading() {
        return driver().findElement(By.tagName("h1")).getText();
    }

    static String text() {
        return driver().findElement(By.tagName("body")).getText();
    }

    static String path() {
        return java.net.URI.create(driver().getCurrentUrl()).getPath();
    }

    /** The lines of the GOV.UK error summary at the top of the form. */
    static List<String> errorSummary() {
        return driver().findElements(By.cssSelector(".govuk-error-summary__list li")).stream()
                .map(WebElement::getText).toList();
    }

    /** The error shown next to a field (tied to it by {@code aria-describedby}). */
    static String errorOf(String label) {
        WebElement input = field(label);
        String describedBy = input.getAttribute("aria-describedby");
        if (describedBy == null) {
            return "";
        }
        return java.util.Arrays.stream(describedBy.split(" ")).filter(id -> id.endsWith("-error"))
                .map(id -> driver().findElement(By.xpath("//*[@id=" + literal(id) + "]")).getText()).collect(Collectors.joining(" "));
    }

    /**
     * The link of the main menu marked current, with its {@code aria-current} in brackets: « Les services (page) » on
     * the services' page, « Les services (true) » on a page of that section.
     */
    static String currentInMenu() {
        WebElement current = driver().findElement(By.cssSelector("nav[aria-label='Menu principal'] a[aria-current]"));
        return current.getText() + " (" + current.getAttribute("aria-current") + ")";
    }

    /** True when the page's script ran (it sets a marker no server-rendered page carries). */
    static boolean scriptRan() {
        return "actif".equals(driver().findElement(By.tagName("html")).getAttribute("data-portail-script"));
    }

    /**
     * Writes a screenshot under target/screenshots, then checks the page against WCAG 2.1 A and AA with axe. With the
     * page's scripts off, axe's own script is let run for the analysis only (the page was drawn without scripts and
     * stays so: its scripts ran at load or never). An analysis that did not run fails the test: axe's error, or no
     * rule checked at all, is never taken for "no violation".
     */
    static void checkAccessibility(String state) {
        screenshot(state);
        boolean scriptsWereOff = !scriptsOn;
        if (scriptsWereOff) {
            javaScript(true);
        }
        Results results;
        try {
            results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver());
        } finally {
            if (scriptsWereOff) {
                javaScript(false);
            }
        }
        if (results.getErrorMessage() != null || results.getPasses() == null || results.getPasses().isEmpty()) {
            throw new AssertionError("axe n'a pas analysé « " + state + " » (" + driver().getCurrentUrl() + ") : "
                    + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError("axe : " + violations.size() + " règle(s) WCAG 2.1 A/AA violée(s) sur « " + state
                    + " » (" + driver().getCurrentUrl() + ") :\n" + violations.stream()
                    .map(rule -> " - " + rule.getId() + " : " + rule.getHelp() + " → " + rule.getNodes().stream()
                            .map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n")));
        }
    }

    static Path screenshot(String state) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(state.replaceAll("[^A-Za-z0-9_-]+", "-") + ".png");
            Files.write(file, wholePage());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole page, not only the window's height, as a person scrolling it would see it (DevTools). */
    @SuppressWarnings("unchecked")
    private static byte[] wholePage() {
        try {
            Map<String, Object> metrics = driver().executeCdpCommand("Page.getLayoutMetrics", Map.of());
            Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
            double width = ((Number) size.get("width")).doubleValue();
            double height = Math.min(((Number) size.get("height")).doubleValue(), 8000);
            Map<String, Object> shot = driver().executeCdpCommand("Page.captureScreenshot", Map.of(
                    "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
            return java.util.Base64.getDecoder().decode((String) shot.get("data"));
        } catch (WebDriverException | ClassCastException | NullPointerException e) {
            return driver().getScreenshotAs(OutputType.BYTES);
        }
    }

    private static String literal(String text) {
        return text.contains("'") ? "concat('" + text.replace("'", "', \"'\", '") + "')" : "'" + text + "'";
    }
}
