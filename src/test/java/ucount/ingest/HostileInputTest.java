package ucount.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ucount.support.Cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * Every broken, hostile or odd export of {@code src/test/resources/hostile/MANIFEST.csv} through the real command
 * line: the exit code, and for exit 3 exactly one line on stderr naming file, line and problem, nothing on stdout;
 * for exit 0 no word on stderr and the users, unassigned devices and warning codes (with their lines) the JSON
 * gives. Never a stack trace. Large inputs ({@code gen:} rows) are made here, at test time, by {@link Generated}.
 *
 * <p>A row whose {@code pending} column names a reader change runs only with {@code -Dhostile.pending=true}: it
 * states how the CSV reader must behave once that change is made, and is skipped (with its name) until then.
 */
class HostileInputTest {

    static final Path ROOT = Path.of("src", "test", "resources", "hostile");
    private static final boolean RUN_PENDING = Boolean.getBoolean("hostile.pending");

    record Case(String path, String args, int exit, String expect, String pending, String about) {
        @Override
        public String toString() {
            return path + (args.isEmpty() ? "" : " [" + args + "]");
        }
    }

    static List<Case> manifest() throws IOException {
        List<Case> cases = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setCommentMarker('#').setIgnoreSurroundingSpaces(true).build();
        try (Reader in = Files.newBufferedReader(ROOT.resolve("MANIFEST.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord r : format.parse(in)) {
                cases.add(new Case(r.get("path"), r.get("args"), Integer.parseInt(r.get("exit")), r.get("expect"),
                        r.get("pending"), r.get("about")));
            }
        }
        return cases;
    }

    static Stream<Arguments> cases() throws IOException {
        return manifest().stream().map(c -> Arguments.of(c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachInputEndsInExitCodeAndOneLineOrAUsableEstimate(Case c, @TempDir Path temp) throws IOException {
        if (!c.pending.isEmpty() && !RUN_PENDING) {
            abort("pending CSV reader change '" + c.pending + "' (run with -Dhostile.pending=true): " + c.about);
        }
        String path;
        InputStream stdin = new ByteArrayInputStream(new byte[0]);
        if (c.path.startsWith("gen:")) {
            Generated.Input input = Generated.make(c.path.substring("gen:".length()), temp);
            path = input.file() == null ? "-" : input.file().toString();
            if (input.stdin() != null) stdin = input.stdin();
        } else {
            path = ROOT.resolve(c.path).toString();
        }
        String args = c.args.isEmpty() ? (c.exit == 0 ? "estimate --format json {path}" : "estimate {path}") : c.args;
        List<String> argv = new ArrayList<>();
        for (String a : args.split(" ")) argv.add(a.replace("{path}", path).replace("{dir}", ROOT.toString()));
        Cli.Result r = Cli.runWithStdin(stdin, argv.toArray(String[]::new));

        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace\n" + r);
        assertEquals(c.exit, r.exit(), r.toString());
        if (c.exit == 0) {
            assertEquals("", r.err(), "nothing on stderr when the data is usable");
            assertEquals(c.expect, summary(r.out()), "users, unassigned devices and warnings");
        } else {
            assertEquals("", r.out(), "nothing on stdout\n" + r);
            String expected = c.expect.replace("{path}", path).replace("{dir}", ROOT.toString());
            assertEquals(expected + System.lineSeparator(), r.err(), "exactly one line on stderr");
        }
    }

    /**
     * {@code users=N unassigned=M warnings=CODE:LINE,CODE} from the estimate JSON, warnings sorted (a warning without
     * a line is its code alone).
     */
    static String summary(String json) throws IOException {
        JsonNode estimate = new ObjectMapper().readTree(json);
        List<String> warnings = new ArrayList<>();
        for (JsonNode w : estimate.get("warnings")) {
            String source = w.get("source").asText();
            int colon = source.lastIndexOf(':');
            boolean line = colon > 0 && source.substring(colon + 1).chars().allMatch(Character::isDigit);
            warnings.add(w.get("code").asText() + (line ? source.substring(colon) : ""));
        }
        warnings.sort(null);
        return "users=" + estimate.get("users").size() + " unassigned=" + estimate.get("unassignedDevices").size()
                + " warnings=" + String.join(",", warnings);
    }

    @Test
    void theManifestCoversEveryCorpusFileAndHasFiftyOrMoreCases() throws IOException {
        List<Case> cases = manifest();
        assertTrue(cases.size() >= 50, "at least 50 hostile inputs: " + cases.size());
        Set<String> listed = new TreeSet<>();
        for (Case c : cases) {
            if (c.path.startsWith("gen:")) {
                assertTrue(Generated.NAMES.contains(c.path.substring(4)), "no generator for " + c.path);
            } else {
                assertTrue(Files.exists(ROOT.resolve(c.path)), "listed but missing: " + c.path);
                listed.add(c.path);
            }
            Matcher named = Pattern.compile("\\{dir}/(\\S+)").matcher(c.args);
            while (named.find()) listed.add(named.group(1));
            assertTrue(c.exit == 0 || c.exit == 3, c + ": exit 0 or 3");
            assertTrue(c.exit == 0 ? c.expect.startsWith("users=") : c.expect.startsWith("ucount: "), c.toString());
            assertFalse(c.about.isBlank(), c + " says what it is");
        }
        Set<String> unlisted = new TreeSet<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            files.filter(Files::isRegularFile).map(p -> ROOT.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals("MANIFEST.csv"))
                    .filter(p -> listed.stream().noneMatch(l -> p.equals(l) || p.startsWith(l + "/")))
                    .forEach(unlisted::add);
        }
        assertEquals(Set.of(), unlisted, "corpus files without a manifest row");
    }

    /** The fuzz tests' seeds, read under a timeout: a reader that loops forever fails here rather than hangs CI. */
    @Test
    @Timeout(120)
    void fuzzSeedsAreReadOrRefusedWithoutHanging() throws IOException {
        int seeds = 0;
        for (String target : List.of("CsvReaderFuzzTestInputs", "XmlReaderFuzzTestInputs")) {
            try (Stream<Path> files = Files.list(Path.of("src", "test", "resources", "ucount", "ingest", target, "read"))) {
                for (Path seed : files.sorted().toList()) {
                    ReaderProperty.readsOrRefuses(Files.readAllBytes(seed));
                    seeds++;
                }
            }
        }
        assertTrue(seeds >= 20, "seeds: " + seeds);
    }

    @Test
    void limitsBelowOneAreUsageErrors() {
        for (String option : List.of("--max-elements", "--max-depth", "--max-field-length", "--max-columns")) {
            Cli.Result r = Cli.run("estimate", option, "0", ROOT.resolve("xml/empty-return.xml").toString());
            assertEquals(2, r.exit(), r.toString());
            assertEquals("ucount: " + option + " must be at least 1, not 0" + System.lineSeparator(), r.err());
        }
    }
}
