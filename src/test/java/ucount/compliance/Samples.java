package ucount.compliance;

import ucount.catalog.Catalog;
import ucount.pipeline.ClusterSpec;
import ucount.pipeline.Pipeline;
import ucount.rules.Estimate;
import ucount.rules.RuleOptions;
import ucount.rules.RuleSet;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** Estimates of the sample clusters (samples/acme-hq, samples/acme-branch), read through the real pipeline. */
final class Samples {

    private Samples() {
    }

    /** {@code names} are sample folder names; each becomes a cluster of that name. */
    static Estimate estimate(RuleSet rules, String... names) throws Exception {
        List<ClusterSpec> specs = new ArrayList<>();
        for (String name : names) specs.add(new ClusterSpec(name, List.of("samples/" + name)));
        return Pipeline.estimate(Pipeline.read(specs, InputStream::nullInputStream), Catalog.builtIn(),
                RuleOptions.defaults(rules));
    }
}
