package ucount.diff;

import ucount.model.LicenseType;
import ucount.rules.DeviceLicense;
import ucount.rules.Names;
import ucount.rules.Totals;
import ucount.rules.UserLicense;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two estimates: totals per license type (overall and per cluster), the users added, removed
 * or licensed differently (with the new reasons), and the unassigned devices added, removed or licensed
 * differently. Users and devices are matched by cluster and exact ID or name.
 */
public record EstimateDiff(SavedEstimate before, SavedEstimate after, Totals change, List<ClusterChange> clusters,
                           List<UserChange> users, List<DeviceChange> devices) {

    public enum Kind { ADDED, REMOVED, CHANGED }

    /** A cluster in either estimate; {@code before} or {@code after} is empty when it is in only one. */
    public record ClusterChange(String name, Totals before, Totals after, boolean inBefore, boolean inAfter) {
        public Totals change() {
            return difference(before, after);
        }
    }

    /** A user added, removed, or with other licenses; {@code reasons} are the newer ones (the old for removed). */
    public record UserChange(Kind kind, String cluster, String userId, List<LicenseType> before,
                             List<LicenseType> after, List<String> reasons) {
    }

    public record DeviceChange(Kind kind, String cluster, String name, String model, LicenseType before,
                               LicenseType after, List<String> reasons) {
    }

    public EstimateDiff {
        clusters = List.copyOf(clusters);
        users = List.copyOf(users);
        devices = List.copyOf(devices);
    }

    public static EstimateDiff between(SavedEstimate before, SavedEstimate after) {
        return new EstimateDiff(before, after, difference(before.totals(), after.totals()), clusters(before, after),
                users(before, after), devices(before, after));
    }

    /** The license types whose total grew, in tier order. */
    public List<LicenseType> increased() {
        List<LicenseType> grown = new ArrayList<>();
        for (LicenseType type : LicenseType.values()) if (change.get(type) > 0) grown.add(type);
        return grown;
    }

    public List<UserChange> users(Kind kind) {
        return users.stream().filter(u -> u.kind() == kind).toList();
    }

    public List<DeviceChange> devices(Kind kind) {
        return devices.stream().filter(d -> d.kind() == kind).toList();
    }

    /** Whether the estimates name more than one cluster between them, so that changes name theirs. */
    public boolean severalClusters() {
        return clusters.size() > 1;
    }

    private static Totals difference(Totals before, Totals after) {
        Totals change = new Totals();
        for (LicenseType type : LicenseType.values()) change.add(type, after.get(type) - before.get(type));
        return change;
    }

    private static List<ClusterChange> clusters(SavedEstimate before, SavedEstimate after) {
        Map<String, Totals> old = new LinkedHashMap<>();
        before.clusters().forEach(c -> old.put(c.name(), c.totals()));
        Map<String, Totals> now = new LinkedHashMap<>();
        after.clusters().forEach(c -> now.put(c.name(), c.totals()));
        Set<String> names = new LinkedHashSet<>(now.keySet());
        names.addAll(old.keySet());
        List<ClusterChange> changes = new ArrayList<>();
        for (String name : names) {
            changes.add(new ClusterChange(name, old.getOrDefault(name, new Totals()), now.getOrDefault(name, new Totals()),
                    old.containsKey(name), now.containsKey(name)));
        }
        return changes;
    }

    private static List<UserChange> users(SavedEstimate before, SavedEstimate after) {
        Map<String, UserLicense> old = new LinkedHashMap<>();
        before.users().forEach(u -> old.put(u.cluster() + "\u0000" + u.userId(), u));
        Map<String, UserLicense> now = new LinkedHashMap<>();
        after.users().forEach(u -> now.put(u.cluster() + "\u0000" + u.userId(), u));
        List<UserChange> changes = new ArrayList<>();
        now.forEach((key, u) -> {
            UserLicense was = old.get(key);
            if (was == null) {
                changes.add(new UserChange(Kind.ADDED, u.cluster(), u.userId(), List.of(), u.licenses(), u.reasons()));
            } else if (!sorted(was.licenses()).equals(sorted(u.licenses()))) {
                changes.add(new UserChange(Kind.CHANGED, u.cluster(), u.userId(), was.licenses(), u.licenses(),
                        u.reasons()));
            }
        });
        old.forEach((key, u) -> {
            if (!now.containsKey(key)) {
                changes.add(new UserChange(Kind.REMOVED, u.cluster(), u.userId(), u.licenses(), List.of(), u.reasons()));
            }
        });
        changes.sort(Comparator.comparing(UserChange::kind).thenComparing(UserChange::cluster)
                .thenComparing(UserChange::userId, Names.ORDER));
        return changes;
    }

    private static List<DeviceChange> devices(SavedEstimate before, SavedEstimate after) {
        Map<String, DeviceLicense> old = new LinkedHashMap<>();
        before.unassignedDevices().forEach(d -> old.put(d.cluster() + "\u0000" + d.name(), d));
        Map<String, DeviceLicense> now = new LinkedHashMap<>();
        after.unassignedDevices().forEach(d -> now.put(d.cluster() + "\u0000" + d.name(), d));
        List<DeviceChange> changes = new ArrayList<>();
        now.forEach((key, d) -> {
            DeviceLicense was = old.get(key);
            if (was == null) {
                changes.add(new DeviceChange(Kind.ADDED, d.cluster(), d.name(), d.model(), null, d.license(),
                        d.reasons()));
            } else if (!Objects.equals(was.license(), d.license())) {
                changes.add(new DeviceChange(Kind.CHANGED, d.cluster(), d.name(), d.model(), was.license(),
                        d.license(), d.reasons()));
            }
        });
        old.forEach((key, d) -> {
            if (!now.containsKey(key)) {
                changes.add(new DeviceChange(Kind.REMOVED, d.cluster(), d.name(), d.model(), d.license(), null,
                        d.reasons()));
            }
        });
        changes.sort(Comparator.comparing(DeviceChange::kind).thenComparing(DeviceChange::cluster)
                .thenComparing(DeviceChange::name, Names.ORDER));
        return changes;
    }

    private static List<LicenseType> sorted(List<LicenseType> licenses) {
        return licenses.stream().sorted().toList();
    }
}
