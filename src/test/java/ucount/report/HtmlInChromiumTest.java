package ucount.report;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ucount.support.Cli;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The sample HTML report as a browser shows it: headless Chromium (Debian's {@code chromium}, which .ci/run
 * installs) parses the page into the charts and tables, and draws the bars. Skipped where Chromium is not
 * installed. Two launches in all: one DOM dump, one screenshot (target/report-sample.png; with
 * {@code -Dscreenshot.update=true} it also replaces docs/report-sample.png, which the README shows).
 */
class HtmlInChromiumTest {

    private static final int BAR_BLUE = 0x2f6fdb;
    private static final Path SCREENSHOT = Path.of("target/report-sample.png");

    @TempDir
    static Path dir;
    private static String chromium;
    private static Path report;

    @BeforeAll
    static void renderTheSampleReport() throws IOException {
        chromium = findChromium().orElse(null);
        if (chromium == null) return;
        report = dir.resolve("report.html");
        Cli.Result r = Cli.run("check", "--installed", "src/test/resources/check/acme-hq-installed.csv",
                "--format", "html", "-o", report.toString(), "--generated-at", "2024-05-19T08:00:00Z",
                "--cluster", "hq=samples/acme-hq", "--cluster", "branch=samples/acme-branch");
        assertEquals(4, r.exit(), r.toString());
    }

    /** Each test reported as skipped, not left out, on a machine without Chromium. */
    @BeforeEach
    void needsChromium() {
        assumeTrue(chromium != null, "chromium is not installed; .ci/run installs it");
    }

    @Test
    void theBrowserSeesTheChartsAndTables() throws Exception {
        String dom = run("--dump-dom");
        // two charts, seven license types each, a bar per series: required/installed, then hq/branch
        assertEquals(28, count(dom, "<rect class=\"bar\""), dom);
        assertEquals(2, count(dom, "<svg class=\"chart\""));
        for (String section : List.of("compliance", "licenses", "users", "unassigned-devices", "warnings",
                "metadata")) {
            assertTrue(dom.contains("id=\"" + section + "\""), section);
        }
        String source = Files.readString(report);
        assertEquals(count(source, "<table"), count(dom, "<table"), "every table parsed as written");
        assertEquals(count(source, "<tr"), count(dom, "<tr"), "every row parsed as written");
        assertTrue(count(dom, "<table") >= 8, dom);
        assertTrue(dom.contains("<td>SEP6899CD057E3F</td>"), "the unassigned reception phone is listed");
        assertFalse(dom.contains("<script"), "no script");
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(dom).find(), "nothing fetched");
    }

    @Test
    void theBarsAreDrawn() throws Exception {
        Path png = dir.resolve("report.png");
        run("--screenshot=" + png, "--window-size=1200,2000");
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1200, image.getWidth());
        int blue = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == BAR_BLUE) blue++;
            }
        }
        assertTrue(blue > 5_000, blue + " pixels of the bar color");
        Files.createDirectories(SCREENSHOT.getParent());
        Files.copy(png, SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
        if (Boolean.getBoolean("screenshot.update")) {
            Files.copy(png, Path.of("docs/report-sample.png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String run(String... mode) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--hide-scrollbars", "--user-data-dir=" + Files.createTempDirectory(dir, "profile")));
        command.addAll(List.of(mode));
        command.add(report.toUri().toString());
        Path out = Files.createTempFile(dir, "out", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).redirectInput(ProcessBuilder.Redirect.from(
                        new File("/dev/null"))).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 120 s: " + command);
        }
        assertEquals(0, p.exitValue(), "chromium " + String.join(" ", mode));
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) n++;
        return n;
    }

    private static Optional<String> findChromium() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of("chromium", "chromium-browser").flatMap(name -> Stream.of(path.split(File.pathSeparator))
                .map(d -> Path.of(d, name))).filter(Files::isExecutable).map(Path::toString).findFirst();
    }
}
