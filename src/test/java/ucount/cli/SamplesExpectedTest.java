package ucount.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ucount.support.Cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The samples' EXPECTED.md files were worked out by hand from licensing.md; every user's licenses and every total,
 * under both rule sets, must come out of the real command line exactly as written there.
 */
class SamplesExpectedTest {

    private static final Pattern USER_ROW = Pattern.compile("^\\| (?:\\d+ \\| )?(\\S+) \\| [^|]* \\| ([^|]+) \\| ([^|]+) \\|");
    private static final Pattern TOTAL_ROW = Pattern.compile("^\\| ([A-Z_]+) \\| (\\d+) \\| (\\d+) \\|$");

    @ParameterizedTest(name = "{0} under {1}")
    @CsvSource({"samples/acme-hq, elm", "samples/acme-hq, smart", "samples/acme-branch, elm",
            "samples/acme-branch, smart"})
    void everyUserAndTotalMatchesTheHandWorkedExpectation(String sample, String rules) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(sample, "EXPECTED.md"));
        int column = rules.equals("elm") ? 2 : 3;
        Map<String, List<String>> expectedUsers = new TreeMap<>();
        Map<String, Integer> expectedTotals = new TreeMap<>();
        String section = "";
        for (String line : lines) {
            if (line.startsWith("## ")) section = line;
            if (section.startsWith("## Combined")) break; // the multi-cluster table that follows is not this cluster's
            Matcher user = USER_ROW.matcher(line);
            if (section.startsWith("## Per user") && user.find() && !user.group(1).equals("userId") && !user.group(1).equals("#")
                    && !user.group(1).startsWith("---")) {
                expectedUsers.put(user.group(1), parseLicenses(user.group(column).trim()));
            }
            Matcher total = TOTAL_ROW.matcher(line);
            if (total.find()) expectedTotals.put(total.group(1), Integer.parseInt(total.group(column)));
        }

        Cli.Result r = Cli.run("estimate", "--rules", rules, "--format", "json", sample);
        assertEquals(0, r.exit(), r.toString());
        JsonNode json = new ObjectMapper().readTree(r.out());
        Map<String, List<String>> actualUsers = new TreeMap<>();
        for (JsonNode u : json.get("users")) {
            List<String> licenses = new ArrayList<>();
            u.get("licenses").forEach(l -> licenses.add(l.asText()));
            licenses.sort(null);
            actualUsers.put(u.get("userId").asText(), licenses);
        }
        Map<String, Integer> actualTotals = new TreeMap<>();
        json.get("totals").fields().forEachRemaining(e -> actualTotals.put(e.getKey(), e.getValue().asInt()));

        assertEquals(7, expectedTotals.size(), "EXPECTED.md totals table");
        assertEquals(expectedUsers, actualUsers);
        assertEquals(expectedTotals, actualTotals);
    }

    /** "2 x TELEPRESENCE_ROOM + BASIC", "CUWL_STANDARD + ESSENTIAL", "NONE". */
    private static List<String> parseLicenses(String cell) {
        List<String> licenses = new ArrayList<>();
        if (cell.equals("NONE")) return licenses;
        for (String part : cell.split("\\s*\\+\\s*")) {
            Matcher m = Pattern.compile("(?:(\\d+) x )?([A-Z_]+)").matcher(part.trim());
            if (!m.matches()) throw new IllegalArgumentException("cannot read '" + cell + "'");
            int n = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
            for (int i = 0; i < n; i++) licenses.add(m.group(2));
        }
        licenses.sort(null);
        return licenses;
    }
}
