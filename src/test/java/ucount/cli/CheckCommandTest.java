package ucount.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ucount.support.Cli;
import ucount.support.Golden;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ucount check} run in-process through {@link Main#run}: exit codes, messages, golden outputs on the sample
 * clusters (src/test/resources/golden/check; regenerate on purpose with -Dgolden.update=true).
 */
class CheckCommandTest {

    private static final String HQ = "samples/acme-hq";
    private static final String BRANCH = "samples/acme-branch";
    private static final String HQ_INSTALLED = "src/test/resources/check/acme-hq-installed.csv";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The metadata time of the golden outputs. */
    private static final String GENERATED_AT = "2024-05-19T08:00:00Z";

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
        JsonNode json() throws IOException {
            return JSON.readTree(out);
        }

        /** The {@code types} entry of one license, as the contract's JSON object. */
        JsonNode type(String license) throws IOException {
            for (JsonNode t : json().get("types")) if (t.get("license").asText().equals(license)) return t;
            throw new AssertionError("no type " + license + " in " + out);
        }
    }

    static Run run(String... args) {
        Cli.Result r = Cli.run(args);
        return new Run(r.exit(), r.out(), r.err());
    }

    // --- golden outputs -------------------------------------------------------------------------------------

    @Test
    void goldenShortTextJsonCsvMdHtml_acmeHq() throws IOException {
        for (String format : List.of("text", "json", "csv", "md", "html")) {
            Run r = run("check", "--installed", HQ_INSTALLED, "--non-compliant-since", "2024-05-01",
                    "--today", "2024-05-19", "--generated-at", GENERATED_AT, "--format", format, HQ);
            assertEquals(4, r.exit(), r.err());
            Golden.assertMatches("check/acme-hq-short." + (format.equals("text") ? "txt" : format), r.out());
            assertTrue(r.err().endsWith("ucount: check failed: non-compliance\n"), r.err());
            long warningLines = format.equals("csv") ? 4 : 0; // CSV has no place for warnings: stderr
            assertEquals(warningLines, r.err().lines().filter(l -> l.startsWith("ucount: warning: ")).count());
        }
    }

    @Test
    void goldenCompliantText_acmeHq_cuwlProfessionalCoversStandard() throws IOException {
        Run r = run("check", "--installed", "ESSENTIAL=10", "--installed", "basic=10", "--installed", "ENHANCED=20",
                "--installed", "enhanced-plus=15", "--installed", "CUWL_PROFESSIONAL=6",
                "--installed", "TELEPRESENCE_ROOM=5", HQ);
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        Golden.assertMatches("check/acme-hq-compliant.txt", r.out());
    }

    @Test
    void r32_goldenTwoClusters_requiredTotaledAndShownPerCluster() throws IOException {
        for (String format : List.of("text", "json", "md", "html")) {
            Run r = run("check", "--installed", "ESSENTIAL=12", "--installed", "BASIC=13", "--installed", "ENHANCED=23",
                    "--installed", "ENHANCED_PLUS=16", "--installed", "CUWL_PROFESSIONAL=6",
                    "--installed", "TELEPRESENCE_ROOM=6", "--format", format, "--generated-at", GENERATED_AT,
                    "--cluster", "hq=" + HQ, "--cluster", "branch=" + BRANCH);
            assertEquals(0, r.exit(), r.err());
            Golden.assertMatches("check/hq-branch." + (format.equals("text") ? "txt" : format), r.out());
        }
    }

    @Test
    void r41_goldenEnforcedText_smart() throws IOException {
        Run r = run("check", "--rules", "smart", "--installed", HQ_INSTALLED, "--non-compliant-since", "2024-01-15",
                "--today", "2024-06-01", HQ);
        assertEquals(4, r.exit(), r.err());
        Golden.assertMatches("check/acme-hq-enforced-smart.txt", r.out());
    }

    // --- exact numbers through the CLI ------------------------------------------------------------------------

    /** S1's worked example, as a cluster: 10 users with 3 phones (CUWL) and 50 with 2 (Enhanced Plus). */
    @Test
    void r30_ciscoWorkedExample_throughTheCli() throws IOException {
        Path export = ciscoExample();
        Run r = run("check", "--installed", "CUWL_STANDARD=100", "--format", "json", export.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("IN_COMPLIANCE", r.json().get("status").asText());
        assertEquals(counts(10, 100, 0, 50, 40, 0), counts(r.type("CUWL_STANDARD")));
        assertEquals(counts(50, 0, 50, 0, 0, 0), counts(r.type("ENHANCED_PLUS")));

        Run pro = run("check", "--installed", "cuwl-professional=100", "--format", "json", export.toString());
        assertEquals(0, pro.exit(), pro.err());
        assertEquals(counts(0, 100, 0, 60, 40, 0), counts(pro.type("CUWL_PROFESSIONAL")));
        assertEquals(counts(10, 0, 10, 0, 0, 0), counts(pro.type("CUWL_STANDARD")));
        assertEquals(counts(50, 0, 50, 0, 0, 0), counts(pro.type("ENHANCED_PLUS")));
    }

    @Test
    void installedPairsMayBeCommaSeparated() throws IOException {
        Run r = run("check", "--installed", "ESSENTIAL=2, basic=3,ENHANCED=3", "--installed",
                "enhanced-plus=1,CUWL_STANDARD=1,TELEPRESENCE_ROOM=1", "--format", "json", BRANCH);
        assertEquals(0, r.exit(), r.err());
        for (JsonNode type : r.json().get("types")) {
            assertEquals(type.get("required"), type.get("installed"), type.get("license").asText());
        }
    }

    @Test
    void r31_telepresenceRoomIsNotCoveredByCuwl_exit4() throws IOException {
        Run r = run("check", "--installed", "CUWL_PROFESSIONAL=20", "--format", "json", BRANCH);
        assertEquals(4, r.exit());
        JsonNode json = r.json();
        assertEquals("NON_COMPLIANCE", json.get("status").asText());
        assertEquals(counts(1, 0, 0, 0, 0, 1), counts(r.type("TELEPRESENCE_ROOM")));
        assertEquals(counts(0, 20, 0, 10, 10, 0), counts(r.type("CUWL_PROFESSIONAL")));
        assertEquals(7, json.get("types").size());
        assertEquals("non-compliance", json.get("failedConditions").get(0).get("condition").asText());
        assertFalse(json.get("passed").asBoolean());
        assertEquals("ucount: check failed: non-compliance\n", r.err());
    }

    @Test
    void graceDaysFollowTheRuleSet() throws IOException {
        assertEquals(60, run("check", "--installed", "BASIC=0", "--format", "json", BRANCH).json().get("graceDays").asInt());
        JsonNode smart = run("check", "--rules", "smart", "--installed", "BASIC=0", "--format", "json",
                "--non-compliant-since", "2024-05-01", "--today", "2024-05-19", BRANCH).json();
        assertEquals(90, smart.get("graceDays").asInt());
        assertEquals("2024-07-30", smart.get("grace").get("enforcementDate").asText());
        assertEquals(72, smart.get("grace").get("daysLeft").asInt());
        assertFalse(smart.get("grace").get("enforced").asBoolean());
    }

    @Test
    void r42_todayComesFromTheClockWithoutToday() throws IOException {
        Cli.Result r = Cli.runAt(Clock.fixed(Instant.parse("2024-05-19T12:00:00Z"), ZoneOffset.UTC),
                new ByteArrayInputStream(new byte[0]), "check", "--installed", "BASIC=0", "--non-compliant-since",
                "2024-05-01", "--format", "json", BRANCH);
        assertEquals(4, r.exit());
        JsonNode grace = JSON.readTree(r.out()).get("grace");
        assertEquals("2024-05-19", grace.get("today").asText());
        assertEquals(42, grace.get("daysLeft").asInt());
    }

    // --- R33: the exports' age ----------------------------------------------------------------------------------

    /** The sample cluster copied, its files last modified at {@code modified}. */
    private Path sampleModifiedAt(String modified) throws IOException {
        Path hq = dir.resolve("hq");
        Files.createDirectories(hq);
        try (Stream<Path> files = Files.list(Path.of(HQ))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                Path copy = Files.copy(f, hq.resolve(f.getFileName()));
                Files.setLastModifiedTime(copy, java.nio.file.attribute.FileTime.from(Instant.parse(modified)));
            }
        }
        return hq;
    }

    private static Cli.Result checkAt(String now, String... args) {
        List<String> all = new ArrayList<>(List.of("check", "--installed", "CUWL_PROFESSIONAL=100", "--installed",
                "TELEPRESENCE_ROOM=5"));
        all.addAll(List.of(args));
        return Cli.runAt(Clock.fixed(Instant.parse(now), ZoneOffset.UTC), new ByteArrayInputStream(new byte[0]),
                all.toArray(String[]::new));
    }

    @Test
    void r33_exportsOlderThanTheDailySyncAreAWarning_notAStatus() throws IOException {
        Path hq = sampleModifiedAt("2025-03-11T08:00:00Z");
        String stale = "the exports are at least 3 days old (" + hq.resolve("device-profiles.csv") + " last modified "
                + "2025-03-11T08:00:00Z), longer than the license manager's daily synchronization: the cluster may "
                + "have changed since, and the status is as of the export (R33)";
        Cli.Result text = checkAt("2025-03-14T09:30:00Z", hq.toString());
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().startsWith("Status: IN_COMPLIANCE"), text.out());
        assertTrue(text.out().contains("\nExport age: " + stale
                + "\nWarnings: 5 (DUPLICATE_DEVICE 1, STALE_EXPORT 1, "), text.out());
        assertTrue(text.out().contains("); 'ucount estimate --detail' lists the others\n"), text.out());
        JsonNode json = JSON.readTree(checkAt("2025-03-14T09:30:00Z", "--format", "json", hq.toString()).out());
        assertEquals("IN_COMPLIANCE", json.get("status").asText());
        List<String> staleWarnings = new ArrayList<>();
        for (JsonNode w : json.get("warnings")) {
            if (w.get("code").asText().equals("STALE_EXPORT")) staleWarnings.add(w.get("message").asText());
        }
        assertEquals(List.of(stale), staleWarnings);
        // A day old, it is within the period: no warning, no line.
        Cli.Result fresh = checkAt("2025-03-12T08:00:00Z", hq.toString());
        assertFalse(fresh.out().contains("STALE_EXPORT") || fresh.out().contains("Export age"), fresh.out());
    }

    @Test
    void r33_whenTheExportAgeIsTheOnlyWarningNothingPointsToOthers() throws IOException {
        Path cluster = Files.createDirectories(dir.resolve("clean"));
        var modified = java.nio.file.attribute.FileTime.from(Instant.parse("2025-03-11T08:00:00Z"));
        Files.setLastModifiedTime(Files.writeString(cluster.resolve("users.csv"), "USER ID,LAST NAME,ENABLE MOBILITY,"
                + "ENABLE USER FOR UNIFIED CM IM AND PRESENCE\nalice,Example,f,t\n"), modified);
        Files.setLastModifiedTime(Files.writeString(cluster.resolve("phones.csv"),
                "Device Name,Device Type,Owner User ID\nSEP000000000001,Cisco 8865,alice\n"), modified);
        Cli.Result text = checkAt("2025-03-14T09:30:00Z", cluster.toString());
        assertTrue(text.out().contains("\nWarnings: 1 (STALE_EXPORT 1)\nCheck: PASSED"), text.out());
        Cli.Result md = checkAt("2025-03-14T09:30:00Z", "--format", "md", cluster.toString());
        assertTrue(md.out().contains("\n- Warnings: 1 (STALE_EXPORT 1)\n"), md.out());
    }

    @Test
    void r33_withTodayTheAgeIsMeasuredAtTheEndOfThatDay() throws IOException {
        Path hq = sampleModifiedAt("2025-03-12T10:00:00Z");
        assertFalse(checkAt("2025-03-20T00:00:00Z", "--today", "2025-03-12", hq.toString()).out()
                .contains("Export age"));
        assertTrue(checkAt("2025-03-12T11:00:00Z", "--today", "2025-03-13", hq.toString()).out()
                .contains("Export age: the exports are at least 38 hours old"));
    }

    @Test
    void r33_aPullIsDatedByItsManifest_inMarkdownToo() throws IOException {
        Path hq = sampleModifiedAt("2025-03-14T09:00:00Z");
        Files.writeString(hq.resolve("manifest.json"),
                "{\"tool\": \"ucount\", \"pulledAt\": \"2025-03-12T06:30:00Z\"}");
        Cli.Result md = checkAt("2025-03-14T09:30:00Z", "--format", "md", "--cluster", "hq=" + hq);
        assertTrue(md.out().contains("\n- Export age: cluster hq's exports were pulled 51 hours ago "
                + "(2025-03-12T06:30:00Z), longer than the license manager's daily synchronization"), md.out());
    }

    // --- --fail-on ----------------------------------------------------------------------------------------------

    @Test
    void failOnConditionsFailACompliantEstate_eachNamed() {
        Run r = run("check", "--installed", "CUWL_PROFESSIONAL=100", "--installed", "TELEPRESENCE_ROOM=5",
                "--fail-on", "unknown-models", "--fail-on", "unassigned>12", "--fail-on", "user-devices>10", HQ);
        assertEquals(4, r.exit());
        assertTrue(r.out().startsWith("Status: IN_COMPLIANCE, every requirement met, 59 by higher tiers"), r.out());
        assertTrue(r.out().endsWith("Check: FAILED (exit 4)\n"
                + "  unknown-models: 1 device has a model the catalog does not know, counted as ENHANCED (R15): "
                + "samples/acme-hq/phones.csv:108\n"
                + "  unassigned>12: 13 licensed devices have no owner among the users (R14), more than 12\n"
                + "  user-devices>10: 1 user owns more than 10 licensed devices (R1, R2): bokafor 12\n"), r.out());
        assertEquals("ucount: check failed: unknown-models, unassigned>12, user-devices>10\n", r.err());
    }

    @Test
    void failOnConditionsThatDoNotHoldPass() {
        Run r = run("check", "--installed", "CUWL_PROFESSIONAL=100", "--installed", "TELEPRESENCE_ROOM=5",
                "--fail-on", "non-compliance", "--fail-on", "unassigned>13", "--fail-on", "user-devices>12", "-q", HQ);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().endsWith("Check: PASSED\n"), r.out());
        assertEquals("", r.err());
    }

    // --- usage errors (exit 2) --------------------------------------------------------------------------------

    @Test
    void usageErrors_exit2_oneLineOnStderr_nothingOnStdout() {
        assertUsage("ucount: --installed ENHANCED=ten: the count must be a whole number from 0 to 10000000, not 'ten'",
                "--installed", "ENHANCED=ten", HQ);
        assertUsage("ucount: --installed ENHANCED=2147483647: the count must be a whole number from 0 to 10000000, "
                + "not '2147483647'", "--installed", "ENHANCED=2147483647", HQ);
        assertUsage("ucount: --installed GOLD=3: unknown license type 'GOLD' (expected one of ESSENTIAL, BASIC, "
                + "ENHANCED, ENHANCED_PLUS, CUWL_STANDARD, CUWL_PROFESSIONAL, TELEPRESENCE_ROOM)",
                "--installed", "GOLD=3", HQ);
        assertUsage("ucount: --installed gives ENHANCED twice",
                "--installed", "ENHANCED=3", "--installed", "enhanced=4", HQ);
        assertUsage("ucount: --installed gives ENHANCED twice", "--installed", "ENHANCED=3,BASIC=1,enhanced=4", HQ);
        assertUsage("ucount: --installed BASIC=: the count must be a whole number from 0 to 10000000, not ''",
                "--installed", "ENHANCED=3,BASIC=", HQ);
        assertUsage("ucount: --installed takes TYPE=N items separated by commas (e.g. ENHANCED=40,BASIC=5), not ''",
                "--installed", "ENHANCED=1,,BASIC=2", HQ);
        assertUsage("ucount: --installed takes TYPE=N items separated by commas (e.g. ENHANCED=40,BASIC=5), not "
                + "'BASIC'", "--installed", "ENHANCED=1,BASIC", HQ);
        assertUsage("ucount: --installed takes TYPE=N items separated by commas (e.g. ENHANCED=40,BASIC=5), not ''",
                "--installed", ",ENHANCED=1", HQ);
        assertUsage("ucount: --installed takes TYPE=N (repeatable) or one FILE, not both",
                "--installed", "ENHANCED=3", "--installed", HQ_INSTALLED, HQ);
        assertUsage("ucount: --installed takes one FILE, not 2 (or TYPE=N, repeatable)",
                "--installed", HQ_INSTALLED, "--installed", HQ_INSTALLED, HQ);
        assertUsage("ucount: --fail-on: unknown condition 'warnings' (expected one of non-compliance, "
                + "unknown-models, unassigned>N, user-devices>N)", "--installed", "BASIC=1", "--fail-on", "warnings", HQ);
        assertUsage("ucount: --fail-on: 'unassigned' needs a limit, e.g. 'unassigned>10' (quote it in a shell: > "
                + "is a redirection)", "--installed", "BASIC=1", "--fail-on", "unassigned", HQ);
        assertUsage("ucount: --non-compliant-since 2024-06-01 is after today (2024-05-19)",
                "--installed", "BASIC=1", "--non-compliant-since", "2024-06-01", "--today", "2024-05-19", HQ);
        assertUsage("ucount: --salt needs --anonymize", "--installed", "BASIC=1", "--salt", "s", HQ);
        assertUsage("ucount: no export given: name a file, a folder, - for standard input, or --cluster NAME=PATH",
                "--installed", "BASIC=1");
    }

    @Test
    void usageErrorsFromPicocli_exit2() {
        Run missing = run("check", HQ);
        assertEquals(2, missing.exit());
        assertEquals("", missing.out());
        assertEquals("ucount: Missing required option: '--installed=TYPE=N|FILE'\n"
                + "Try 'ucount check --help' for more information.\n", missing.err());
        Run badDate = run("check", "--installed", "BASIC=1", "--non-compliant-since", "1 May", HQ);
        assertEquals(2, badDate.exit());
        assertEquals("", badDate.out());
        assertEquals("ucount: Invalid value for option '--non-compliant-since': '1 May' is not a date YYYY-MM-DD\n"
                + "Try 'ucount check --help' for more information.\n", badDate.err());
    }

    @Test
    void anInstalledFileWhosePathHoldsAnEqualsSignIsReadAsTheFile() throws IOException {
        Path installed = Files.writeString(dir.resolve("licenses=2024.csv"),
                "license,count\nESSENTIAL,2\nBASIC,3\nENHANCED,3\nENHANCED_PLUS,1\nCUWL_STANDARD,1\nTELEPRESENCE_ROOM,1\n");
        Run r = run("check", "--installed", installed.toString(), "--format", "json", BRANCH);
        assertEquals(0, r.exit(), r.err());
        for (JsonNode type : r.json().get("types")) {
            assertEquals(type.get("required"), type.get("installed"), type.get("license").asText());
        }
    }

    @Test
    void typeEqualsNIsReadAsSuch_evenWhereAFileHasThatName() throws IOException {
        Path clash = Path.of("ENHANCED=3"); // in the folder the command runs in
        Files.writeString(clash, "hello\n");
        try {
            Run r = run("check", "--installed", "ENHANCED=3", "--installed",
                    "ESSENTIAL=2,BASIC=3,ENHANCED_PLUS=1,CUWL_STANDARD=1,TELEPRESENCE_ROOM=1", "--format", "json",
                    BRANCH);
            assertEquals(0, r.exit(), r.err());
        } finally {
            Files.delete(clash);
        }
    }

    // --- input errors (exit 3) --------------------------------------------------------------------------------

    @Test
    void inputErrors_exit3_fileAndLine_nothingOnStdout_noOutputFile() throws IOException {
        Path installed = Files.writeString(dir.resolve("installed.csv"), "license,count\nBASIC,1\nGOLD,2\n");
        Path report = dir.resolve("report.json");
        Run r = run("check", "--installed", installed.toString(), "--format", "json", "-o", report.toString(), HQ);
        assertEquals(3, r.exit());
        assertEquals("", r.out());
        assertEquals("ucount: " + installed + ":3: unknown license type 'GOLD' (expected one of ESSENTIAL, BASIC, "
                + "ENHANCED, ENHANCED_PLUS, CUWL_STANDARD, CUWL_PROFESSIONAL, TELEPRESENCE_ROOM)\n", r.err());
        assertFalse(Files.exists(report));

        Run none = run("check", "--installed", "licenses.csv", HQ);
        assertEquals(3, none.exit());
        assertEquals("", none.out());
        assertEquals("ucount: licenses.csv: no such file; --installed takes TYPE=N (e.g. ENHANCED=40) or a CSV file "
                + "with the columns license,count\n", none.err());

        Run export = run("check", "--installed", "BASIC=1", "samples/no-such-cluster");
        assertEquals(3, export.exit());
        assertEquals("", export.out());
        assertEquals("ucount: samples/no-such-cluster: no such file or folder\n", export.err());
    }

    @Test
    void outputFileIsWrittenWholeAndStillExits4() throws IOException {
        Path report = dir.resolve("out/compliance.json");
        Run r = run("check", "--installed", HQ_INSTALLED, "--format", "json", "-o", report.toString(), HQ);
        assertEquals(4, r.exit());
        assertEquals("", r.out());
        assertEquals("NON_COMPLIANCE", JSON.readTree(report.toFile()).get("status").asText());
        try (Stream<Path> files = Files.list(report.getParent())) {
            assertEquals(List.of(report), files.toList());
        }
    }

    @Test
    void helpTeachesWithExamples() {
        Run r = run("check", "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("ucount check --installed ENHANCED=40 --installed CUWL_STANDARD=10 exports/\n"));
        assertTrue(r.out().contains("unassigned>N      more than N licensed devices have no owner (R14)"));
        assertTrue(run("--help").out().contains("ucount check --installed lic.csv exports/  # compliance; exit 4 if not\n"));
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static void assertUsage(String message, String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "check";
        System.arraycopy(args, 0, full, 1, args.length);
        Run r = run(full);
        assertEquals(2, r.exit(), r.err());
        assertEquals("", r.out());
        assertEquals(message + "\n", r.err());
    }

    /** required, installed, borrowed, lent, available, shortfall. */
    private static List<Integer> counts(int... values) {
        List<Integer> list = new ArrayList<>();
        for (int v : values) list.add(v);
        return list;
    }

    private static List<Integer> counts(JsonNode type) {
        List<Integer> list = new ArrayList<>();
        for (String field : List.of("required", "installed", "borrowed", "lent", "available", "shortfall")) {
            list.add(type.get(field).asInt());
        }
        return list;
    }

    private Path ciscoExample() throws IOException {
        StringBuilder users = new StringBuilder("USER ID,LAST NAME\n");
        StringBuilder phones = new StringBuilder("Device Name,Device Type,Owner User ID\n");
        for (int u = 0; u < 60; u++) {
            String id = String.format("user%02d", u);
            users.append(id).append(",Example\n");
            int devices = u < 10 ? 3 : 2; // R11: 3 devices -> CUWL_STANDARD; R10: 2 -> ENHANCED_PLUS
            for (int d = 0; d < devices; d++) {
                phones.append(String.format("SEP%010d%02d", u, d)).append(",Cisco 8865,").append(id).append('\n');
            }
        }
        Path cluster = Files.createDirectories(dir.resolve("s1-example"));
        Files.writeString(cluster.resolve("users.csv"), users);
        Files.writeString(cluster.resolve("phones.csv"), phones);
        return cluster;
    }
}
