package ucount.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ucount.migration.MigrationPlan;
import ucount.rules.ClusterEstimate;
import ucount.rules.DeviceLicense;
import ucount.rules.Estimate;
import ucount.rules.UserLicense;

import java.io.IOException;
import java.io.Writer;

/** {@code estimate --format json}, in the shape docs/contract.md fixes. */
public final class EstimateJson {

    private EstimateJson() {
    }

    public static ObjectNode toJson(Estimate estimate) {
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
        ArrayNode users = root.putArray("users");
        for (UserLicense user : estimate.users()) {
            ObjectNode u = users.addObject();
            u.put("cluster", user.cluster());
            u.put("userId", user.userId());
            u.set("licenses", Json.strings(user.licenses()));
            u.set("devices", Json.strings(user.devices()));
            u.set("reasons", Json.strings(user.reasons()));
        }
        ArrayNode devices = root.putArray("unassignedDevices");
        for (DeviceLicense device : estimate.unassignedDevices()) {
            ObjectNode d = devices.addObject();
            d.put("cluster", device.cluster());
            d.put("name", device.name());
            d.put("model", device.model());
            d.put("license", device.license().name());
            d.set("reasons", Json.strings(device.reasons()));
            d.put("source", device.source().toString());
        }
        root.set("warnings", Json.warnings(estimate.warnings()));
        return root;
    }

    /**
     * The contract JSON; with {@code migration} (given installed DLUs) a {@code migration} object (the DLU view and
     * R26), and {@code "metadata"} (tool, rule set, time, input digests) last.
     */
    public static void write(Estimate estimate, MigrationPlan migration, Metadata metadata, Writer out)
            throws IOException {
        ObjectNode root = toJson(estimate);
        if (migration != null) root.set("migration", MigrationJson.toJson(migration));
        root.set("metadata", metadata.toJson());
        Json.write(root, out);
    }
}
