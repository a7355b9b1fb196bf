package fr.portailpartenaires.bootstrap;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The accessibility check can fail: a page without a language, with an image without text and an unlabelled field. */
@ExtendWith(Browser.class)
class AxeCheckBrowserIT {

    @Test
    void the_check_fails_on_a_known_bad_page_and_names_the_rules_broken() {
        Browser.open("data:text/html;charset=utf-8," + URLEncoder.encode(
                "<!DOCTYPE html><html><head><title>Mauvaise page</title></head><body>"
                        + "<img src='x.png'><input type='text'></body></html>", StandardCharsets.UTF_8).replace("+", "%20"));
        assertThatThrownBy(() -> Browser.checkAccessibility("axe-page-mauvaise"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("html-has-lang")
                .hasMessageContaining("image-alt")
                .hasMessageContaining("label");
    }
}
