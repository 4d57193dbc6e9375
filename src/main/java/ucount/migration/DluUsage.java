package ucount.migration;

import ucount.model.Warning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The DLU view of one call: each cluster's usage, their sum (R23), and the unused DLUs when the installed count is
 * known (R24).
 *
 * @param installedDlu the DLUs installed, as the user gave them; {@code null} when not given
 */
public record DluUsage(List<ClusterDlu> clusters, Integer installedDlu, List<Warning> usageWarnings) {

    public DluUsage {
        clusters = List.copyOf(clusters);
        usageWarnings = List.copyOf(usageWarnings);
    }

    /** R23 over all clusters. */
    public int usedDlu() {
        return clusters.stream().mapToInt(ClusterDlu::usedDlu).sum();
    }

    public int deviceDlu() {
        return clusters.stream().mapToInt(ClusterDlu::deviceDlu).sum();
    }

    public int userFeatureDlu() {
        return clusters.stream().mapToInt(ClusterDlu::userFeatureDlu).sum();
    }

    /** R24: installed - used (negative when more are used than installed); {@code null} without installed DLUs. */
    public Integer unusedDlu() {
        return installedDlu == null ? null : installedDlu - usedDlu();
    }

    public int devices() {
        return clusters.stream().mapToInt(c -> c.devices().size()).sum();
    }

    public UserFeatures userFeatures() {
        UserFeatures sum = new UserFeatures(0, 0);
        for (ClusterDlu cluster : clusters) sum = sum.plus(cluster.userFeatures());
        return sum;
    }

    /** R23 per device type over all clusters, by model name. */
    public List<ModelDlu> byModel() {
        Map<String, ModelDlu> merged = new LinkedHashMap<>();
        for (ClusterDlu cluster : clusters) {
            for (ModelDlu m : cluster.byModel()) {
                merged.merge(DluRules.key(m.model()), m, (a, b) -> new ModelDlu(a.model(), a.devices() + b.devices(),
                        a.adjunct() + b.adjunct(), a.dluEach(), a.dlu() + b.dlu(), a.confidence(), a.source()));
            }
        }
        return merged.values().stream().sorted(BY_MODEL).toList();
    }

    public List<Warning> warnings() {
        List<Warning> all = new ArrayList<>();
        clusters.forEach(c -> all.addAll(c.warnings()));
        all.addAll(usageWarnings);
        return all;
    }

    static final Comparator<ModelDlu> BY_MODEL =
            Comparator.comparing((ModelDlu m) -> m.model().toLowerCase(Locale.ROOT)).thenComparing(ModelDlu::model);
}
