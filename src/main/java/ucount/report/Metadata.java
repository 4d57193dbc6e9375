package ucount.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import ucount.ingest.InputDigest;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Where a report comes from: the tool and version, the rule set, when it was made, whether identifiers were
 * pseudonymised, and every input file with its SHA-256. JSON carries it as {@code "metadata"}, Markdown and HTML in
 * their footer; CSV has no place for it (a comment line breaks spreadsheets), so {@code --metadata FILE} writes it
 * beside any format.
 *
 * @param ruleSet {@code elm} or {@code smart}; {@code null} when the report spans several (a diff of two runs)
 */
public record Metadata(String tool, String version, String ruleSet, Instant generatedAt, boolean anonymized,
                       List<InputDigest> inputs) {

    public Metadata {
        generatedAt = generatedAt.truncatedTo(ChronoUnit.SECONDS);
        inputs = List.copyOf(inputs);
    }

    public static Metadata of(String ruleSet, Instant generatedAt, boolean anonymized, List<InputDigest> inputs) {
        return new Metadata(Version.TOOL, Version.version(), ruleSet, generatedAt, anonymized, inputs);
    }

    /** ISO-8601 in UTC, to the second: {@code 2024-05-19T08:30:00Z}. */
    public String generatedAtText() {
        return DateTimeFormatter.ISO_INSTANT.format(generatedAt);
    }

    public ObjectNode toJson() {
        ObjectNode node = Json.object();
        node.put("tool", tool).put("version", version);
        if (ruleSet == null) node.putNull("ruleSet"); else node.put("ruleSet", ruleSet);
        node.put("generatedAt", generatedAtText()).put("anonymized", anonymized);
        var array = node.putArray("inputs");
        for (InputDigest input : inputs) {
            array.addObject().put("kind", input.kind()).put("path", input.path()).put("sha256", input.sha256())
                    .put("bytes", input.bytes());
        }
        return node;
    }

    /** The {@code --metadata FILE} document: the same object as in the JSON reports, on its own. */
    public void write(java.io.Writer out) throws java.io.IOException {
        ObjectNode root = Json.object();
        root.set("metadata", toJson());
        Json.write(root, out);
    }
}
