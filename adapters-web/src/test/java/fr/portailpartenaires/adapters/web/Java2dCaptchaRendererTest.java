package fr.portailpartenaires.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class Java2dCaptchaRendererTest {

    private final Java2dCaptchaRenderer renderer = new Java2dCaptchaRenderer();

    private static BufferedImage decoded(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @Test
    void it_draws_a_png_of_the_expected_size() throws IOException {
        byte[] png = renderer.png("Ab3dEf");
        assertThat(png).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        BufferedImage image = decoded(png);
        assertThat(image.getWidth()).isEqualTo(Java2dCaptchaRenderer.WIDTH);
        assertThat(image.getHeight()).isEqualTo(Java2dCaptchaRenderer.HEIGHT);
    }

    @Test
    void the_same_text_never_gives_the_same_image_twice() {
        assertThat(renderer.png("Ab3dEf")).isNotEqualTo(renderer.png("Ab3dEf"));
    }

    @Test
    void the_text_is_drawn_dark_on_a_light_background() throws IOException {
        BufferedImage image = decoded(renderer.png("MNQRTY"));
        int dark = 0;
        int light = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int luminance = (((rgb >> 16) & 0xff) * 299 + ((rgb >> 8) & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
                dark += luminance < 90 ? 1 : 0;
                light += luminance > 200 ? 1 : 0;
            }
        }
        int pixels = image.getWidth() * image.getHeight();
        assertThat(dark).as("dark pixels of the text and curves").isGreaterThan(pixels / 20);
        assertThat(light).as("light background").isGreaterThan(pixels / 2);
    }

    @Test
    void a_seeded_renderer_draws_the_same_image_for_the_same_seed() {
        byte[] first = new Java2dCaptchaRenderer(new SplittableRandom(3)).png("Ab3dEf");
        byte[] second = new Java2dCaptchaRenderer(new SplittableRandom(3)).png("Ab3dEf");
        assertThat(first).isEqualTo(second);
    }

    @Test
    void it_runs_headless() {
        assertThat(System.getProperty("java.awt.headless")).isEqualTo("true");
    }

    @Test
    void there_is_always_a_text_to_draw() {
        assertThatThrownBy(() -> renderer.png("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> renderer.png(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
