package ucount.rules;

import ucount.model.Warning;

import java.util.ArrayList;
import java.util.List;

/** The estimate over all clusters of one call: per-cluster results and their overall totals. */
public record Estimate(RuleOptions options, List<ClusterEstimate> clusters, Totals totals) {

    public Estimate {
        clusters = List.copyOf(clusters);
    }

    public static Estimate of(RuleOptions options, List<ClusterEstimate> clusters) {
        Totals totals = new Totals();
        for (ClusterEstimate cluster : clusters) totals.add(cluster.totals());
        return new Estimate(options, clusters, totals);
    }

    public List<UserLicense> users() {
        if (clusters.size() == 1) return clusters.get(0).users(); // a million users are not copied for one cluster
        return clusters.stream().flatMap(c -> c.users().stream()).toList();
    }

    public List<DeviceLicense> unassignedDevices() {
        if (clusters.size() == 1) return clusters.get(0).unassignedDevices();
        return clusters.stream().flatMap(c -> c.unassignedDevices().stream()).toList();
    }

    public List<Warning> warnings() {
        List<Warning> all = new ArrayList<>();
        for (ClusterEstimate cluster : clusters) all.addAll(cluster.warnings());
        return all;
    }
}
