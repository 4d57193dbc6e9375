package ucount.owners;

import com.fasterxml.jackson.databind.JsonNode;
import ucount.report.Json;
import ucount.support.Cli;
import ucount.support.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ucount owners} through the real command line: outputs (golden files), the BAT file, and refusals. */
class OwnersCommandTest {

    private static final String FIXTURE = "src/test/resources/owners/evidence";
    private static final String BAT_MEDIUM = "Device Name,Owner User ID\r\n"
            + "SEP00000000A001,alice\r\n"
            + "SEP00000000B001,bob\r\n"
            + "CSFCAROL,carol\r\n"
            + "TCTCAROL,carol\r\n"
            + "SEP00000000D001,dave\r\n"
            + "BOTERIN,erin\r\n"
            + "SEP00000000K001,kim\r\n"
            + "SEP00000000U001,mia\r\n"
            + "SEP00000000N002,nora\r\n";

    @TempDir
    Path tmp;

    @Test
    void text_fixture() throws Exception {
        Cli.Result run = Cli.run("owners", FIXTURE);
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        Golden.assertMatches("owners/evidence.txt", run.out());
    }

    @Test
    void json_fixture() throws Exception {
        Cli.Result run = Cli.run("owners", "--format", "json", "--generated-at", "2024-05-19T08:00:00Z", FIXTURE);
        assertEquals(0, run.exit(), run.err());
        Golden.assertMatches("owners/evidence.json", run.out());
    }

    @Test
    void csv_fixture_withWarningsOnStandardError() throws Exception {
        Cli.Result run = Cli.run("owners", "--format", "csv", FIXTURE);
        assertEquals(0, run.exit(), run.err());
        Golden.assertMatches("owners/evidence.csv", run.out());
        assertEquals(4, run.err().lines().filter(l -> l.startsWith("ucount: warning: ")).count(), run.err());
    }

    @Test
    void text_acmeHq() throws Exception {
        Cli.Result run = Cli.run("owners", "samples/acme-hq");
        assertEquals(0, run.exit(), run.err());
        Golden.assertMatches("owners/acme-hq.txt", run.out());
    }

    @Test
    void text_acmeHqAndBranch_namesTheClusters() throws Exception {
        Cli.Result run = Cli.run("owners", "--cluster", "hq=samples/acme-hq", "--cluster", "branch=samples/acme-branch");
        assertEquals(0, run.exit(), run.err());
        Golden.assertMatches("owners/two-clusters.txt", run.out());
    }

    @Test
    void markdown_acmeHq_beforeAfterDevicesChanges_metadataFooter() {
        Cli.Result run = Cli.run("owners", "--format", "md", "--generated-at", "2024-05-19T08:00:00Z",
                "samples/acme-hq");
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        Golden.assertMatches("owners/acme-hq.md", run.out());
        assertTrue(run.out().contains("| **Total** | **64** | **62** | **-2** |\n"), run.out());
        assertTrue(run.out().contains("| SEPA0F849C57172 | Cisco 7841 | ENHANCED | - | **mgarcia** | high | "
                + "in the controlled devices of mgarcia |\n"), run.out());
    }

    @Test
    void markdown_twoClusters_namesTheClusters() {
        Cli.Result run = Cli.run("owners", "--format", "md", "--generated-at", "2024-05-19T08:00:00Z",
                "--cluster", "hq=samples/acme-hq", "--cluster", "branch=samples/acme-branch");
        assertEquals(0, run.exit(), run.err());
        Golden.assertMatches("owners/two-clusters.md", run.out());
    }

    @Test
    void markdown_fixture_lowAndConflictingSuggestions() {
        Cli.Result run = Cli.run("owners", "--format", "md", "--generated-at", "2024-05-19T08:00:00Z", FIXTURE);
        assertEquals(0, run.exit(), run.err());
        Golden.assertMatches("owners/evidence.md", run.out());
    }

