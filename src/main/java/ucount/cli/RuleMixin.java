package ucount.cli;

import picocli.CommandLine.Option;
import ucount.catalog.Catalog;
import ucount.catalog.CatalogException;
import ucount.pipeline.Pipeline;
import ucount.rules.RuleOptions;
import ucount.rules.RuleSet;

import java.nio.file.Path;

/** How devices and users are classified: rule set, catalog, and the policy overrides of licensing.md. */
final class RuleMixin {

    enum EmUsers { ESSENTIAL, NONE }

    enum UnknownModels { WARN, FAIL }

    @Option(names = "--rules", paramLabel = "elm|smart", defaultValue = "elm",
            description = "Rule set: elm = CUCM 9.x-11.x with Enterprise/Prime License Manager (default); "
                    + "smart = CUCM 12.x and later, Smart Licensing. They differ for Extension Mobility (R5) "
                    + "and IM and Presence (R6) users, and the grace period.")
    RuleSet rules;

    @Option(names = "--em-users", paramLabel = "essential|none",
            description = "Whether an Extension Mobility user with no device needs an Essential license (R5). "
                    + "Default: essential under elm, none under smart.")
    EmUsers emUsers;

    @Option(names = "--unknown-models", paramLabel = "warn|fail", defaultValue = "warn",
            description = "A device model the catalog does not know is counted as Enhanced with a warning (warn, "
                    + "default) or stops the run with exit 3 (fail) (R15).")
    UnknownModels unknownModels;

    @Option(names = "--catalog", paramLabel = "FILE",
            description = "A catalog CSV (model,tier[,tier_confidence,dlu,dlu_confidence,source,note]) whose rows add "
                    + "to or replace the built-in ones. See 'ucount catalog --format csv'.")
    Path catalog;

    RuleOptions options() {
        Boolean em = emUsers == null ? null : emUsers == EmUsers.ESSENTIAL;
        return new RuleOptions(rules, em, unknownModels == UnknownModels.FAIL);
    }

    Catalog loadCatalog() throws CatalogException {
        return Pipeline.catalog(catalog);
    }
}
