package ucount.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ucount.support.Cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The metadata of every machine-readable output: tool, version, rule set, time, inputs with SHA-256. */
class ReportMetadataTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-02T03:04:05.678Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void generatedAt_optionThenSourceDateEpochThenClock() throws UsageException {
        assertEquals(Instant.parse("2024-05-19T08:00:00Z"),
                MetadataMixin.generatedAt("2024-05-19T08:00:00Z", "1700000000", CLOCK));
        assertEquals(Instant.parse("2023-11-14T22:13:20Z"), MetadataMixin.generatedAt(null, "1700000000", CLOCK));
        assertEquals(CLOCK.instant(), MetadataMixin.generatedAt(null, null, CLOCK));
        assertEquals(CLOCK.instant(), MetadataMixin.generatedAt(null, " ", CLOCK));
        assertEquals("SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01T00:00:00Z, not 'yesterday'",
                assertThrows(UsageException.class, () -> MetadataMixin.generatedAt(null, "yesterday", CLOCK))
                        .getMessage());
        assertEquals("SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01T00:00:00Z, not '9000000000000000000'",
                assertThrows(UsageException.class, () -> MetadataMixin.generatedAt(null, "9000000000000000000",
                        CLOCK)).getMessage()); // a long, but past the last instant Java can hold
        Cli.Result bad = Cli.run("estimate", "--generated-at", "today", "samples/acme-hq");
        assertEquals(2, bad.exit());
        assertEquals("ucount: --generated-at takes an ISO-8601 instant like 2024-05-19T08:00:00Z, not 'today'\n",
                bad.err());
    }

    @Test
    void json_inputsHashedAsRead_catalogAndInstalledToo() throws Exception {
        Path catalog = Files.writeString(dir.resolve("catalog.csv"), "model,tier\nAcme Future Phone 9000,BASIC\n");
        Cli.Result r = Cli.run("check", "--installed", "src/test/resources/check/acme-hq-installed.csv",
                "--catalog", catalog.toString(), "--format", "json", "--generated-at", "2024-05-19T08:00:00.9Z",
                "samples/acme-hq");
        JsonNode meta = JSON.readTree(r.out()).get("metadata");
        assertEquals("ucount", meta.get("tool").asText());
        assertEquals("elm", meta.get("ruleSet").asText());
        assertEquals("2024-05-19T08:00:00Z", meta.get("generatedAt").asText(), "to the second");
        JsonNode inputs = meta.get("inputs");
        assertEquals(6, inputs.size());
        assertEquals("samples/acme-hq/device-profiles.csv", inputs.get(0).get("path").asText());
        assertEquals("export", inputs.get(0).get("kind").asText());
        assertEquals(sha256(Path.of("samples/acme-hq/phones.csv")), inputs.get(1).get("sha256").asText());
        assertEquals(Files.size(Path.of("samples/acme-hq/phones.csv")), inputs.get(1).get("bytes").asLong());
        assertEquals("installed", inputs.get(4).get("kind").asText());
        assertEquals("catalog", inputs.get(5).get("kind").asText());
        assertEquals(sha256(catalog), inputs.get(5).get("sha256").asText());
    }

    @Test
    void standardInput_isHashedWhileRead() throws Exception {
        String users = Files.readString(Path.of("samples/acme-branch/enduser.csv"));
        Cli.Result r = Cli.runWithStdin(users, "estimate", "--format", "json", "-");
        assertEquals(0, r.exit(), r.err());
        JsonNode input = JSON.readTree(r.out()).get("metadata").get("inputs").get(0);
        assertEquals("<stdin>", input.get("path").asText());
        assertEquals(sha256(Path.of("samples/acme-branch/enduser.csv")), input.get("sha256").asText());
    }

    @Test
    void metadataFile_besideCsv_sameObjectAsInTheJson() throws Exception {
        Path meta = dir.resolve("out/meta.json");
        Cli.Result csv = Cli.run("estimate", "-q", "--format", "csv", "--metadata", meta.toString(),
                "--generated-at", "2024-05-19T08:00:00Z", "samples/acme-hq");
        assertEquals(0, csv.exit(), csv.err());
        assertTrue(csv.out().startsWith("cluster,kind,id,"), "the CSV itself carries no comment lines");
        Cli.Result json = Cli.run("estimate", "--format", "json", "--generated-at", "2024-05-19T08:00:00Z",
                "samples/acme-hq");
        assertEquals(JSON.readTree(json.out()).get("metadata"), JSON.readTree(meta.toFile()).get("metadata"));
    }

    @Test
    void textAndCsv_readWithoutHashing() {
        Cli.Result text = Cli.run("estimate", "samples/acme-hq");
        assertFalse(text.out().contains("sha256") || text.out().contains("Generated"), text.out());
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void completionScriptForBashAndZsh() throws IOException {
        Cli.Result r = Cli.run("generate-completion");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("#!/usr/bin/env bash"), r.out());
        assertTrue(r.out().contains("\ncomplete -F _complete_ucount -o default ucount "), r.out());
        assertTrue(r.out().contains("local commands=\"estimate dlu request check owners diff pull catalog generate-completion help\""), r.out());
        assertTrue(r.out().contains("--fail-on-increase"), r.out());
    }

    @Test
    void completionRefusesArgumentsItDoesNotTake() {
        for (String[] args : List.of(new String[]{"--bogus"}, new String[]{"foo"}, new String[]{"-o", "x.sh"})) {
            Cli.Result r = Cli.run(java.util.stream.Stream.concat(java.util.stream.Stream.of("generate-completion"),
                    java.util.Arrays.stream(args)).toArray(String[]::new));
            assertEquals(2, r.exit(), String.join(" ", args));
            assertEquals("", r.out());
        }
    }
}
