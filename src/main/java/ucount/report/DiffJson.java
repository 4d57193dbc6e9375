package ucount.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ucount.diff.EstimateDiff;
import ucount.diff.EstimateDiff.ClusterChange;
import ucount.diff.EstimateDiff.DeviceChange;
import ucount.diff.EstimateDiff.Kind;
import ucount.diff.EstimateDiff.UserChange;
import ucount.diff.SavedEstimate;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * {@code diff --format json}: totals old/new/change keyed by license type (as the estimate's {@code totals}), each
 * cluster likewise, users and unassigned devices as {@code added}/{@code removed}/{@code changed} lists, the types
 * that grew, and the metadata.
 */
public final class DiffJson {

    private DiffJson() {
    }

    public static void write(EstimateDiff diff, Metadata metadata, Writer out) throws IOException {
        ObjectNode root = Json.object();
        root.put("tool", Version.TOOL).put("version", Version.version());
        root.set("old", side(diff.before()));
        root.set("new", side(diff.after()));
        ObjectNode totals = root.putObject("totals");
        totals.set("old", Json.totals(diff.before().totals()));
        totals.set("new", Json.totals(diff.after().totals()));
        totals.set("change", Json.totals(diff.change()));
        ArrayNode clusters = root.putArray("clusters");
        for (ClusterChange c : diff.clusters()) {
            ObjectNode node = clusters.addObject().put("name", c.name())
                    .put("status", !c.inBefore() ? "added" : !c.inAfter() ? "removed"
                            : c.change().asMap().values().stream().allMatch(n -> n == 0) ? "unchanged" : "changed");
            node.set("old", Json.totals(c.before()));
            node.set("new", Json.totals(c.after()));
            node.set("change", Json.totals(c.change()));
        }
        ObjectNode users = root.putObject("users");
        for (Kind kind : Kind.values()) {
            ArrayNode list = users.putArray(kind.name().toLowerCase(Locale.ROOT));
            for (UserChange u : diff.users(kind)) {
                ObjectNode node = list.addObject().put("cluster", u.cluster()).put("userId", u.userId());
                node.set("oldLicenses", Json.strings(u.before()));
                node.set("newLicenses", Json.strings(u.after()));
                node.set("reasons", Json.strings(u.reasons()));
            }
        }
        ObjectNode devices = root.putObject("unassignedDevices");
        for (Kind kind : Kind.values()) {
            ArrayNode list = devices.putArray(kind.name().toLowerCase(Locale.ROOT));
            for (DeviceChange d : diff.devices(kind)) {
                ObjectNode node = list.addObject().put("cluster", d.cluster()).put("name", d.name())
                        .put("model", d.model());
                if (d.before() == null) node.putNull("oldLicense"); else node.put("oldLicense", d.before().name());
                if (d.after() == null) node.putNull("newLicense"); else node.put("newLicense", d.after().name());
                node.set("reasons", Json.strings(d.reasons()));
            }
        }
        root.set("increased", Json.strings(diff.increased()));
        root.set("metadata", metadata.toJson());
        Json.write(root, out);
    }

    private static ObjectNode side(SavedEstimate s) {
        ObjectNode node = Json.object().put("file", s.file()).put("ruleSet", s.ruleSet());
        if (s.generatedAt() == null) node.putNull("generatedAt"); else node.put("generatedAt", s.generatedAt());
        return node;
    }
}
