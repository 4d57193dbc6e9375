package ucount.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ucount.compliance.Allocation;
import ucount.compliance.CheckResult;
import ucount.compliance.FailedCondition;
import ucount.compliance.Grace;
import ucount.compliance.Loan;
import ucount.rules.ClusterEstimate;

import java.io.IOException;
import java.io.Writer;

/** {@code check --format json}, in the shape docs/contract.md fixes, plus loans, clusters, grace and gate. */
public final class CheckJson {

    private CheckJson() {
    }

    public static ObjectNode toJson(CheckResult check) {
        ObjectNode root = Json.object();
        root.put("tool", Version.TOOL);
        root.put("version", Version.version());
        root.put("status", check.compliance().status().name());
        root.put("ruleSet", check.estimate().options().ruleSet().id());
        root.put("graceDays", check.estimate().options().ruleSet().graceDays());
        ArrayNode types = root.putArray("types");
        for (Allocation a : check.compliance().types()) {
            types.addObject().put("license", a.license().name()).put("required", a.required())
                    .put("installed", a.installed()).put("borrowed", a.borrowed()).put("lent", a.lent())
                    .put("available", a.available()).put("shortfall", a.shortfall());
        }
        ArrayNode loans = root.putArray("loans");
        for (Loan loan : check.compliance().loans()) {
            loans.addObject().put("from", loan.from().name()).put("to", loan.to().name()).put("count", loan.count());
        }
        ArrayNode clusters = root.putArray("clusters");
        for (ClusterEstimate cluster : check.estimate().clusters()) {
            clusters.addObject().put("name", cluster.name()).set("required", Json.totals(cluster.totals()));
        }
        if (check.since() == null) root.putNull("nonCompliantSince");
        else root.put("nonCompliantSince", check.since().toString());
        if (check.grace().isEmpty()) {
            root.putNull("grace");
        } else {
            Grace g = check.grace().get();
            ObjectNode grace = root.putObject("grace");
            grace.put("rule", g.rule()).put("since", g.since().toString()).put("today", g.today().toString())
                    .put("enforcementDate", g.enforcementDate().toString()).put("daysLeft", g.daysLeft())
                    .put("enforced", g.enforced());
            grace.set("blocked", Json.strings(Grace.BLOCKED));
        }
        root.put("passed", check.passed());
        ArrayNode failed = root.putArray("failedConditions");
        for (FailedCondition f : check.failed()) {
            failed.addObject().put("condition", f.condition()).put("message", f.message());
        }
        root.set("warnings", Json.warnings(check.estimate().warnings()));
        return root;
    }

    /** The contract JSON, with {@code "metadata"} (tool, rule set, time, input digests) last. */
    public static void write(CheckResult check, Metadata metadata, Writer out) throws IOException {
        ObjectNode root = toJson(check);
        root.set("metadata", metadata.toJson());
        Json.write(root, out);
    }
}
