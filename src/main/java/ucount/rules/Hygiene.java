package ucount.rules;

import ucount.model.Device;
import ucount.model.EndUser;
import ucount.model.Source;
import ucount.model.Warning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Configuration hygiene: patterns in an export that cost licenses or break the license terms, found from a
 * classified cluster. UNKNOWN_MODEL (R15) and UNKNOWN_OWNER (R14) are raised while classifying; this adds
 * TOO_MANY_DEVICES: a user owning more devices than a person uses, typically one dummy user made owner of many shared
 * phones. CUCM licenses such a user with one CUWL for ten devices and a license per device past the tenth (R11a), but
 * the license terms give a user license to a person, so the count understates what is owed.
 */
public final class Hygiene {

    /** {@code --max-devices} default: R11a's ten devices per user. */
    public static final int DEFAULT_MAX_DEVICES = UserRules.CUWL_DEVICES;

    /** The warning codes that are hygiene findings. */
    public static final Set<String> CODES = Set.of("TOO_MANY_DEVICES", "UNKNOWN_MODEL", "UNKNOWN_OWNER");

    private Hygiene() {
    }

    /** TOO_MANY_DEVICES for every user owning more than {@code maxDevices} licensed devices. */
    public static List<Warning> findings(ClusterEstimate cluster, int maxDevices) {
        // Both passes over a large cluster's users (each reads hundreds of thousands of objects) on every core.
        List<UserLicense> many = cluster.users().parallelStream().filter(u -> u.devices().size() > maxDevices)
                .toList();
        if (many.isEmpty()) return List.of();
        Map<String, Source> sources = sourcesOf(cluster, many.stream().map(UserLicense::userId)
                .collect(Collectors.toSet()));
        Source anywhere = Source.of(cluster.inventory().inputs().isEmpty() ? cluster.name()
                : cluster.inventory().inputs().get(0));
        List<Warning> found = new ArrayList<>();
        for (UserLicense user : many) {
            found.add(new Warning("TOO_MANY_DEVICES", "user " + user.userId() + " owns " + user.devices().size()
                    + " licensed devices, more than " + maxDevices + " (--max-devices): a user license is for one "
                    + "person; make shared phones device-only (no owner) or give them their real owners (R11a, R13)",
                    sources.getOrDefault(user.userId(), anywhere)));
        }
        return found;
    }

    /** The estimate with each cluster's findings added to its warnings. */
    public static Estimate withFindings(Estimate estimate, int maxDevices) {
        List<ClusterEstimate> clusters = new ArrayList<>();
        for (ClusterEstimate c : estimate.clusters()) clusters.add(c.withWarnings(findings(c, maxDevices)));
        return new Estimate(estimate.options(), clusters, estimate.totals());
    }

    /**
     * Where each user was read; for a user inferred from owner IDs, where their first device was read. One pass over
     * the users, however many are asked for, and one over the devices when some were inferred.
     */
    private static Map<String, Source> sourcesOf(ClusterEstimate cluster, Set<String> userIds) {
        Map<String, Source> sources = new HashMap<>();
        for (EndUser u : cluster.inventory().users().parallelStream().filter(u -> userIds.contains(u.userId()))
                .toList()) {
            sources.putIfAbsent(u.userId(), u.source());
        }
        if (sources.size() == userIds.size()) return sources;
        for (Device d : cluster.inventory().devices()) {
            String owner = d.ownerUserId();
            if (owner != null && userIds.contains(owner)) sources.putIfAbsent(owner, d.source());
        }
        return sources;
    }
}
