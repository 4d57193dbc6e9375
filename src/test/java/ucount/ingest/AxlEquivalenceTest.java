package ucount.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import ucount.support.AcmeHq;
import ucount.support.AcmeHqAxl;
import ucount.support.Cli;
import ucount.support.Golden;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The same cluster read from AXL XML (lists + gets, gets only, SQL rows only) gives the same estimate as from its
 * BAT CSV export: the JSON is equal except for where things were read (inputs, sources).
 */
class AxlEquivalenceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shippedSampleIsTheGeneratedOne() throws IOException {
        Map<String, String> files = AcmeHqAxl.sampleFiles();
        for (Map.Entry<String, String> f : files.entrySet()) {
            Golden.check(AcmeHqAxl.SAMPLE.resolve(f.getKey()), f.getValue());
        }
        try (Stream<Path> shipped = Files.list(AcmeHqAxl.SAMPLE)) {
            List<String> xml = shipped.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xml")).sorted().toList();
            assertEquals(files.keySet().stream().sorted().toList(), xml);
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"elm", "smart"})
    void shippedAxlSampleEstimatesLikeTheCsvOne(Rules rules) throws IOException {
        assertSameEstimate(AcmeHq.DIR, AcmeHqAxl.SAMPLE, rules.name(), false);
    }

    @ParameterizedTest
    @EnumSource(AcmeHqAxl.Variant.class)
    void everyAxlShapeEstimatesLikeTheCsv(AcmeHqAxl.Variant variant, @TempDir Path dir) throws IOException {
        AcmeHqAxl.write(dir, variant);
        // SQL rows of one query never repeat a device, so that shape has no duplicate-device warning to give.
        assertSameEstimate(AcmeHq.DIR, dir, "elm", variant == AcmeHqAxl.Variant.SQL);
    }

    @Test
    void csvAndXmlFilesMixInOneCluster(@TempDir Path dir) throws IOException {
        AcmeHqAxl.write(dir, AcmeHqAxl.Variant.LISTS);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                String n = p.getFileName().toString();
                if (n.startsWith("listPhone") || n.startsWith("getPhone") || n.startsWith("listDeviceProfile")) Files.delete(p);
            }
        }
        Files.copy(AcmeHq.DIR.resolve("phones.csv"), dir.resolve("phones.csv"));
        Files.copy(AcmeHq.DIR.resolve("device-profiles.csv"), dir.resolve("device-profiles.csv"));
        assertSameEstimate(AcmeHq.DIR, dir, "elm", false);
    }

    enum Rules { elm, smart }

    private static void assertSameEstimate(Path csv, Path axl, String rules, boolean ignoreDuplicateWarning)
            throws IOException {
        Cli.Result expected = Cli.run("estimate", "--format", "json", "--rules", rules, csv.toString());
        Cli.Result actual = Cli.run("estimate", "--format", "json", "--rules", rules, axl.toString());
        assertEquals(0, expected.code(), expected.toString());
        assertEquals(0, actual.code(), actual.toString());
        JsonNode want = normalize(JSON.readTree(expected.out()), ignoreDuplicateWarning);
        JsonNode got = normalize(JSON.readTree(actual.out()), ignoreDuplicateWarning);
        assertEquals(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(want),
                JSON.writerWithDefaultPrettyPrinter().writeValueAsString(got));
    }

    /** Drops where things were read: cluster inputs, device sources, warning sources and file:line in messages. */
    static JsonNode normalize(JsonNode estimate, boolean ignoreDuplicateWarning) {
        ObjectNode root = estimate.deepCopy();
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

    static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
