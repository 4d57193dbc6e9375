package ucount.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ucount.support.Cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The estimate command as a user runs it: exit codes, error lines, files written. */
class EstimateCliTest {

    @TempDir
    Path dir;

    @Test
    void jsonTotalsAreTheSumOfUsersAndUnassignedDevices() throws IOException {
        Cli.Result r = Cli.run("estimate", "--format", "json", "samples/acme-hq");
        JsonNode json = new ObjectMapper().readTree(r.out());
        int[] sum = new int[1];
        json.get("users").forEach(u -> sum[0] += u.get("licenses").size());
        sum[0] += json.get("unassignedDevices").size();
        int[] total = new int[1];
        json.get("totals").forEach(t -> total[0] += t.asInt());
        assertEquals(total[0], sum[0]);
        assertEquals(7, json.get("totals").size());
        assertEquals("ucount", json.get("tool").asText());
        assertEquals("elm", json.get("ruleSet").asText());
    }

    @Test
    void twoClustersInSubFoldersOfOneExport_areSaidToBeReadAsOne_csvAndAxl() throws IOException {
        for (String sample : List.of("samples/acme-hq", "samples/acme-hq-axl")) {
            Path exports = dir.resolve(Path.of(sample).getFileName());
            for (String cluster : List.of("hq", "hq-again")) {
                Files.createDirectories(exports.resolve(cluster));
                try (Stream<Path> files = Files.list(Path.of(sample))) {
                    for (Path f : files.toList()) Files.copy(f, exports.resolve(cluster).resolve(f.getFileName()));
                }
            }
            Cli.Result merged = Cli.run("estimate", "--format", "json", exports.toString());
            List<String> codes = new ArrayList<>();
            new ObjectMapper().readTree(merged.out()).get("warnings").forEach(w -> codes.add(w.get("code").asText()));
            assertEquals(1, codes.stream().filter("FOLDERS_MERGED"::equals).count(), sample + ": " + codes);
            Cli.Result apart = Cli.run("estimate", "--format", "json", "--cluster", "hq=" + exports.resolve("hq"),
                    "--cluster", "again=" + exports.resolve("hq-again"));
            assertFalse(apart.out().contains("FOLDERS_MERGED"), sample);
        }
    }

    @Test
    void anUnknownCommandIsNamed_withTheOneItIsNear() throws IOException {
        Cli.Result typo = Cli.run("estmate", "samples/acme-hq");
        assertEquals(2, typo.exit());
        assertEquals("", typo.out());
        assertEquals("ucount: unknown command 'estmate': did you mean estimate?\n"
                + "Try 'ucount --help' for more information.\n", typo.err());
        assertEquals("ucount: unknown command 'owner': did you mean owners?\n"
                + "Try 'ucount --help' for more information.\n", Cli.run("owner", "x").err());
        assertEquals("ucount: unknown command 'licenses'\nTry 'ucount --help' for more information.\n",
                Cli.run("licenses").err());
        Path argFile = Files.writeString(dir.resolve("args.txt"), "estmate samples/acme-hq\n");
        assertEquals("ucount: unknown command 'estmate': did you mean estimate?\n"
                + "Try 'ucount --help' for more information.\n", Cli.run("@" + argFile).err());
    }