    @Test
    void html_acmeHq_beforeAfterChart_devicesTable() {
        Cli.Result run = Cli.run("owners", "--format", "html", "--generated-at", "2024-05-19T08:00:00Z",
                "samples/acme-hq");
        assertEquals(0, run.exit(), run.err());
        Golden.assertMatches("owners/acme-hq.html", run.out());
        // seven license types, a before and an after bar each
        assertEquals(14, run.out().split("<rect class=\"bar\"", -1).length - 1);
        assertTrue(run.out().contains("<td>SEPA0F849C57172</td><td>Cisco 7841</td><td>ENHANCED</td><td>-</td>"
                + "<td><strong>mgarcia</strong></td><td>high</td>"), run.out());
    }

    @Test
    void json_metadataLast_csvMetadataBeside() throws Exception {
        Cli.Result json = Cli.run("owners", "--format", "json", "--generated-at", "2024-05-19T08:00:00Z",
                "samples/acme-hq");
        JsonNode root = Json.MAPPER.readTree(json.out());
        List<String> fields = new ArrayList<>();
        root.fieldNames().forEachRemaining(fields::add);
        assertEquals("metadata", fields.get(fields.size() - 1));
        assertEquals(4, root.get("metadata").get("inputs").size());
        Path meta = tmp.resolve("meta.json");
        Cli.Result csv = Cli.run("owners", "-q", "--format", "csv", "--metadata", meta.toString(), "--generated-at",
                "2024-05-19T08:00:00Z", "samples/acme-hq");
        assertEquals(0, csv.exit(), csv.err());
        assertEquals(root.get("metadata"), Json.MAPPER.readTree(meta.toFile()).get("metadata"));
    }

