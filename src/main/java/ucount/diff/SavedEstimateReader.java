package ucount.diff;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ucount.ingest.InputException;
import ucount.model.LicenseType;
import ucount.model.Source;
import ucount.rules.DeviceLicense;
import ucount.rules.Totals;
import ucount.rules.UserLicense;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the JSON of {@code ucount estimate --format json} (the contract shape) back. Anything else is an input error
 * naming the file, and the line when the JSON itself is malformed.
 */
public final class SavedEstimateReader {

    /** Strict: one JSON value and nothing after it, each key once (what ucount writes is all of these). */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final String WHAT = "ucount estimate --format json";

    private SavedEstimateReader() {
    }

    public static SavedEstimate read(Path file) throws InputException {
        String name = file.toString();
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InputException(new Source(name, at == null ? 0 : Math.max(at.getLineNr(), 0)),
                    "not valid JSON: " + e.getOriginalMessage());
        } catch (NoSuchFileException e) {
            throw new InputException(Source.of(name), "no such file");
        } catch (IOException e) {
            throw InputException.cannotRead(name, e);
        }
        if (root == null || !root.isObject()) throw problem(name, "empty, or not a JSON object");
        if (root.has("types") && !root.has("users")) {
            throw problem(name, "a check report; diff compares the JSON of '" + WHAT + "'");
        }
        for (String field : List.of("ruleSet", "totals", "clusters", "users", "unassignedDevices")) {
            if (!root.has(field)) throw problem(name, "no \"" + field + "\"; diff compares the JSON of '" + WHAT + "'");
        }
        List<SavedEstimate.Cluster> clusters = new ArrayList<>();
        for (JsonNode c : array(root, "clusters", name)) {
            clusters.add(new SavedEstimate.Cluster(text(c, "name", name), totals(c.get("totals"), name)));
        }
        List<UserLicense> users = new ArrayList<>();
        for (JsonNode u : array(root, "users", name)) {
            List<LicenseType> licenses = new ArrayList<>();
            for (JsonNode l : array(u, "licenses", name)) licenses.add(license(l.asText(), name));
            users.add(new UserLicense(text(u, "cluster", name), text(u, "userId", name), licenses,
                    strings(u, "devices", name), strings(u, "reasons", name)));
        }
        List<DeviceLicense> devices = new ArrayList<>();
        for (JsonNode d : array(root, "unassignedDevices", name)) {
            devices.add(new DeviceLicense(text(d, "cluster", name), text(d, "name", name), text(d, "model", name),
                    license(text(d, "license", name), name), "", strings(d, "reasons", name),
                    Source.of(d.path("source").asText(""))));
        }
        JsonNode generated = root.path("metadata").path("generatedAt");
        return new SavedEstimate(name, text(root, "ruleSet", name), generated.isTextual() ? generated.asText() : null,
                root.path("metadata").path("anonymized").asBoolean(false), totals(root.get("totals"), name),
                clusters, users, devices);
    }

    private static Totals totals(JsonNode node, String file) throws InputException {
        if (node == null || !node.isObject()) throw problem(file, "\"totals\" is not an object of license counts");
        Totals totals = new Totals();
        var fields = node.fields();
        while (fields.hasNext()) {
            var e = fields.next();
            if (!e.getValue().isIntegralNumber() || !e.getValue().canConvertToInt() || e.getValue().asInt() < 0) {
                throw problem(file, "\"totals\"." + e.getKey() + " is not a count");
            }
            totals.add(license(e.getKey(), file), e.getValue().asInt());
        }
        return totals;
    }

    private static LicenseType license(String id, String file) throws InputException {
        try {
            return LicenseType.parse(id);
        } catch (IllegalArgumentException e) {
            throw problem(file, e.getMessage());
        }
    }

    private static Iterable<JsonNode> array(JsonNode node, String field, String file) throws InputException {
        JsonNode array = node.get(field);
        if (array == null || !array.isArray()) throw problem(file, "\"" + field + "\" is not a list");
        return array;
    }

    private static List<String> strings(JsonNode node, String field, String file) throws InputException {
        List<String> values = new ArrayList<>();
        for (JsonNode v : array(node, field, file)) values.add(v.asText());
        return values;
    }

    private static String text(JsonNode node, String field, String file) throws InputException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) throw problem(file, "an entry has no \"" + field + "\" text");
        return value.asText();
    }

    private static InputException problem(String file, String problem) {
        return new InputException(Source.of(file), problem);
    }
}