    @Test
    void messagesQuotingTheJdkAreEnglishWhateverTheMachinesLocale() throws IOException {
        Path cut = Files.writeString(dir.resolve("listPhone.xml"), "<?xml version='1.0' encoding='UTF-8'?>\n"
                + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>\n"
                + "<ns:listPhoneResponse xmlns:ns=\"http://www.cisco.com/AXL/API/12.5\"><return>\n");
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            Cli.Result r = Cli.run("estimate", cut.toString());
            assertEquals(3, r.exit());
            assertEquals("ucount: " + cut + ":4: malformed XML: the document ends before its elements are closed (a file "
                    + "cut short?)\n", r.err());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void missingFileIsAnInputErrorWithNothingOnStdout() {
        Cli.Result r = Cli.run("estimate", "no/such/file.csv");
        assertEquals(3, r.exit());
        assertEquals("", r.out());
        assertEquals("ucount: no/such/file.csv: no such file or folder\n", r.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        Cli.Result r = Cli.run("estimate", "--bogus", "samples/acme-hq");
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertEquals("ucount: Unknown option: '--bogus'\nTry 'ucount estimate --help' for more information.\n", r.err());
    }

    @Test
    void badRuleSetIsAUsageError() {
        Cli.Result r = Cli.run("estimate", "--rules", "plm", "samples/acme-hq");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("ucount: Invalid value for option '--rules': expected one of [ELM, SMART]"), r.err());
    }

    @Test
    void noExportIsAUsageError() {
        Cli.Result r = Cli.run("estimate");
        assertEquals(2, r.exit());
        assertEquals("ucount: no export given: name a file, a folder, - for standard input, or --cluster NAME=PATH\n",
                r.err());
    }

    @Test
    void clusterWithoutEqualsIsAUsageError() {
        Cli.Result r = Cli.run("estimate", "--cluster", "samples/acme-hq");
        assertEquals(2, r.exit());
        assertEquals("ucount: --cluster takes NAME=PATH, not 'samples/acme-hq'\n", r.err());
    }

    @Test
    void r15_unknownModelsFailIsAnInputErrorNamingFileAndLine() {
        Cli.Result r = Cli.run("estimate", "--unknown-models", "fail", "samples/acme-hq");
        assertEquals(3, r.exit());
        assertEquals("", r.out());
        assertEquals("ucount: samples/acme-hq/phones.csv:108: unknown device model 'Acme Future Phone 9000' "
                + "(--unknown-models fail); add it to a catalog file and pass --catalog FILE\n", r.err());
    }

    @Test
    void r15_catalogFileMakesAnUnknownModelKnown() throws IOException {
        Path catalog = dir.resolve("extra.csv");
        Files.writeString(catalog, "model,tier\nAcme Future Phone 9000,ESSENTIAL\n");
        Cli.Result r = Cli.run("estimate", "--unknown-models", "fail", "--catalog", catalog.toString(),
                "--format", "json", "samples/acme-hq");
        assertEquals(0, r.exit(), r.toString());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(10, json.get("totals").get("ESSENTIAL").asInt());
        assertEquals(21, json.get("totals").get("ENHANCED").asInt());
    }

    @Test
    void outputFileIsWrittenWholeAndStdoutStaysEmpty() throws IOException {
        Path out = dir.resolve("reports/estimate.json");
        Cli.Result r = Cli.run("estimate", "--format", "json", "-o", out.toString(), "samples/acme-hq");
        assertEquals(0, r.exit(), r.toString());
        assertEquals("", r.out());
        assertEquals(Cli.run("estimate", "--format", "json", "samples/acme-hq").out(), Files.readString(out));
        try (Stream<Path> files = Files.list(out.getParent())) {
            assertEquals(1, files.count(), "no temporary file is left beside the output");
        }
    }

    @Test
    void badInputLeavesNoOutputFile() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "Device Name,Device Type,Owner User ID\n\"SEP1,Cisco 7965\n");
        Path out = dir.resolve("estimate.txt");
        Cli.Result r = Cli.run("estimate", "-o", out.toString(), bad.toString());
        assertEquals(3, r.exit());
        assertFalse(Files.exists(out));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "only the input is in the folder");
        }
    }

    @Test
    void standardInputIsReadAsAnExport() throws IOException {
        String csv = Files.readString(Path.of("samples/acme-branch/phone.csv"), StandardCharsets.UTF_8);
        Cli.Result r = Cli.runWithStdin(csv, "estimate", "--format", "json", "-");
        assertEquals(0, r.exit(), r.toString());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("NO_USERS_EXPORT", json.get("warnings").get(0).get("code").asText());
        assertEquals("<stdin>", json.get("warnings").get(0).get("source").asText());
    }

    /** A call that names no cluster (no --cluster) reads as "one cluster"; a cluster named on the command line by name. */
    @Test
    void theClusterIsNamedOnlyWhenTheCallNamesIt() throws IOException {
        Cli.Result unnamed = Cli.run("estimate", "--format", "json", "samples/acme-branch/phone.csv");
        assertEquals(0, unnamed.exit(), unnamed.toString());
        assertTrue(new ObjectMapper().readTree(unnamed.out()).get("warnings").get(0).get("message").asText()
                .startsWith("no users export was read: users are taken from the owner IDs"), unnamed.out());
        assertTrue(Cli.run("estimate", "samples/acme-branch/phone.csv").out()
                .startsWith("License requirement (rules: elm, one cluster)\n"));

        Cli.Result named = Cli.run("estimate", "--format", "json", "--cluster", "branch=samples/acme-branch/phone.csv");
        assertEquals(0, named.exit(), named.toString());
        assertTrue(new ObjectMapper().readTree(named.out()).get("warnings").get(0).get("message").asText()
                .startsWith("no users export was read for cluster branch: users are taken"), named.out());
        assertTrue(Cli.run("estimate", "--cluster", "branch=samples/acme-branch/phone.csv").out()
                .startsWith("License requirement (rules: elm, cluster branch)\n"));
    }

    @Test
    void csvFormatSendsWarningsToStderr() {
        Cli.Result r = Cli.run("estimate", "--format", "csv", "samples/acme-hq");
        assertEquals(0, r.exit());
        assertTrue(r.err().contains("ucount: warning: samples/acme-hq/phones.csv:108: UNKNOWN_MODEL: "), r.err());
        assertEquals("", Cli.run("estimate", "--format", "csv", "-q", "samples/acme-hq").err());
    }

    @Test
    void helpTeachesWithExamples() {
        Cli.Result r = Cli.run("estimate", "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("--rules=elm|smart"), r.out());
        assertTrue(r.out().contains("Examples:"), r.out());
        Cli.Result top = Cli.run("--help");
        assertTrue(top.out().contains("estimate") && top.out().contains("catalog"), top.out());
    }

    @Test
    void versionIsPrinted() {
        Cli.Result r = Cli.run("--version");
        assertEquals(0, r.exit());
        assertTrue(r.out().matches("ucount \\d+\\.\\d+\\.\\d+.*\n"), r.out());
    }

    @Test
    void controlSequencesFromAnExportNeverReachTextOrMarkdown_jsonKeepsThemEscaped() throws IOException {
        Path phones = dir.resolve("phones.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("samples/acme-hq/phones.csv")));
        lines.set(1, lines.get(1).replaceFirst("^SEP[0-9A-F]+", "SEP1\u001b]0;pwned\u0007"));
        Files.write(phones, lines);
        for (String format : List.of("text", "md")) {
            Cli.Result r = Cli.run("estimate", "--detail", "--format", format, phones.toString());
            assertEquals(0, r.exit(), r.err());
            assertFalse(r.out().contains("\u001b") || r.out().contains("\u0007"), format);
            assertTrue(r.out().contains("SEP1\uFFFD"), r.out());
        }
        Cli.Result json = Cli.run("estimate", "--format", "json", phones.toString());
        assertTrue(json.out().contains("SEP1\\u001B]0;pwned"), json.out());
    }

    @Test
    void outputDashIsStandardOutput() {
        Cli.Result r = Cli.run("estimate", "-o", "-", "samples/acme-hq");
        assertEquals(0, r.exit(), r.err());
        assertEquals(Cli.run("estimate", "samples/acme-hq").out(), r.out());
        assertFalse(Files.exists(Path.of("-")));
    }

    @Test
    void standardInputIsReadOnce_andADeviceIsNoExport() {
        Cli.Result twice = Cli.runWithStdin("x", "estimate", "-", "-");
        assertEquals(2, twice.exit());
        assertEquals("ucount: standard input is read once: give - for one export only\n", twice.err());
        assertEquals("", twice.out());
        Cli.Result clusters = Cli.runWithStdin("x", "estimate", "--cluster", "a=-", "--cluster", "b=-");
        assertEquals(2, clusters.exit());
        assertEquals(twice.err(), clusters.err());
        Cli.Result device = Cli.run("estimate", "/dev/null");
        assertEquals(3, device.exit());
        assertEquals("ucount: /dev/null: not a file or folder (a device or a pipe?): save the export to a file, or "
                + "give it on standard input as -\n", device.err());
    }

    @Test
    void everyCommandPrintsTheVersion() {
        String version = Cli.run("--version").out();
        for (String command : List.of("estimate", "dlu", "request", "check", "owners", "diff", "pull", "catalog")) {
            Cli.Result r = Cli.run(command, "-V");
            assertEquals(0, r.exit(), command);
            assertEquals(version, r.out(), command);
        }
    }

    @Test
    void existingOutputFileIsReplacedOnlyWithForce() throws IOException {
        Path out = dir.resolve("estimate.txt");
        Files.writeString(out, "keep me\n");
        Cli.Result refused = Cli.run("estimate", "-o", out.toString(), "samples/acme-hq");
        assertEquals(2, refused.exit());
        assertEquals("ucount: -o " + out + " exists; add --force to replace it\n", refused.err());
        assertEquals("keep me\n", Files.readString(out));

        Cli.Result forced = Cli.run("estimate", "--force", "-o", out.toString(), "samples/acme-hq");
        assertEquals(0, forced.exit(), forced.toString());
        assertEquals(Cli.run("estimate", "samples/acme-hq").out(), Files.readString(out));
    }

    @Test
    void outputNeverGoesOverAnExportOrIntoAnExportFolder_whereTheNextRunWouldReadIt() throws IOException {
        Path exports = dir.resolve("exports");
        Files.createDirectories(exports);
        Path phones = Files.copy(Path.of("samples/acme-hq/phones.csv"), exports.resolve("phones.csv"));
        Cli.Result over = Cli.run("estimate", "--force", "--format", "csv", "-o", phones.toString(), phones.toString());
        assertEquals(2, over.exit());
        assertEquals("ucount: -o " + phones + " is an export this run reads; ucount never writes over its input\n",
                over.err());
        Path report = exports.resolve("report.csv");
        Cli.Result inside = Cli.run("estimate", "--format", "csv", "-o", report.toString(), exports.toString());
        assertEquals(2, inside.exit());
        assertEquals("ucount: -o " + report + " is inside the export folder " + exports + ", where the next run "
                + "would read it as an export; write it elsewhere\n", inside.err());
        Cli.Result metadata = Cli.run("estimate", "--metadata", report.toString(), exports.toString());
        assertEquals(2, metadata.exit());
        assertTrue(metadata.err().startsWith("ucount: --metadata " + report + " is inside the export folder "));
        // Followed through a symbolic link too.
        Path link = Files.createSymbolicLink(dir.resolve("link"), exports);
        Cli.Result linked = Cli.run("estimate", "-o", link.resolve("report.csv").toString(), exports.toString());
        assertEquals(2, linked.exit(), linked.toString());
        // And into a folder linked inside the export folder, which the next run follows as well.
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path inner = Files.createSymbolicLink(exports.resolve("more"), elsewhere);
        Cli.Result throughInner = Cli.run("estimate", "--format", "csv", "-o", inner.resolve("report.csv").toString(),
                exports.toString());
        assertEquals(2, throughInner.exit(), throughInner.toString());
        assertFalse(Files.exists(elsewhere.resolve("report.csv")));
        // Nor over an export reached through a link inside the export folder.
        Path data = Files.createDirectories(dir.resolve("data"));
        Path linkedPhones = Files.copy(Path.of("samples/acme-hq/phones.csv"), data.resolve("phones.csv"));
        Path gathered = Files.createDirectories(dir.resolve("gathered"));
        Files.createSymbolicLink(gathered.resolve("phones.csv"), linkedPhones);
        Cli.Result overLinked = Cli.run("estimate", "--format", "csv", "-o", linkedPhones.toString(), "--force",
                gathered.toString());
        assertEquals(2, overLinked.exit(), overLinked.toString());
        assertEquals(Files.readString(Path.of("samples/acme-hq/phones.csv")), Files.readString(linkedPhones));
        // A report that no run reads as an export may sit beside them.
        Cli.Result text = Cli.run("estimate", "-o", exports.resolve("report.txt").toString(), exports.toString());
        assertEquals(0, text.exit(), text.toString());
        // and the export itself is untouched
        assertEquals(Files.readString(Path.of("samples/acme-hq/phones.csv")), Files.readString(phones));
    }

    @Test
    void aReportThatCannotBeWritten_leavesNoMetadataAndNoOwnerFixBehind() throws IOException {
        Path blocked = Files.writeString(dir.resolve("a-file"), "").resolve("report.txt"); // its folder is a file
        Path meta = dir.resolve("meta.json");
        Path bat = dir.resolve("fix.csv");
        Cli.Result estimate = Cli.run("estimate", "-o", blocked.toString(), "--metadata", meta.toString(),
                "samples/acme-hq");
        assertEquals(3, estimate.exit(), estimate.toString());
        Cli.Result owners = Cli.run("owners", "--min-confidence", "low", "--bat", bat.toString(), "-o",
                blocked.toString(), "--metadata", meta.toString(), "samples/acme-hq");
        assertEquals(3, owners.exit(), owners.toString());
        try (var left = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("a-file")), left.toList());
        }
    }

    @Test
    void metadataAndOutputInTheSameFileIsAUsageError() {
        Path same = dir.resolve("same.json");
        Cli.Result r = Cli.run("estimate", "--format", "json", "-o", same.toString(), "--metadata", same.toString(),
                "samples/acme-hq");
        assertEquals(2, r.exit());
        assertEquals("ucount: --metadata and -o name the same file " + same + "\n", r.err());
    }

    @Test
    void aReportThatCannotBeWrittenToStandardOutputIsAnErrorNotExit0() {
        java.io.PrintWriter broken = new java.io.PrintWriter(new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        });
        java.io.StringWriter err = new java.io.StringWriter();
        int code = Main.run(broken, new java.io.PrintWriter(err), new java.io.ByteArrayInputStream(new byte[0]),
                "estimate", "samples/acme-hq");
        assertEquals(3, code);
        assertEquals("ucount: cannot write standard output: the report is incomplete\n", err.toString());
        // A failed check whose report is lost is an error too, not a verdict (4) for a script to act on.
        java.io.StringWriter checkErr = new java.io.StringWriter();
        int check = Main.run(broken, new java.io.PrintWriter(checkErr), new java.io.ByteArrayInputStream(new byte[0]),
                "check", "--installed", "ENHANCED=1", "samples/acme-hq");
        assertEquals(3, check, checkErr.toString());
        assertTrue(checkErr.toString().endsWith("ucount: cannot write standard output: the report is incomplete\n"),
                checkErr.toString());
    }

    @Test
    void noFileTheRunReadsIsWrittenOver_evenWithForce() throws IOException {
        Path catalog = Files.writeString(dir.resolve("extra.csv"), "model,tier\nCisco 9999,ENHANCED\n");
        Cli.Result overCatalog = Cli.run("estimate", "--catalog", catalog.toString(), "-o", catalog.toString(),
                "--force", "samples/acme-hq");
        assertEquals(2, overCatalog.exit());
        assertEquals("ucount: -o " + catalog + " is a file this run reads; ucount never writes over its input\n",
                overCatalog.err());
        assertEquals("model,tier\nCisco 9999,ENHANCED\n", Files.readString(catalog));
        Path installed = Files.writeString(dir.resolve("installed.csv"), "license,count\nENHANCED,500\n");
        Cli.Result overInstalled = Cli.run("check", "--installed", installed.toString(), "--metadata",
                installed.toString(), "--force", "samples/acme-hq");
        assertEquals(2, overInstalled.exit());
        assertEquals("ucount: --metadata " + installed + " is a file this run reads; ucount never writes over its "
                + "input\n", overInstalled.err());
        Path saved = dir.resolve("saved.json");
        assertEquals(0, Cli.run("estimate", "--format", "json", "-o", saved.toString(), "samples/acme-hq").exit());
        String before = Files.readString(saved);
        Cli.Result overDiff = Cli.run("diff", "-o", saved.toString(), "--force", saved.toString(), saved.toString());
        assertEquals(2, overDiff.exit());
        assertEquals(before, Files.readString(saved));
    }

    @Test
    void existingMetadataFileIsRefusedBeforeAnyReportIsPrinted() throws IOException {
        Path meta = dir.resolve("meta.json");
        Files.writeString(meta, "keep me\n");
        for (String command : List.of("estimate", "dlu", "owners")) {
            Cli.Result refused = Cli.run(command, "--metadata", meta.toString(), "samples/acme-hq");
            assertEquals(2, refused.exit(), command);
            assertEquals("", refused.out(), command);
            assertEquals("ucount: --metadata " + meta + " exists; add --force to replace it\n", refused.err());
        }
        // check too: the usage error comes before the compliance verdict, and no report is printed.
        Cli.Result check = Cli.run("check", "--installed", "BASIC=0", "--metadata", meta.toString(), "samples/acme-hq");
        assertEquals(2, check.exit());
        assertEquals("", check.out());
        assertEquals("keep me\n", Files.readString(meta));
    }

    @Test
    void aFolderWhereAFileIsToGoIsRefusedBeforeAnyFileIsWritten_evenWithForce() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("a-folder"));
        Path report = dir.resolve("report.txt");
        for (String command : List.of("estimate", "dlu", "owners")) {
            Cli.Result r = Cli.run(command, "-o", report.toString(), "--force", "--metadata", folder.toString(),
                    "samples/acme-hq");
            assertEquals(2, r.exit(), command);
            assertEquals("", r.out(), command);
            assertEquals("ucount: --metadata " + folder + " is a folder; name a file\n", r.err(), command);
            assertFalse(Files.exists(report), command + ": the report stays unwritten when its metadata cannot be");
        }
        Cli.Result o = Cli.run("estimate", "-o", folder.toString(), "--force", "samples/acme-hq");
        assertEquals(2, o.exit());
        assertEquals("ucount: -o " + folder + " is a folder; name a file\n", o.err());
        Cli.Result bat = Cli.run("owners", "--bat", folder.toString(), "--force", "samples/acme-hq");
        assertEquals(2, bat.exit());
        assertEquals("ucount: --bat " + folder + " is a folder; name a file\n", bat.err());
    }

    @Test
    void aMetadataFileThatCannotBeWrittenLeavesStdoutEmpty() throws IOException {
        Path meta = Files.writeString(dir.resolve("a-file"), "").resolve("meta.json"); // its folder is a file
        Cli.Result r = Cli.run("estimate", "--metadata", meta.toString(), "samples/acme-hq");
        assertEquals(3, r.exit(), r.toString());
        assertEquals("", r.out());
        assertEquals("ucount: cannot write " + meta + ": " + meta.getParent() + " is a file, not a folder\n",
                r.err());
    }

    @Test
    void anOutputFileThatCannotBeWritten_isNamedWithWhy_andNothingIsLeft() throws IOException {
        Path out = Files.writeString(dir.resolve("a-file"), "").resolve("estimate.txt");
        Cli.Result r = Cli.run("estimate", "-o", out.toString(), "samples/acme-hq");
        assertEquals(3, r.exit(), r.toString());
        assertEquals("", r.out());
        assertEquals("ucount: cannot write " + out + ": " + out.getParent() + " is a file, not a folder\n", r.err());
        try (var left = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("a-file")), left.toList());
        }
    }
}
