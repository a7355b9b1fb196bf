package fr.portailpartenaires.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The accessibility check can fail: a page without a language, with an image without text and an unlabelled field. */
@ExtendWith(Browser.class)
class AxeCheckBrowserIT {

    private static final String BAD_PAGE = "data:text/html;charset=utf-8," + URLEncoder.encode(
            "<!DOCTYPE html><html><head><title>Mauvaise page</title></head><body>"
                    + "<img src='x.png'><input type='text'></body></html>", StandardCharsets.UTF_8).replace("+", "%20");

    @Test
    void the_check_fails_on_a_known_bad_page_and_names_the_rules_broken() {
        Browser.open(BAD_PAGE);
        assertThatThrownBy(() -> Browser.checkAccessibility("axe-page-mauvaise"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("html-has-lang")
                .hasMessageContaining("image-alt")
                .hasMessageContaining("label");
    }

    /** With the page's scripts off, axe still runs (it once timed out there and the check passed without a rule). */
    @Test
    void the_check_still_fails_on_the_bad_page_with_javascript_off() {
        Browser.javaScript(false);
        Browser.open(BAD_PAGE);
        assertThatThrownBy(() -> Browser.checkAccessibility("axe-page-mauvaise-sans-javascript"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("image-alt");
        assertThat(Browser.scriptRan()).isFalse();
    }
}
