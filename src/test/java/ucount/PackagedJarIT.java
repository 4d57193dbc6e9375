package ucount;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** End to end: the packaged jar through scripts/ucount, as the README runs it (after `mvn package`). */
class PackagedJarIT {

    private record Run(int exit, String out, String err) {
    }

    private static Run ucount(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "scripts/ucount"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        return new Run(p.waitFor(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void readmeCommandOnTheBundledSample() throws Exception {
        assertTrue(Files.exists(Path.of("target/ucount.jar")), "the jar is built by the package phase");
        Run run = ucount("estimate", "samples/acme-hq");
        assertEquals(0, run.exit(), run.err());
        assertEquals(Files.readString(Path.of("src/test/resources/golden/estimate/acme-hq.txt")), run.out());
    }

    @Test
    void badInputExitsThreeWithOneLineAndNoStackTrace() throws Exception {
        Run run = ucount("estimate", "pom.xml");
        assertEquals(3, run.exit());
        assertEquals("", run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("ucount: pom.xml:"), run.err());
    }
}
