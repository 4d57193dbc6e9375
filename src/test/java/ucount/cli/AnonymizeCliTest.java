package ucount.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ucount.support.Cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --anonymize}: no identifier of the sample exports survives in any output format of estimate, check, dlu
 * and owners, and every count is the count of the plain run.
 */
class AnonymizeCliTest {

    private static final String HQ = "samples/acme-hq";
    private static final String INSTALLED = "src/test/resources/check/acme-hq-installed.csv";
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Sample first names that are also words of the reports themselves ("Grace (R40, elm: 60 days)"): they are
     * checked as part of the full name instead.
     */
    private static final Set<String> REPORT_WORDS = Set.of("Grace");

    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

    private static Set<String> identifiers;

    /** Every identifier the tool reads from the sample, taken from the sample files themselves. */
    @BeforeAll
    static void readIdentifiersFromTheSampleFiles() throws IOException {
        identifiers = new TreeSet<>();
        for (CSVRecord r : csv("users.csv")) {
            add(r, "USER ID", "LAST NAME", "TELEPHONE NUMBER", "MAIL ID", "PRIMARY EXTENSION 1");
            if (!REPORT_WORDS.contains(r.get("FIRST NAME"))) add(r, "FIRST NAME");
            identifiers.add(r.get("FIRST NAME") + " " + r.get("LAST NAME"));
            for (String column : r.toMap().keySet()) if (column.startsWith("DEVICE NAME ")) add(r, column);
        }
        for (CSVRecord r : csv("phones.csv")) {
            for (String column : r.toMap().keySet()) {
                if (column.equals("Device Name") || column.equals("Owner User ID") || column.startsWith("User ID ")
                        || column.startsWith("Directory Number ") || column.equals("Primary Phone")
                        || column.equals("Mobility User ID")) {
                    add(r, column);
                }
            }
        }
        for (CSVRecord r : csv("device-profiles.csv")) add(r, "Device Profile Name", "User ID", "Login UserID");
        for (CSVRecord r : csv("remote-destination-profiles.csv")) add(r, "Remote Destination Profile Name", "User ID");
        assertTrue(identifiers.size() > 300, "read " + identifiers.size() + " identifiers");
        assertTrue(identifiers.containsAll(List.of("rpatel", "JSmith", "SEP2C3124E3AB6E", "CSFLCHEN", "2001",
                "Patel", "rpatel@acme.example", "+1 212 555 2001", "UDP_gadams", "RDP_kwilson", "Hans Müller")));
    }

    private static void add(CSVRecord r, String... columns) {
        for (String column : columns) {
            String value = r.isMapped(column) ? r.get(column).trim() : "";
            if (!value.isEmpty()) identifiers.add(value);
        }
    }

