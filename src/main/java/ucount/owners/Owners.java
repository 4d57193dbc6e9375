package ucount.owners;

import ucount.model.Device;
import ucount.model.Inventory;
import ucount.model.LicenseType;
import ucount.model.Warning;
import ucount.rules.Classifier;
import ucount.rules.ClusterEstimate;
import ucount.rules.DeviceLicense;
import ucount.rules.Estimate;
import ucount.rules.Hygiene;
import ucount.rules.UnknownModelException;
import ucount.rules.UserLicense;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Suggests owners for the licensed devices that have none (licensing.md section 7: the evidence that is not
 * ownership under R1), and shows what applying them would change: the inventory with the new owners is classified
 * again by the same rules, and the two estimates compared.
 */
public final class Owners {

    private Owners() {
    }

    /**
     * @param estimate   the estimate of the export as it is
     * @param classifier the classifier that made it, to classify the changed inventory the same way
     */
    public static OwnersResult analyze(Estimate estimate, Classifier classifier, Confidence minConfidence,
                                       int maxDevices) throws UnknownModelException {
        Estimate before = Hygiene.withFindings(estimate, maxDevices);
        Suggester suggester = new Suggester();
        List<Suggestion> suggestions = new ArrayList<>();
        for (ClusterEstimate cluster : before.clusters()) {
            UserIndex users = new UserIndex(cluster);
            Map<String, Device> devices = devicesByName(cluster.inventory(), cluster.unassignedDevices());
            for (DeviceLicense unassigned : cluster.unassignedDevices()) {
                suggestions.add(suggester.suggest(unassigned, devices.get(unassigned.name()), users));
            }
        }
        List<Suggestion> applied = suggestions.stream().filter(s -> s.appliedAt(minConfidence)).toList();
        List<ClusterEstimate> afterClusters = new ArrayList<>();
        for (int i = 0; i < before.clusters().size(); i++) {
            ClusterEstimate cluster = before.clusters().get(i);
            boolean changed = applied.stream().anyMatch(s -> s.cluster().equals(cluster.name()));
            // A cluster no suggestion changes classifies as it did: the estimate given, before the hygiene findings.
            afterClusters.add(changed ? classifier.classify(withOwners(cluster, applied)) : estimate.clusters().get(i));
        }
        Estimate after = Estimate.of(before.options(), afterClusters);
        List<Warning> findings = before.warnings().stream().filter(w -> Hygiene.CODES.contains(w.code())).toList();
        return new OwnersResult(minConfidence, maxDevices, before, after, suggestions,
                userChanges(before, after, applied), findings);
    }

    /** The cluster's inventory with the applied suggestions' owners set; records are immutable, so devices are copied. */
    static Inventory withOwners(ClusterEstimate cluster, List<Suggestion> applied) {
        Map<String, String> owners = new HashMap<>();
        for (Suggestion s : applied) {
            if (s.cluster().equals(cluster.name())) owners.put(s.name(), s.suggestedOwner());
        }
        Inventory inventory = cluster.inventory();
        List<Device> devices = new ArrayList<>();
        for (Device d : inventory.devices()) {
            String owner = owners.get(d.name());
            devices.add(owner == null ? d : new Device(d.name(), d.description(), d.model(), owner, d.protocol(),
                    d.directoryNumbers(), d.userIds(), d.mobilityUserId(), d.primaryPhone(), d.source()));
        }
        return new Inventory(inventory.cluster(), inventory.users(), devices, inventory.profiles(),
                inventory.remoteDestinationProfiles(), inventory.usersExported(), inventory.inputs(),
                inventory.warnings());
    }

    /** Every user who would take over devices, in cluster order, then by user ID. */
    private static List<UserChange> userChanges(Estimate before, Estimate after, List<Suggestion> applied) {
        Map<String, List<Suggestion>> byUser = new LinkedHashMap<>();
        for (ClusterEstimate cluster : before.clusters()) {
            applied.stream().filter(s -> s.cluster().equals(cluster.name()))
                    .sorted(Comparator.comparing(Suggestion::suggestedOwner).thenComparing(Suggestion::name))
                    .forEach(s -> byUser.computeIfAbsent(s.cluster() + "\n" + s.suggestedOwner(),
                            k -> new ArrayList<>()).add(s));
        }
        Map<String, UserLicense> beforeUsers = usersByKey(before, byUser.keySet());
        Map<String, UserLicense> afterUsers = usersByKey(after, byUser.keySet());
        List<UserChange> changes = new ArrayList<>();
        byUser.forEach((key, taken) -> {
            List<LicenseType> was = beforeUsers.get(key).licenses();
            List<LicenseType> will = afterUsers.get(key).licenses();
            changes.add(new UserChange(taken.get(0).cluster(), taken.get(0).suggestedOwner(), was, will,
                    taken.stream().map(Suggestion::name).toList(),
                    taken.stream().map(Suggestion::license).toList()));
        });
        return changes;
    }

    /** The users taking over devices ({@code wanted}: cluster, line feed, user ID), not a table of every user. */
    private static Map<String, UserLicense> usersByKey(Estimate estimate, Set<String> wanted) {
        Map<String, UserLicense> map = new HashMap<>();
        if (wanted.isEmpty()) return map;
        for (UserLicense u : estimate.users()) {
            String key = u.cluster() + "\n" + u.userId();
            if (wanted.contains(key)) map.put(key, u);
        }
        return map;
    }

    /** The inventory's records of the unassigned devices, by name (the first of a repeated name). */
    private static Map<String, Device> devicesByName(Inventory inventory, List<DeviceLicense> unassigned) {
        Map<String, Device> map = new HashMap<>();
        for (DeviceLicense d : unassigned) map.put(d.name(), null);
        for (Device d : inventory.devices()) {
            if (map.containsKey(d.name()) && map.get(d.name()) == null) map.put(d.name(), d);
        }
        return map;
    }
}
