package ucount.compliance;

import ucount.model.ExportTime;
import ucount.model.Inventory;
import ucount.model.Source;
import ucount.model.Warning;
import ucount.rules.ClusterEstimate;
import ucount.rules.Estimate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * R33: the license manager counts what a cluster reported at its last synchronization, every 24 hours, and not
 * having synchronized is non-compliance in itself. A check of exports older than that period compares a cluster that
 * may have changed since: a warning (STALE_EXPORT), not a status.
 */
public final class ExportAge {

    /** The warning's code. */
    public static final String CODE = "STALE_EXPORT";

    /** R33, S5: Enterprise License Manager synchronizes with each product instance every 24 hours. */
    public static final Duration SYNC_PERIOD = Duration.ofHours(24);

    private ExportAge() {
    }

    /** STALE_EXPORT when the exports of {@code cluster} were taken longer than {@link #SYNC_PERIOD} before now. */
    public static Optional<Warning> warning(String cluster, ExportTime time, Instant now) {
        Duration age = Duration.between(time.taken(), now);
        if (age.compareTo(SYNC_PERIOD) <= 0) return Optional.empty();
        String whose = cluster.equals(Inventory.UNNAMED_CLUSTER) ? "the exports" : "cluster " + cluster + "'s exports";
        String when = time.pulled()
                ? whose + " were pulled " + span(age) + " ago (" + time.taken() + ")"
                : whose + " are at least " + span(age) + " old (" + time.file() + " last modified " + time.taken()
                  + ")";
        return Optional.of(new Warning(CODE, when + ", longer than the license manager's daily "
                + "synchronization: the cluster may have changed since, and the status is as of the export (R33)",
                Source.of(time.file())));
    }

    /** The estimate with each cluster's STALE_EXPORT warning added, for the clusters whose export time is known. */
    public static Estimate withWarnings(Estimate estimate, Map<String, ExportTime> times, Instant now) {
        List<ClusterEstimate> clusters = new ArrayList<>();
        for (ClusterEstimate c : estimate.clusters()) {
            ExportTime time = times.get(c.name());
            Optional<Warning> stale = time == null ? Optional.empty() : warning(c.name(), time, now);
            clusters.add(c.withWarnings(stale.stream().toList()));
        }
        return new Estimate(estimate.options(), clusters, estimate.totals());
    }

    /** "30 hours" below three days, "4 days" from there. */
    static String span(Duration age) {
        return age.toHours() < 72 ? age.toHours() + " hours" : age.toDays() + " days";
    }
}