    private static List<CSVRecord> csv(String file) throws IOException {
        String text = Files.readString(Path.of(HQ, file), StandardCharsets.UTF_8).replace("\uFEFF", "");
        try (Reader in = new java.io.StringReader(text)) {
            return CSVFormat.DEFAULT.builder().setHeader().setAllowMissingColumnNames(true)
                    .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL).build().parse(in).getRecords();
        }
    }

    /** Every output of estimate, check, dlu and owners, in every format each has, stdout and stderr. */
    private static List<String> outputs(String... extra) {
        List<String> outputs = new ArrayList<>();
        for (String format : List.of("text", "json", "csv", "md", "html")) {
            run(outputs, 0, extra, "estimate", "--detail", "--installed-dlu", "1000", "--format", format);
            run(outputs, 4, extra, "check", "--installed", INSTALLED, "--format", format);
            if (!format.equals("html")) run(outputs, 0, extra, "dlu", "--detail", "--format", format);
            run(outputs, 0, extra, "owners", "--min-confidence", "low", "--format", format);
        }
        return outputs;
    }

    private static void run(List<String> outputs, int exit, String[] extra, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of(extra));
        args.add(HQ);
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(exit, r.exit(), r.toString());
        outputs.add(r.out());
        outputs.add(r.err());
    }

    /** The identifiers that appear in the outputs as whole words (not as part of a longer word or hash). */
    private static List<String> shown(List<String> outputs) {
        // the SVG namespace, http://www.w3.org/2000/svg, is no directory number
        String all = String.join("\n", outputs).replace(SVG_NAMESPACE, "");
        Set<String> words = new java.util.HashSet<>(List.of(all.split("[^\\p{L}\\p{N}]+")));
        return identifiers.stream().filter(id -> id.matches("[\\p{L}\\p{N}]+") ? words.contains(id)
                : all.contains(id) && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(id) + "(?![\\p{L}\\p{N}])")
                .matcher(all).find()).toList();
    }

    @Test
    void noIdentifierOfTheSampleSurvivesInAnyFormat() {
        int shownPlain = shown(outputs()).size();
        assertTrue(shownPlain > 150, "the plain outputs show the identifiers (" + shownPlain + "), so the check bites");
        assertEquals(List.of(), shown(outputs("--anonymize", "--salt", "test-salt")));
    }

    @Test
    void countsAreThoseOfThePlainRun() throws IOException {
        JsonNode plain = json("estimate", "--format", "json", HQ);
        JsonNode anon = json("estimate", "--format", "json", "--anonymize", HQ);
        assertEquals(plain.get("totals"), anon.get("totals"));
        assertEquals(plain.get("clusters").get(0).get("totals"), anon.get("clusters").get(0).get("totals"));
        assertEquals(plain.get("users").size(), anon.get("users").size());
        assertEquals(plain.get("unassignedDevices").size(), anon.get("unassignedDevices").size());
        assertEquals(codes(plain), codes(anon));
        assertEquals(licenseCounts(plain), licenseCounts(anon));
        assertTrue(anon.get("metadata").get("anonymized").asBoolean());
        assertEquals(false, plain.get("metadata").get("anonymized").asBoolean());

        JsonNode plainCheck = JSON.readTree(Cli.run("check", "--installed", INSTALLED, "--format", "json", HQ).out());
        JsonNode anonCheck = JSON.readTree(Cli.run("check", "--installed", INSTALLED, "--format", "json",
                "--anonymize", HQ).out());
        assertEquals(plainCheck.get("types"), anonCheck.get("types"));
        assertEquals(plainCheck.get("status"), anonCheck.get("status"));
    }

    @Test
    void dluAndOwners_countsAreThoseOfThePlainRun() throws IOException {
        JsonNode plainDlu = json("dlu", "--format", "json", "--installed-dlu", "1000", HQ);
        JsonNode anonDlu = json("dlu", "--format", "json", "--installed-dlu", "1000", "--anonymize", HQ);
        for (String field : List.of("usedDlu", "installedDlu", "unusedDlu", "deviceDlu", "userFeatureDlu",
                "extraEnhanced", "byModel", "userFeatures")) {
            assertEquals(plainDlu.get(field), anonDlu.get(field), field);
        }
        assertEquals(plainDlu.get("devices").size(), anonDlu.get("devices").size());
        assertTrue(anonDlu.get("metadata").get("anonymized").asBoolean());

        JsonNode plainOwners = json("owners", "--format", "json", HQ);
        JsonNode anonOwners = json("owners", "--format", "json", "--anonymize", HQ);
        for (String field : List.of("summary", "before", "after", "change")) {
            assertEquals(plainOwners.get(field), anonOwners.get(field), field);
        }
        assertEquals(plainOwners.get("userChanges").size(), anonOwners.get("userChanges").size());
        assertTrue(anonOwners.get("metadata").get("anonymized").asBoolean());
        assertEquals(false, plainOwners.get("metadata").get("anonymized").asBoolean());
    }

    @Test
    void sameSaltSamePseudonyms_acrossRunsAndClusters_noSaltDiffers() throws IOException {
        JsonNode a = json("estimate", "--format", "json", "--anonymize", "--salt", "k", "--generated-at",
                "2024-01-01T00:00:00Z", HQ);
        JsonNode b = json("estimate", "--format", "json", "--anonymize", "--salt", "k", "--generated-at",
                "2024-01-01T00:00:00Z", HQ);
        assertEquals(a, b);
        JsonNode random1 = json("estimate", "--format", "json", "--anonymize", HQ);
        JsonNode random2 = json("estimate", "--format", "json", "--anonymize", HQ);
        assertNotEquals(userIds(random1, "cluster"), userIds(random2, "cluster"));

        JsonNode twice = json("estimate", "--format", "json", "--anonymize", "--cluster", "one=" + HQ,
                "--cluster", "two=" + HQ);
        assertEquals(userIds(twice, "one"), userIds(twice, "two"));
        assertEquals(52, userIds(twice, "one").size());
    }

    @Test
    void saltFromAFileOrTheEnvironment_isTheSaltGivenAsAnArgument(@TempDir Path dir) throws IOException {
        String[] json = {"estimate", "--format", "json", "--generated-at", "2024-01-01T00:00:00Z", HQ};
        String argument = Cli.run(cat(json, "--anonymize", "--salt", "k s")).out();
        Path file = dir.resolve("salt.txt");
        Files.writeString(file, "k s\r\nnot the salt\n");
        // The same report, metadata included: the salt file is no input of the report (its hash would be a clue).
        assertEquals(argument, Cli.run(cat(json, "--anonymize", "--salt-file", file.toString())).out());
        assertEquals(argument, Cli.runWithEnv(Map.of("UCOUNT_SALT", "k s"), cat(json, "--anonymize")).out());
        assertEquals(argument,
                Cli.runWithEnv(Map.of("UCOUNT_SALT", "other"), cat(json, "--anonymize", "--salt", "k s")).out());
        assertNotEquals(argument, Cli.run(cat(json, "--anonymize", "--salt", "other")).out());
        // Without --anonymize the environment's salt is not asked for.
        assertEquals(Cli.run(json).out(), Cli.runWithEnv(Map.of("UCOUNT_SALT", "k s"), json).out());
    }

    @Test
    void saltFileProblems_usageOrInputErrors_nothingWritten(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("salt.txt");
        Files.writeString(file, "k\n");
        assertFails(2, "ucount: --salt and --salt-file: give one salt",
                "estimate", "--anonymize", "--salt", "k", "--salt-file", file.toString(), HQ);
        assertFails(2, "ucount: --salt-file needs --anonymize", "dlu", "--salt-file", file.toString(), HQ);
        assertFails(2, "ucount: -o " + file + " is a file this run reads; ucount never writes over its input",
                "owners", "--anonymize", "--salt-file", file.toString(), "--force", "-o", file.toString(), HQ);
        assertEquals("k\n", Files.readString(file));
        Path empty = Files.writeString(dir.resolve("empty.txt"), "\n");
        assertFails(3, "ucount: " + empty + ": the salt file is empty",
                "check", "--installed", "BASIC=1", "--anonymize", "--salt-file", empty.toString(), HQ);
        Path missing = dir.resolve("missing.txt");
        assertFails(3, "ucount: " + missing + ": cannot read the salt file: no such file or folder",
                "estimate", "--anonymize", "--salt-file", missing.toString(), HQ);
    }

    private static void assertFails(int exit, String message, String... args) {
        Cli.Result r = Cli.run(args);
        assertEquals(exit, r.exit(), r.toString());
        assertEquals("", r.out());
        assertEquals(message + "\n", r.err());
    }

    private static String[] cat(String[] first, String... more) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(all.size() - 1, List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void softClientsStillCarryTheirUsersName() throws IOException {
        JsonNode anon = json("estimate", "--format", "json", "--anonymize", "--salt", "k", HQ);
        int named = 0;
        for (JsonNode user : anon.get("users")) {
            for (JsonNode device : user.get("devices")) {
                if (device.asText().startsWith("CSF")) {
                    assertEquals("CSF" + user.get("userId").asText().toUpperCase(Locale.ROOT), device.asText());
                    named++;
                }
            }
        }
        assertEquals(16, named);
    }

    private static JsonNode json(String... args) throws IOException {
        Cli.Result r = Cli.run(args);
        assertEquals(0, r.exit(), r.toString());
        return JSON.readTree(r.out());
    }

    private static List<String> codes(JsonNode estimate) {
        List<String> codes = new ArrayList<>();
        estimate.get("warnings").forEach(w -> codes.add(w.get("code").asText() + " " + w.get("source").asText()));
        return codes;
    }

    /** The multiset of users' license lists: which kinds of users there are, whatever their names. */
    private static List<String> licenseCounts(JsonNode estimate) {
        List<String> all = new ArrayList<>();
        estimate.get("users").forEach(u -> all.add(u.get("licenses").toString() + " " + u.get("devices").size()));
        return all.stream().sorted().toList();
    }

    private static List<String> userIds(JsonNode estimate, String cluster) {
        List<String> ids = new ArrayList<>();
        estimate.get("users").forEach(u -> {
            if (u.get("cluster").asText().equals(cluster)) ids.add(u.get("userId").asText());
        });
        return ids;
    }
}
