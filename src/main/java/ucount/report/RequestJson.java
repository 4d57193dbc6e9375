package ucount.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ucount.migration.ClusterDlu;
import ucount.migration.DluUsage;
import ucount.migration.MigrationPlan;
import ucount.migration.MigrationRequest;
import ucount.migration.RequestDetails;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;

/**
 * request.json, and {@code request --dry-run --format json}: the content of request.xml (R27) in the contract's
 * shape ({@code product}, {@code requested} with all seven types, {@code usedDlu}, {@code installedDlu},
 * {@code unusedDlu}). Values not given are null, and {@code missing} names what a written request still needs.
 */
public final class RequestJson {

    private RequestJson() {
    }

    public static ObjectNode toJson(MigrationRequest request) {
        MigrationPlan plan = request.plan();
        DluUsage dlu = plan.dlu();
        RequestDetails details = request.details();
        ObjectNode root = Json.object();
        root.put("tool", Version.TOOL);
        root.put("version", Version.version());
        root.put("name", request.name());
        root.put("created", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(request.created()));
        root.put("product", request.product());
        root.put("fromVersion", details.fromVersion());
        root.put("toVersion", details.toVersion());
        root.put("ruleSet", plan.ruleSet().id());
        root.set("requested", Json.totals(plan.requested()));
        root.set("required", Json.totals(plan.required()));
        root.set("shaped", Json.strings(plan.shaped()));
        root.put("dluPerEnhanced", plan.dluPerEnhanced());
        root.put("extraEnhanced", plan.extraEnhanced());
        DluJson.putUsage(root, dlu);
        root.set("byModel", DluJson.byModel(dlu.byModel()));
        root.set("userFeatures", DluJson.userFeatures(dlu.userFeatures()));
        ArrayNode clusters = root.putArray("clusters");
        for (ClusterDlu cluster : dlu.clusters()) {
            clusters.addObject().put("name", cluster.name()).put("devices", cluster.devices().size())
                    .put("usedDlu", cluster.usedDlu());
        }
        root.put("publicSpacePhones", request.publicSpacePhones());
        root.set("caseNumbers", Json.strings(details.caseNumbers()));
        root.set("serverMacAddresses", Json.strings(details.macAddresses()));
        root.set("contractNumbers", Json.strings(details.contractNumbers()));
        root.set("salesOrderNumbers", Json.strings(details.salesOrderNumbers()));
        root.put("ciscoId", details.ciscoId());
        root.put("company", details.company());
        root.set("missing", Json.strings(request.missing()));
        root.set("warnings", Json.warnings(plan.warnings()));
        return root;
    }

    public static void write(MigrationRequest request, Writer out) throws IOException {
        Json.write(toJson(request), out);
    }
}
