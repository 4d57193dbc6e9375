package ucount.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ucount.support.Cli;
import ucount.support.Golden;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ucount diff}: acme-hq-before.json is an estimate of samples/acme-hq in the shape without metadata (no
 * metadata block); acme-hq-after.json the estimate after the reception phone got mgarcia as its owner, fwhite left, and
 * nnew joined with a 7841.
 */
class DiffCommandTest {

    private static final String BEFORE = "src/test/resources/diff/acme-hq-before.json";
    private static final String AFTER = "src/test/resources/diff/acme-hq-after.json";
    private static final String AT = "2024-06-02T10:00:00Z";

    @TempDir
    Path dir;

    @Test
    void goldenTextJsonMd() {
        for (String format : new String[]{"text", "json", "md"}) {
            Cli.Result r = Cli.run("diff", "--format", format, "--generated-at", AT, BEFORE, AFTER);
            assertEquals(0, r.exit(), r.toString());
            assertEquals("", r.err());
            Golden.assertMatches("diff/acme-hq." + (format.equals("text") ? "txt" : format), r.out());
        }
    }

    @Test
    void json_changesInTheirPlaces() throws IOException {
        JsonNode json = new ObjectMapper().readTree(Cli.run("diff", "--format", "json", BEFORE, AFTER).out());
        assertEquals(1, json.get("totals").get("change").get("ENHANCED").asInt());
        assertEquals(22, json.get("totals").get("old").get("ENHANCED").asInt());
        assertEquals("nnew", json.get("users").get("added").get(0).get("userId").asText());
        assertEquals("fwhite", json.get("users").get("removed").get(0).get("userId").asText());
        JsonNode mgarcia = json.get("users").get("changed").get(0);
        assertEquals("[]", mgarcia.get("oldLicenses").toString());
        assertEquals("[\"ENHANCED\"]", mgarcia.get("newLicenses").toString());
        assertTrue(mgarcia.get("reasons").get(0).asText().startsWith("R9: 1 device SEP6899CD057E3F"));
        assertEquals("SEP6899CD057E3F", json.get("unassignedDevices").get("removed").get(0).get("name").asText());
        assertEquals("[\"ENHANCED\"]", json.get("increased").toString());
        assertTrue(json.get("old").get("generatedAt").isNull(), "the old file predates metadata");
        assertEquals("2024-06-01T09:00:00Z", json.get("new").get("generatedAt").asText());
        JsonNode inputs = json.get("metadata").get("inputs");
        assertEquals(BEFORE, inputs.get(0).get("path").asText());
        assertEquals(64, inputs.get(1).get("sha256").asText().length());
    }

    @Test
    void failOnIncrease_exit4_namingEachType() {
        Cli.Result r = Cli.run("diff", "--fail-on-increase", BEFORE, AFTER);
        assertEquals(4, r.exit());
        assertEquals("ucount: diff: licenses grew: ENHANCED +1 (22 -> 23)\n", r.err());
        assertTrue(r.out().startsWith("License changes: "));

        Cli.Result back = Cli.run("diff", "--fail-on-increase", AFTER, BEFORE);
        assertEquals(0, back.exit(), back.toString());
        assertTrue(back.out().endsWith("No license type grew.\n"), back.out());

        Cli.Result same = Cli.run("diff", "--fail-on-increase", AFTER, AFTER);
        assertEquals(0, same.exit());
        assertTrue(same.out().contains("Users: 0 added, 0 removed, 0 with other licenses\n"), same.out());
    }

    @Test
    void perCluster_addedClusterAndChangedOne() throws IOException {
        Path one = dir.resolve("one.json");
        Path two = dir.resolve("two.json");
        assertEquals(0, Cli.run("estimate", "--format", "json", "-o", one.toString(), "--cluster",
                "hq=samples/acme-hq").exit());
        assertEquals(0, Cli.run("estimate", "--format", "json", "-o", two.toString(), "--rules", "smart",
                "--cluster", "hq=samples/acme-hq", "--cluster", "branch=samples/acme-branch").exit());
        Cli.Result r = Cli.run("diff", one.toString(), two.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("(rules: elm -> smart, so the rules differ as well as the exports)"), r.out());
        assertTrue(r.out().contains("Clusters\n  hq: Essential UCL +1, Basic UCL -3\n  branch: added, 11 licenses\n"),
                r.out());
        assertTrue(r.out().contains("  ~ hq/gadams: ESSENTIAL -> NONE\n"), r.out());
        assertTrue(r.out().contains("  + branch/AN5C5015DE51A1 (Analog Phone): ESSENTIAL\n"), r.out());
    }

