package ucount;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A process stopped while it writes a report leaves no partial file under the report's name: the content goes to
 * a hidden temporary file that only a complete write moves into place. The packaged jar is slowed down with
 * {@code -Ducount.debug.writePauseMillis} so the stop lands mid-write.
 */
class InterruptedWriteIT {

    @TempDir
    Path dir;

    private Process startSlowWrite(Path report) throws IOException {
        return new ProcessBuilder(List.of("java", "-Ducount.debug.writePauseMillis=300", "-jar", "target/ucount.jar",
                "estimate", "--detail", "--format", "json", "-o", report.toString(), "samples/acme-hq"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    }

    /** Waits until the temporary file has content: the write is under way. */
    private Path awaitPartialFile() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    if (p.getFileName().toString().endsWith(".part") && Files.size(p) > 0) return p;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the write never started");
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    @Test
    void terminatedMidWriteLeavesNothing() throws Exception {
        Path report = dir.resolve("estimate.json");
        Process p = startSlowWrite(report);
        awaitPartialFile();
        p.destroy(); // SIGTERM, as Ctrl-C or a CI timeout sends
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertFalse(Files.exists(report), "no report under its name");
        assertEquals(List.of(), files(), "the temporary file is removed too");
    }

    @Test
    void killedMidWriteLeavesNoFileUnderTheReportsName() throws Exception {
        Path report = dir.resolve("estimate.json");
        Files.writeString(report, "the previous report\n");
        Process p = new ProcessBuilder(List.of("java", "-Ducount.debug.writePauseMillis=300", "-jar",
                "target/ucount.jar", "estimate", "--format", "json", "--force", "-o", report.toString(),
                "samples/acme-hq")).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        awaitPartialFile();
        p.destroyForcibly(); // SIGKILL: no clean-up can run
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals("the previous report\n", Files.readString(report), "the old report is intact");
        for (Path left : files()) {
            if (!left.equals(report)) {
                assertTrue(left.getFileName().toString().startsWith(".estimate.json."), "hidden leftover only: " + left);
            }
        }
    }
}
