package ucount.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ucount.support.Cli;
import ucount.support.Golden;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogCliTest {

    @TempDir
    Path dir;

    @Test
    void modelFilterInEveryFormat() {
        Golden.assertMatches("catalog/8865-7960.txt", Cli.run("catalog", "8865", "7960").out());
        Golden.assertMatches("catalog/8865-7960.json", Cli.run("catalog", "--format", "json", "8865", "7960").out());
        Golden.assertMatches("catalog/8865-7960.csv", Cli.run("catalog", "--format", "csv", "8865", "7960").out());
    }

    @Test
    void theCatalogFileReadIsNeverWrittenOver_evenWithForce() throws IOException {
        Path file = dir.resolve("extra.csv");
        Files.writeString(file, "model,tier\nAcme Future Phone 9000,ESSENTIAL\n");
        for (String option : List.of("--catalog", "--check")) {
            Cli.Result run = Cli.run("catalog", option, file.toString(), "--format", "csv", "-o", file.toString(),
                    "--force");
            assertEquals(2, run.exit(), option);
            assertEquals("ucount: -o " + file + " is a file this run reads; ucount never writes over its input\n",
                    run.err());
        }
        assertEquals("model,tier\nAcme Future Phone 9000,ESSENTIAL\n", Files.readString(file));
    }

    @Test
    void csvOutputIsAValidCatalogFile() throws IOException {
        Path file = dir.resolve("all.csv");
        assertEquals(0, Cli.run("catalog", "--format", "csv", "-o", file.toString()).exit());
        Cli.Result check = Cli.run("catalog", "--check", file.toString());
        assertEquals(0, check.exit(), check.toString());
        assertTrue(check.out().matches(".*: \\d+ rows, valid \\((\\d+) replace built-in models, 0 add new ones\\)\n"),
                check.out());
    }

    @Test
    void checkCountsInWords() throws IOException {
        Path file = dir.resolve("mine.csv");
        Files.writeString(file, "model,tier\nCisco 7821,ESSENTIAL\nAcme 1,ENHANCED\n");
        assertEquals(file + ": 2 rows, valid (1 replaces a built-in model, 1 adds a new one)\n",
                Cli.run("catalog", "--check", file.toString()).out());
    }

    @Test
    void searchFindsJabberClientsByTheirNote() {
        String csf = Cli.run("catalog", "--format", "csv", "csf").out();
        assertEquals(List.of("Cisco Unified Client Services Framework"), models(csf));
        assertEquals(List.of("Cisco Dual Mode for Android", "Cisco Dual Mode for iPhone", "Cisco Jabber for Tablet",
                "Cisco Unified Client Services Framework", "Cisco Webex VDI Svc Framework"),
                models(Cli.run("catalog", "--format", "csv", "jabber").out()));
    }

    private static List<String> models(String csv) {
        return csv.lines().skip(1).map(line -> line.substring(0, line.indexOf(','))).toList();
    }

    @Test
    void noMatchingModelIsAnInputError() {
        Cli.Result r = Cli.run("catalog", "Nokia 3310");
        assertEquals(3, r.exit());
        assertEquals("", r.out());
        assertEquals("ucount: no catalog model matches 'Nokia 3310'\n", r.err());
    }

    @Test
    void checkReportsTheFirstBadLine() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "model,tier,dlu\nAcme 1,ENHANCED,-2\n");
        Cli.Result r = Cli.run("catalog", "--check", file.toString());
        assertEquals(3, r.exit());
        assertEquals("ucount: " + file + ":2: dlu '-2' is not a whole number >= 0\n", r.err());
    }
}