    @Test
    void pseudonymousEstimates_sameSalt_compareLikeThePlainOnes() throws IOException {
        Path one = dir.resolve("one.json");
        Path two = dir.resolve("two.json");
        for (Path out : new Path[]{one, two}) {
            assertEquals(0, Cli.run("estimate", "--format", "json", "--anonymize", "--salt", "shared", "-o",
                    out.toString(), "samples/acme-hq").exit());
        }
        Cli.Result r = Cli.run("diff", "--format", "json", one.toString(), two.toString());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(0, json.get("users").get("added").size() + json.get("users").get("removed").size());
        assertTrue(json.get("metadata").get("anonymized").asBoolean());
    }

    @Test
    void oneSideAnonymized_isSaid_inTextAndMarkdown() throws IOException {
        Path real = dir.resolve("real.json");
        Path anonymized = dir.resolve("anon.json");
        assertEquals(0, Cli.run("estimate", "--format", "json", "-o", real.toString(), "samples/acme-hq").exit());
        assertEquals(0, Cli.run("estimate", "--format", "json", "--anonymize", "-o", anonymized.toString(),
                "samples/acme-hq").exit());
        String note = "Note: " + anonymized + " is anonymized (--anonymize) and the other is not, so no user or device "
                + "matches across them: every one shows as removed and added.";
        Cli.Result text = Cli.run("diff", real.toString(), anonymized.toString());
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().contains(note), text.out());
        assertTrue(Cli.run("diff", "--format", "md", anonymized.toString(), real.toString()).out().contains(note));
        assertFalse(Cli.run("diff", real.toString(), real.toString()).out().contains("Note:"));
    }

    @Test
    void badFiles_exit3_fileAndProblem_nothingOnStdout() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\n  \"tool\": \"ucount\",\n  \"totals\": {,\n}\n");
        assertInput("ucount: " + broken + ":3: not valid JSON: Unexpected character (',' (code 44)): was expecting "
                + "double-quote to start field name", broken.toString(), AFTER);
        assertInput("ucount: src/test/resources/golden/check/acme-hq-short.json: a check report; diff compares the "
                + "JSON of 'ucount estimate --format json'", "src/test/resources/golden/check/acme-hq-short.json", AFTER);
        Path empty = Files.writeString(dir.resolve("empty.json"), "");
        assertInput("ucount: " + empty + ": empty, or not a JSON object", AFTER, empty.toString());
        Path other = Files.writeString(dir.resolve("other.json"), "{\"ruleSet\": \"elm\"}");
        assertInput("ucount: " + other + ": no \"totals\"; diff compares the JSON of 'ucount estimate --format json'",
                other.toString(), AFTER);
        Path badType = Files.writeString(dir.resolve("type.json"), Files.readString(Path.of(AFTER))
                .replace("\"CUWL_PROFESSIONAL\": 0", "\"GOLD\": 0"));
        assertInput("ucount: " + badType + ": unknown license type 'GOLD' (expected one of ESSENTIAL, BASIC, ENHANCED, "
                + "ENHANCED_PLUS, CUWL_STANDARD, CUWL_PROFESSIONAL, TELEPRESENCE_ROOM)", BEFORE, badType.toString());
        assertInput("ucount: nowhere.json: no such file", "nowhere.json", AFTER);
        String after = Files.readString(Path.of(AFTER));
        Path trailing = Files.writeString(dir.resolve("trailing.json"), after + "\n{}\n");
        Cli.Result second = Cli.run("diff", BEFORE, trailing.toString());
        assertEquals(3, second.exit());
        assertTrue(second.err().startsWith("ucount: " + trailing + ":"), second.err()); // a value after the first
        Path twice = Files.writeString(dir.resolve("twice.json"),
                after.replaceFirst("\\{", "{\"ruleSet\": \"smart\","));
        Cli.Result dup = Cli.run("diff", BEFORE, twice.toString());
        assertEquals(3, dup.exit());
        assertTrue(dup.err().contains("Duplicate field 'ruleSet'"), dup.err());

        Path report = dir.resolve("diff.json");
        Cli.Result r = Cli.run("diff", "--format", "json", "-o", report.toString(), broken.toString(), AFTER);
        assertEquals(3, r.exit());
        assertFalse(Files.exists(report));
    }

    private static void assertInput(String message, String... files) {
        String[] args = new String[files.length + 1];
        args[0] = "diff";
        System.arraycopy(files, 0, args, 1, files.length);
        Cli.Result r = Cli.run(args);
        assertEquals(3, r.exit(), r.toString());
        assertEquals("", r.out());
        assertEquals(message + "\n", r.err());
    }

    @Test
    void usage_exit2() {
        Cli.Result csv = Cli.run("diff", "--format", "csv", BEFORE, AFTER);
        assertEquals(2, csv.exit());
        assertEquals("ucount: diff has no --format csv (it writes text, json, md)\n", csv.err());
        Cli.Result one = Cli.run("diff", BEFORE);
        assertEquals(2, one.exit());
        assertTrue(one.err().startsWith("ucount: Missing required parameter: 'NEW'"), one.err());
    }
}
