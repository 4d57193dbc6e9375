package ucount.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ucount.migration.MigrationPlan;
import ucount.rules.ClusterEstimate;
import ucount.rules.DeviceLicense;
import ucount.rules.Estimate;
import ucount.rules.UserLicense;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/** {@code estimate --format json}, in the shape docs/contract.md fixes. */
public final class EstimateJson {

    private EstimateJson() {
    }

    public static ObjectNode toJson(Estimate estimate) {
        ObjectNode root = head(estimate);
        ArrayNode users = root.putArray("users");
        estimate.users().forEach(user -> users.add(user(user)));
        ArrayNode devices = root.putArray("unassignedDevices");
        estimate.unassignedDevices().forEach(device -> devices.add(device(device)));
        root.set("warnings", Json.warnings(estimate.warnings()));
        return root;
    }

    /**
     * The contract JSON; with {@code migration} (given installed DLUs) a {@code migration} object (the DLU view and
     * R26), and {@code "metadata"} (tool, rule set, time, input digests) last. Written as it is made, a user and a
     * device at a time: the same bytes as {@link #toJson}'s tree, without a tree the size of the cluster.
     */
    public static void write(Estimate estimate, MigrationPlan migration, Metadata metadata, Writer out)
            throws IOException {
        try (JsonGenerator json = Json.generator(out)) {
            json.writeStartObject();
            for (Map.Entry<String, JsonNode> field : head(estimate).properties()) {
                json.writeFieldName(field.getKey());
                json.writeTree(field.getValue());
            }
            json.writeArrayFieldStart("users");
            for (UserLicense user : estimate.users()) json.writeTree(user(user));
            json.writeEndArray();
            json.writeArrayFieldStart("unassignedDevices");
            for (DeviceLicense device : estimate.unassignedDevices()) json.writeTree(device(device));
            json.writeEndArray();
            json.writeFieldName("warnings");
            json.writeTree(Json.warnings(estimate.warnings()));
            if (migration != null) {
                json.writeFieldName("migration");
                json.writeTree(MigrationJson.toJson(migration));
            }
            json.writeFieldName("metadata");
            json.writeTree(metadata.toJson());
            json.writeEndObject();
        }
        out.write("\n");
    }

    /** What comes before the users: the tool, the rule set, the totals and the clusters. */
    private static ObjectNode head(Estimate estimate) {
        ObjectNode root = Json.object();
        root.put("tool", Version.TOOL);
        root.put("version", Version.version());
        root.put("ruleSet", estimate.options().ruleSet().id());
        root.set("totals", Json.totals(estimate.totals()));
        ArrayNode clusters = root.putArray("clusters");
        for (ClusterEstimate cluster : estimate.clusters()) {
            ObjectNode c = clusters.addObject();
            c.put("name", cluster.name());
            c.set("totals", Json.totals(cluster.totals()));
            c.set("inputs", Json.strings(cluster.inventory().inputs()));
        }
        return root;
    }

    private static ObjectNode user(UserLicense user) {
        ObjectNode u = Json.object();
        u.put("cluster", user.cluster());
        u.put("userId", user.userId());
        u.set("licenses", Json.strings(user.licenses()));
        u.set("devices", Json.strings(user.devices()));
        u.set("reasons", Json.strings(user.reasons()));
        return u;
    }

    private static ObjectNode device(DeviceLicense device) {
        ObjectNode d = Json.object();
        d.put("cluster", device.cluster());
        d.put("name", device.name());
        d.put("model", device.model());
        d.put("license", device.license().name());
        d.set("reasons", Json.strings(device.reasons()));
        d.put("source", device.source().toString());
        return d;
    }
}
