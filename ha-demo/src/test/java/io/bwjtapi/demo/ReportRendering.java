package io.bwjtapi.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;

/** Renders the report in headless Chromium (the Debian package) and measures the colours on the screenshot. */
final class ReportRendering {
    static final List<Path> CHROMIUM = List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"));

    /** Pixel counts of the report's colours. */
    record Colours(int red, int green, int blue) {
    }

    private ReportRendering() {
    }

    /**
     * @param page the report
     * @param png where the screenshot goes
     * @return the screenshot; the calling test is skipped when Chromium is not installed
     */
    static Path screenshot(Path page, Path png) throws IOException, InterruptedException {
        Path chromium = CHROMIUM.stream().filter(Files::isExecutable).findFirst().orElse(null);
        Assumptions.assumeTrue(chromium != null, "Chromium is not installed (Debian: apt-get install chromium); "
                + "the report's rendering is not checked");
        Path profile = Files.createTempDirectory("bwjtapi-chromium");
        Files.deleteIfExists(png);
        Process process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile, "--window-size=1100,2000",
                "--screenshot=" + png.toAbsolutePath(), page.toAbsolutePath().toUri().toString())
                .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Chromium did not finish within 90 s");
        }
        assertEquals(0, process.exitValue(), () -> "Chromium failed: " + log(profile));
        assertTrue(Files.size(png) > 10_000, "the screenshot has content");
        return png;
    }

    /** Counts the pixels close to the report's out-of-service red, in-service green and call blue. */
    static Colours colours(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        int red = 0;
        int green = 0;
        int blue = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                red += near(rgb, 0xD7263D) ? 1 : 0;
                green += near(rgb, 0x2E9D4A) ? 1 : 0;
                blue += near(rgb, 0x3B6FD4) ? 1 : 0;
            }
        }
        return new Colours(red, green, blue);
    }

    private static boolean near(int rgb, int target) {
        int dr = ((rgb >> 16) & 0xFF) - ((target >> 16) & 0xFF);
        int dg = ((rgb >> 8) & 0xFF) - ((target >> 8) & 0xFF);
        int db = (rgb & 0xFF) - (target & 0xFF);
        return dr * dr + dg * dg + db * db < 400;
    }

    private static String log(Path profile) {
        try {
            return Files.readString(new File(profile.toFile(), "chromium.log").toPath());
        } catch (IOException e) {
            return e.toString();
        }
    }
}
