package ucount.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ucount.support.Cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The read progress bar: only for a person at a terminal, never in pipes, CI logs or with -q. */
class ReadProgressTest {

    @Test
    void shownOnlyToAPersonAtATerminal() {
        assertTrue(ReadProgress.interactive(false, true, true, null));
        assertTrue(ReadProgress.interactive(false, true, true, ""));
        assertFalse(ReadProgress.interactive(true, true, true, null), "-q");
        assertFalse(ReadProgress.interactive(false, false, true, null), "no console: output to a pipe or file");
        assertFalse(ReadProgress.interactive(false, true, false, null), "standard error redirected");
        assertFalse(ReadProgress.interactive(false, true, true, "true"), "a CI job");
    }

    @Test
    void aLargeReadInProcess_noTerminal_printsNothingOnStandardError(@TempDir Path dir) throws IOException {
        Path phones = dir.resolve("phones.csv");
        String pad = "x".repeat(150);
        int rows = 0;
        try (Writer out = Files.newBufferedWriter(phones, StandardCharsets.UTF_8)) {
            out.write("Device Name,Description,Device Type,Owner User ID\n");
            while (Files.size(phones) <= ReadProgress.MIN_BYTES) {
                for (int i = 0; i < 10_000; i++, rows++) {
                    out.write(String.format("SEP%012X,%s,Cisco 7841,\n", rows, pad));
                }
                out.flush();
            }
        }
        Cli.Result r = Cli.run("estimate", phones.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err(), "no progress bar without a terminal (warnings are in the text report)");
        assertTrue(r.out().contains("Unassigned devices: " + rows + " "), r.out());
    }
}
