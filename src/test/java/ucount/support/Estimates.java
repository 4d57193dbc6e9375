package ucount.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Compares {@code estimate --format json} results of the same cluster read from different exports. */
public final class Estimates {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Estimates() {
    }

    /**
     * Asserts that two exports give the same estimate, apart from where things were read.
     *
     * @param ignoreDuplicateWarning leave DUPLICATE_DEVICE out (an export that cannot repeat a device)
     */
    public static void assertSame(String expectedExport, String actualExport, String rules,
                                  boolean ignoreDuplicateWarning) throws IOException {
        Cli.Result expected = Cli.run("estimate", "--format", "json", "--rules", rules, expectedExport);
        Cli.Result actual = Cli.run("estimate", "--format", "json", "--rules", rules, actualExport);
        assertEquals(0, expected.exit(), expected.toString());
        assertEquals(0, actual.exit(), actual.toString());
        JsonNode want = normalize(JSON.readTree(expected.out()), ignoreDuplicateWarning);
        JsonNode got = normalize(JSON.readTree(actual.out()), ignoreDuplicateWarning);
        assertEquals(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(want),
                JSON.writerWithDefaultPrettyPrinter().writeValueAsString(got));
    }

    /** Drops where and when things were read: metadata, cluster inputs, device sources, warning sources and file:line in messages. */
    public static JsonNode normalize(JsonNode estimate, boolean ignoreDuplicateWarning) {
        ObjectNode root = estimate.deepCopy();
        root.remove("metadata");
        root.withArray("clusters").forEach(c -> ((ObjectNode) c).remove("inputs"));
        root.withArray("unassignedDevices").forEach(d -> ((ObjectNode) d).remove("source"));
        List<String> warnings = new ArrayList<>();
        for (JsonNode w : root.withArray("warnings")) {
            if (ignoreDuplicateWarning && w.get("code").asText().equals("DUPLICATE_DEVICE")) continue;
            String message = w.get("message").asText().replaceAll("[^\\s()]+\\.(csv|xml)(:\\d+)?", "FILE");
            warnings.add(w.get("code").asText() + ": " + message);
        }
        warnings.sort(null);
        ArrayNode sorted = root.putArray("warnings");
        warnings.forEach(sorted::add);
        return root;
    }
}
