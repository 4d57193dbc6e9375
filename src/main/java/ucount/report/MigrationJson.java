package ucount.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import ucount.migration.MigrationPlan;

/**
 * The {@code migration} object of {@code estimate --installed-dlu N --format json}: the pre-9.x DLUs (R23, R24)
 * beside the 9.x requirement (R25), the unused DLUs as extra Enhanced seats (R26), and what a migration requests.
 */
final class MigrationJson {

    private MigrationJson() {
    }

    static ObjectNode toJson(MigrationPlan plan) {
        ObjectNode node = Json.object();
        DluJson.putUsage(node, plan.dlu());
        node.put("dluPerEnhanced", plan.dluPerEnhanced());
        node.put("extraEnhanced", plan.extraEnhanced());
        node.set("requested", Json.totals(plan.requested()));
        return node;
    }
}