    @Test
    void bat_holdsTheAppliedSuggestions_exactly() throws Exception {
        Path bat = tmp.resolve("fix.csv");
        Cli.Result run = Cli.run("owners", "--bat", bat.toString(), FIXTURE);
        assertEquals(0, run.exit(), run.err());
        assertArrayEquals(BAT_MEDIUM.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(bat));
        assertEquals("ucount: wrote " + bat + ": Owner User ID for 9 devices of 8 owners (--min-confidence medium); BAT's "
                + "Update Phones - Custom File sets one owner a job: one job per owner's rows\n", run.err());
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(List.of(bat), files.toList(), "no temporary file is left beside the BAT file");
        }
    }

    @Test
    void bat_minConfidenceHigh_onlyTheHighRows() throws Exception {
        Path bat = tmp.resolve("fix.csv");
        Cli.Result run = Cli.run("owners", "-q", "--min-confidence", "HIGH", "--bat", bat.toString(), FIXTURE);
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        assertEquals("Device Name,Owner User ID\r\nSEP00000000A001,alice\r\nSEP00000000D001,dave\r\nBOTERIN,erin\r\n"
                + "SEP00000000U001,mia\r\nSEP00000000N002,nora\r\n", Files.readString(bat));
    }

    @Test
    void bat_refusesToReplaceAFileWithoutForce() throws Exception {
        Path bat = tmp.resolve("fix.csv");
        Files.writeString(bat, "keep me");
        Cli.Result run = Cli.run("owners", "--bat", bat.toString(), FIXTURE);
        assertEquals(2, run.exit());
        assertEquals("", run.out());
        assertEquals("ucount: --bat " + bat + " exists; add --force to replace it\n", run.err());
        assertEquals("keep me", Files.readString(bat));

        Cli.Result forced = Cli.run("owners", "--force", "--bat", bat.toString(), FIXTURE);
        assertEquals(0, forced.exit(), forced.err());
        assertEquals(BAT_MEDIUM, Files.readString(bat));
    }

    @Test
    void bat_neverWritesOverAnExport_evenWithForce() throws Exception {
        Path export = tmp.resolve("phone.csv");
        Files.copy(Path.of(FIXTURE, "phone.csv"), export);
        byte[] before = Files.readAllBytes(export);
        Cli.Result run = Cli.run("owners", "--force", "--bat", export.toString(), export.toString(),
                FIXTURE + "/enduser.csv");
        assertEquals(2, run.exit());
        assertEquals("ucount: --bat " + export + " is an export this run reads; ucount never writes over its "
                + "input\n", run.err());
        assertArrayEquals(before, Files.readAllBytes(export));
    }

    @Test
    void bat_andMetadataNamingTheSameFileAreRefusedBeforeAnyWork() throws Exception {
        Path file = tmp.resolve("fix.csv");
        Cli.Result run = Cli.run("owners", "--force", "--bat", file.toString(), "--metadata", file.toString(), FIXTURE);
        assertEquals(2, run.exit());
        assertEquals("ucount: --bat and --metadata name the same file " + file + "\n", run.err());
        assertFalse(Files.exists(file));
    }

    @Test
    void bat_notInsideAnExportFolder() throws Exception {
        Path folder = Files.createDirectory(tmp.resolve("exports"));
        Files.copy(Path.of(FIXTURE, "phone.csv"), folder.resolve("phone.csv"));
        Files.copy(Path.of(FIXTURE, "enduser.csv"), folder.resolve("enduser.csv"));
        Path bat = folder.resolve("sub/fix.csv");
        Cli.Result run = Cli.run("owners", "--bat", bat.toString(), folder.toString());
        assertEquals(2, run.exit());
        assertEquals("ucount: --bat " + bat + " is inside the export folder " + folder + ", where the next run "
                + "would read it as an export; write it elsewhere\n", run.err());
        assertFalse(Files.exists(bat));
    }

    @Test
    void bat_oneClusterAtATime() {
        Cli.Result run = Cli.run("owners", "--bat", tmp.resolve("fix.csv").toString(), "--cluster", "a=" + FIXTURE,
                "--cluster", "b=samples/acme-branch");
        assertEquals(2, run.exit());
        assertEquals("ucount: --bat writes one cluster's fix: run owners once per cluster\n", run.err());
    }

    @Test
    void badInput_exit3_nothingOnStdout_noBatFile() throws Exception {
        Path broken = tmp.resolve("broken.csv");
        Files.writeString(broken, "Device Name,Device Type,Owner User ID\nSEP000000000001,\"Cisco 8865,alice\n");
        Path bat = tmp.resolve("out/fix.csv");
        Cli.Result run = Cli.run("owners", "--bat", bat.toString(), broken.toString());
        assertEquals(3, run.exit());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("ucount: " + broken + ":2: malformed CSV"), run.err());
        assertFalse(Files.exists(bat));
    }

    @Test
    void maxDevices_reportsTheDummyOwner() {
        Cli.Result run = Cli.run("owners", "--max-devices", "3", "--format", "json", FIXTURE);
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("\"code\": \"TOO_MANY_DEVICES\",\n      \"message\": \"user frontdesk owns 4 "
                + "licensed devices, more than 3 (--max-devices)"), run.out());
        assertFalse(Cli.run("owners", FIXTURE).out().contains("TOO_MANY_DEVICES"), "not past the default of 10");
    }

    @Test
    void usageErrors_exit2() {
        assertEquals(2, Cli.run("owners", "--max-devices", "0", FIXTURE).exit());
        Cli.Result bad = Cli.run("owners", "--min-confidence", "certain", FIXTURE);
        assertEquals(2, bad.exit());
        assertTrue(bad.err().startsWith("ucount: Invalid value for option '--min-confidence'"), bad.err());
        Cli.Result salt = Cli.run("owners", "--salt", "s", FIXTURE);
        assertEquals(2, salt.exit());
        assertEquals("ucount: --salt needs --anonymize\n", salt.err());
    }

    @Test
    void bat_notWithAnonymize_pseudonymsWouldUpdateNoDevice() {
        Path bat = tmp.resolve("fix.csv");
        Cli.Result run = Cli.run("owners", "--anonymize", "--bat", bat.toString(), FIXTURE);
        assertEquals(2, run.exit());
        assertEquals("", run.out());
        assertEquals("ucount: --bat needs the real device names and user IDs that CUCM updates; it cannot be "
                + "combined with --anonymize\n", run.err());
        assertFalse(Files.exists(bat));
    }

    @Test
    void help_teachesWithExamples() {
        Cli.Result run = Cli.run("owners", "--help");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("--min-confidence=high|medium|low"), run.out());
        assertTrue(run.out().contains("ucount owners --min-confidence high --bat owner-fix.csv samples/acme-hq"));
    }
}
