package fr.portailpartenaires.adapters.web;

import fr.portailpartenaires.application.registration.CaptchaRenderer;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.CubicCurve2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.random.RandomGenerator;
import javax.imageio.ImageIO;

/**
 * Draws captcha texts with Java2D, without any display or network service: each character in a
 * random font, size and angle, the whole bent by a wave, with noise curves across. Dark text on a
 * light background keeps it readable (RGAA contrast); the distortion is what scripts stumble on.
 *
 * <p>The JVM must be able to find a font (fontconfig and any TrueType font on Linux; a slim
 * container image may need them installed). AWT is used headless: the property
 * {@code java.awt.headless} is set to {@code true} when this class loads, unless already set.
 */
public final class Java2dCaptchaRenderer implements CaptchaRenderer {

    public static final int WIDTH = 200;
    public static final int HEIGHT = 70;

    private static final String[] FONT_FAMILIES = {Font.SANS_SERIF, Font.SERIF, Font.MONOSPACED};

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private final RandomGenerator random;

    /** With a {@link SecureRandom}, so that the distortion of an image cannot be predicted. */
    public Java2dCaptchaRenderer() {
        this(new SecureRandom());
    }

    /** @param random a generator safe to share between threads (the renderer serves concurrent requests) */
    public Java2dCaptchaRenderer(RandomGenerator random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public byte[] png(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("A captcha has a text to draw");
        }
        BufferedImage image = waved(drawn(text));
        ByteArrayOutputStream png = new ByteArrayOutputStream(8 * 1024);
        try {
            if (!ImageIO.write(image, "png", png)) {
                throw new IllegalStateException("No PNG writer in this Java runtime");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode the captcha image", e);
        }
        return png.toByteArray();
    }

    private BufferedImage drawn(String text) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, light(), WIDTH, HEIGHT, light()));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            speckle(g);
            noiseCurves(g, 3, 1f);
            characters(g, text);
            noiseCurves(g, 2 + random.nextInt(2), 1.5f + random.nextFloat());
        } finally {
            g.dispose();
        }
        return image;
    }

    private void characters(Graphics2D g, String text) {
        float step = (WIDTH - 20f) / text.length();
        for (int i = 0; i < text.length(); i++) {
            Font font = new Font(FONT_FAMILIES[random.nextInt(FONT_FAMILIES.length)],
                    random.nextBoolean() ? Font.BOLD : Font.BOLD | Font.ITALIC, 32 + random.nextInt(8));
            double angle = Math.toRadians(random.nextInt(-20, 21));
            AffineTransform rotation = AffineTransform.getRotateInstance(angle);
            g.setFont(font.deriveFont(rotation));
            g.setColor(dark());
            float x = 10 + i * step + random.nextFloat() * (step * 0.25f);
            float y = HEIGHT / 2f + 11 + random.nextInt(-4, 5);
            g.drawString(String.valueOf(text.charAt(i)), x, y);
        }
    }

    private void noiseCurves(Graphics2D g, int count, float width) {
        g.setStroke(new BasicStroke(width));
        for (int i = 0; i < count; i++) {
            g.setColor(dark());
            g.draw(new CubicCurve2D.Float(
                    0, random.nextInt(HEIGHT),
                    random.nextInt(WIDTH / 2), random.nextInt(HEIGHT),
                    WIDTH / 2f + random.nextInt(WIDTH / 2), random.nextInt(HEIGHT),
                    WIDTH, random.nextInt(HEIGHT)));
        }
    }

    private void speckle(Graphics2D g) {
        for (int i = 0; i < WIDTH * HEIGHT / 25; i++) {
            g.setColor(new Color(random.nextInt(120, 200), random.nextInt(120, 200), random.nextInt(120, 200)));
            g.fillRect(random.nextInt(WIDTH), random.nextInt(HEIGHT), 1, 1);
        }
    }

    /** Shifts each row sideways and each column up or down along sine waves of random phase. */
    private BufferedImage waved(BufferedImage source) {
        BufferedImage target = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        double rowAmplitude = 2 + random.nextDouble() * 2;
        double columnAmplitude = 2 + random.nextDouble() * 2;
        double rowPhase = random.nextDouble() * 2 * Math.PI;
        double columnPhase = random.nextDouble() * 2 * Math.PI;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int sx = x + (int) Math.round(rowAmplitude * Math.sin(y / 7.0 + rowPhase));
                int sy = y + (int) Math.round(columnAmplitude * Math.sin(x / 16.0 + columnPhase));
                target.setRGB(x, y, source.getRGB(Math.floorMod(sx, WIDTH), Math.clamp(sy, 0, HEIGHT - 1)));
            }
        }
        return target;
    }

    private Color light() {
        return new Color(random.nextInt(225, 256), random.nextInt(225, 256), random.nextInt(225, 256));
    }

    private Color dark() {
        return new Color(random.nextInt(0, 70), random.nextInt(0, 70), random.nextInt(20, 110));
    }
}
