package ucount.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ucount.migration.ClusterDlu;
import ucount.migration.DeviceDlu;
import ucount.migration.DluUsage;
import ucount.migration.MigrationPlan;
import ucount.migration.ModelDlu;
import ucount.migration.UserFeatureDlu;
import ucount.migration.UserFeatures;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code dlu --format json}: the contract's {@code usedDlu}, {@code installedDlu}, {@code unusedDlu} and
 * {@code byModel}, then the parts (devices, user features), each cluster, every device and user with its reason.
 */
public final class DluJson {

    private DluJson() {
    }

    public static ObjectNode toJson(DluUsage usage, int dluPerEnhanced) {
        ObjectNode root = Json.object();
        root.put("tool", Version.TOOL);
        root.put("version", Version.version());
        putUsage(root, usage);
        root.put("dluPerEnhanced", dluPerEnhanced);
        if (usage.installedDlu() == null) {
            root.putNull("extraEnhanced");
        } else {
            root.put("extraEnhanced", MigrationPlan.extraEnhanced(usage.unusedDlu(), dluPerEnhanced));
        }
        root.set("byModel", byModel(usage.byModel()));
        root.set("userFeatures", userFeatures(usage.userFeatures()));
        ArrayNode clusters = root.putArray("clusters");
        for (ClusterDlu cluster : usage.clusters()) {
            ObjectNode c = clusters.addObject();
            c.put("name", cluster.name());
            c.put("devices", cluster.devices().size());
            c.put("usedDlu", cluster.usedDlu());
            c.put("deviceDlu", cluster.deviceDlu());
            c.put("userFeatureDlu", cluster.userFeatureDlu());
            c.set("byModel", byModel(cluster.byModel()));
            c.set("userFeatures", userFeatures(cluster.userFeatures()));
        }
        ArrayNode devices = root.putArray("devices");
        ArrayNode users = root.putArray("users");
        for (ClusterDlu cluster : usage.clusters()) {
            for (DeviceDlu d : cluster.devices()) {
                devices.addObject().put("cluster", d.cluster()).put("name", d.name()).put("model", d.model())
                        .put("dlu", d.dlu()).put("adjunct", d.adjunct()).put("confidence", d.confidence())
                        .put("reason", d.reason()).put("source", d.source().toString());
            }
            for (UserFeatureDlu u : cluster.users()) {
                ObjectNode node = users.addObject().put("cluster", u.cluster()).put("userId", u.userId())
                        .put("mobility", u.mobility()).put("presence", u.presence()).put("dlu", u.dlu());
                node.set("reasons", Json.strings(u.reasons()));
            }
        }
        root.set("warnings", Json.warnings(usage.warnings()));
        return root;
    }

    /** The JSON, with {@code "metadata"} (tool, rule set, time, input digests) last. */
    public static void write(DluUsage usage, int dluPerEnhanced, Metadata metadata, Writer out) throws IOException {
        ObjectNode root = toJson(usage, dluPerEnhanced);
        root.set("metadata", metadata.toJson());
        Json.write(root, out);
    }

    /** {@code usedDlu}, {@code installedDlu}, {@code unusedDlu} (null when not installed), and the two parts. */
    static void putUsage(ObjectNode node, DluUsage usage) {
        node.put("usedDlu", usage.usedDlu());
        if (usage.installedDlu() == null) {
            node.putNull("installedDlu");
            node.putNull("unusedDlu");
        } else {
            node.put("installedDlu", usage.installedDlu());
            node.put("unusedDlu", usage.unusedDlu());
        }
        node.put("deviceDlu", usage.deviceDlu());
        node.put("userFeatureDlu", usage.userFeatureDlu());
    }

    static ArrayNode byModel(List<ModelDlu> models) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        for (ModelDlu m : models) {
            array.addObject().put("model", m.model()).put("devices", m.devices()).put("dlu", m.dlu())
                    .put("dluEach", m.dluEach()).put("adjunct", m.adjunct()).put("confidence", m.confidence())
                    .put("source", m.source());
        }
        return array;
    }

    static ObjectNode userFeatures(UserFeatures f) {
        return Json.object().put("mobilityUsers", f.mobilityUsers()).put("mobilityDlu", f.mobilityDlu())
                .put("presenceUsers", f.presenceUsers()).put("presenceDlu", f.presenceDlu()).put("dlu", f.dlu());
    }
}
