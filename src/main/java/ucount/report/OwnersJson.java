package ucount.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ucount.owners.Confidence;
import ucount.owners.Evidence;
import ucount.owners.OwnersResult;
import ucount.owners.Suggestion;
import ucount.owners.UserChange;
import ucount.rules.ClusterEstimate;
import ucount.rules.Totals;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Predicate;

/** {@code owners --format json}; the shape is documented with the command (README, "owners JSON"). */
public final class OwnersJson {

    private OwnersJson() {
    }

    public static ObjectNode toJson(OwnersResult result) {
        ObjectNode root = Json.object();
        root.put("tool", Version.TOOL);
        root.put("version", Version.version());
        root.put("ruleSet", result.before().options().ruleSet().id());
        root.put("minConfidence", result.minConfidence().id());
        root.put("maxDevices", result.maxDevices());
        root.set("summary", summary(result));
        root.set("before", Json.totals(result.before().totals()));
        root.set("after", Json.totals(result.after().totals()));
        root.set("change", Json.totals(result.change()));
        ArrayNode clusters = root.putArray("clusters");
        List<ClusterEstimate> before = result.before().clusters();
        for (int i = 0; i < before.size(); i++) {
            Totals was = before.get(i).totals();
            Totals will = result.after().clusters().get(i).totals();
            ObjectNode c = clusters.addObject();
            c.put("name", before.get(i).name());
            c.set("before", Json.totals(was));
            c.set("after", Json.totals(will));
            c.set("change", Json.totals(OwnersResult.difference(will, was)));
        }
        ArrayNode devices = root.putArray("devices");
        for (Suggestion s : result.suggestions()) devices.add(device(s, result.minConfidence()));
        root.set("userChanges", changes(result.userChanges(), UserChange::licenseChanges));
        root.set("consolidation", changes(result.userChanges(), UserChange::consolidates));
        root.set("findings", Json.warnings(result.findings()));
        root.set("warnings", Json.warnings(result.before().warnings()));
        return root;
    }

    /** The JSON, with {@code "metadata"} (tool, rule set, time, input digests) last. */
    public static void write(OwnersResult result, Metadata metadata, Writer out) throws IOException {
        ObjectNode root = toJson(result);
        root.set("metadata", metadata.toJson());
        Json.write(root, out);
    }

    private static ObjectNode summary(OwnersResult result) {
        List<Suggestion> all = result.suggestions();
        ObjectNode summary = Json.object();
        summary.put("unassignedDevices", all.size());
        summary.put("suggested", all.stream().filter(Suggestion::suggested).count());
        summary.put("applied", result.applied().size());
        ObjectNode byStatus = summary.putObject("byStatus");
        for (Suggestion.Status status : Suggestion.Status.values()) {
            byStatus.put(status.id(), all.stream().filter(s -> s.status() == status).count());
        }
        ObjectNode byConfidence = summary.putObject("byConfidence");
        for (Confidence c : List.of(Confidence.HIGH, Confidence.MEDIUM, Confidence.LOW)) {
            byConfidence.put(c.id(), all.stream().filter(s -> s.confidence() == c).count());
        }
        return summary;
    }

    private static ObjectNode device(Suggestion s, Confidence minimum) {
        ObjectNode d = Json.object();
        d.put("cluster", s.cluster());
        d.put("name", s.name());
        d.put("model", s.device().model());
        d.put("license", s.license().name());
        d.put("source", s.device().source().toString());
        d.put("currentOwner", s.currentOwner());
        d.put("status", s.status().id());
        d.put("suggestedOwner", s.suggestedOwner());
        d.put("confidence", s.confidence() == null ? null : s.confidence().id());
        d.put("applied", s.appliedAt(minimum));
        d.put("reason", s.reason());
        ArrayNode evidence = d.putArray("evidence");
        for (Evidence e : s.evidence()) {
            ObjectNode item = evidence.addObject();
            item.put("kind", e.kind().name());
            item.put("confidence", e.confidence().id());
            item.set("users", Json.strings(e.users()));
            item.put("text", e.text());
        }
        return d;
    }

    private static ArrayNode changes(List<UserChange> changes, Predicate<UserChange> which) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        for (UserChange c : changes) {
            if (!which.test(c)) continue;
            ObjectNode u = array.addObject();
            u.put("cluster", c.cluster());
            u.put("userId", c.userId());
            u.set("before", Json.strings(c.before()));
            u.set("deviceOnly", Json.strings(c.addedDeviceOnly()));
            u.set("after", Json.strings(c.after()));
            u.set("addedDevices", Json.strings(c.addedDevices()));
            u.put("licensesBefore", c.licensesBefore());
            u.put("licensesAfter", c.after().size());
        }
        return array;
    }
}
