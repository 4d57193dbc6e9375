package ucount.migration;

import ucount.catalog.Catalog;
import ucount.catalog.CatalogEntry;
import ucount.model.Device;
import ucount.model.EndUser;
import ucount.model.Inventory;
import ucount.model.RemoteDestinationProfile;
import ucount.model.Source;
import ucount.model.Warning;
import ucount.rules.Names;
import ucount.rules.UnknownModelException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Pre-9.x Device License Units of a cluster's configuration (licensing.md section 6, R20-R24): each configured
 * device at its catalog cost (R20) or as an adjunct (R21), each Mobility and Presence user (R22), summed per model
 * and per cluster (R23), and compared with the installed DLUs (R24).
 * Every configured device counts, licensed in 9.x or not (a CTI port costs its catalog 0).
 */
public final class DluCalculator {

    private final Catalog catalog;
    private final boolean failOnUnknownModel;

    /** @param failOnUnknownModel {@code --unknown-models fail}: an unknown model stops the count (as in R15) */
    public DluCalculator(Catalog catalog, boolean failOnUnknownModel) {
        this.catalog = catalog;
        this.failOnUnknownModel = failOnUnknownModel;
    }

    /** R23 over the clusters of one call, and R24 when {@code installedDlu} is given. */
    public DluUsage usage(List<Inventory> inventories, Integer installedDlu) throws UnknownModelException {
        List<ClusterDlu> clusters = new ArrayList<>();
        for (Inventory inventory : inventories) clusters.add(cluster(inventory));
        DluUsage usage = new DluUsage(clusters, installedDlu, List.of());
        Integer unused = usage.unusedDlu();
        if (unused == null || unused >= 0) return usage;
        Warning overdraft = new Warning("DLU_OVERDRAFT", "the configuration uses " + usage.usedDlu()
                + " DLUs, " + -unused + " more than the " + installedDlu + " installed (R24); no unused DLUs "
                + "convert to Enhanced (R26)", Source.of("installed DLUs"));
        return new DluUsage(clusters, installedDlu, List.of(overdraft));
    }

    public ClusterDlu cluster(Inventory inventory) throws UnknownModelException {
        List<Warning> warnings = new ArrayList<>(inventory.warnings());
        Set<String> deviceNames = new HashSet<>();
        inventory.devices().forEach(d -> deviceNames.add(d.name().toUpperCase(Locale.ROOT)));

        List<DeviceDlu> devices = new ArrayList<>();
        Map<String, ModelDlu> byModel = new LinkedHashMap<>();
        List<Device> withoutPrimaryField = new ArrayList<>();
        for (Device device : inventory.devices()) {
            Cost cost = cost(device, warnings);
            if (DluRules.adjunctModel(cost.model) && device.primaryPhone() == null) withoutPrimaryField.add(device);
            boolean adjunct = DluRules.adjunctModel(cost.model) && device.primaryPhone() != null
                    && !device.primaryPhone().isEmpty();
            int dlu = adjunct ? DluRules.ADJUNCT_DLU : cost.dlu;
            String reason;
            if (adjunct) {
                reason = "R21: " + cost.model + " with Primary Phone " + device.primaryPhone() + " is an adjunct -> "
                        + dlu + " DLU (instead of " + cost.dlu + ")";
                if (!deviceNames.contains(device.primaryPhone().toUpperCase(Locale.ROOT))) {
                    warnings.add(new Warning("UNKNOWN_PRIMARY_PHONE", "device " + device.name() + " names Primary "
                            + "Phone '" + device.primaryPhone() + "', which is not among the devices; still counted "
                            + "as an adjunct (R21)", device.source()));
                }
            } else {
                reason = cost.reason;
            }
            devices.add(new DeviceDlu(inventory.cluster(), device.name(), cost.model, dlu, cost.confidence, adjunct,
                    reason, device.source()));
            ModelDlu one = new ModelDlu(cost.model, 1, adjunct ? 1 : 0, cost.dlu, dlu, cost.confidence, cost.source);
            byModel.merge(DluRules.key(cost.model), one, (a, b) -> new ModelDlu(a.model(), a.devices() + 1,
                    a.adjunct() + b.adjunct(), a.dluEach(), a.dlu() + b.dlu(), a.confidence(), a.source()));
        }
        devices = Names.sorted(devices, DeviceDlu::name);
        if (!withoutPrimaryField.isEmpty()) {
            int n = withoutPrimaryField.size();
            warnings.add(new Warning("MISSING_FIELD", n + (n == 1 ? " device" : " devices") + " of a model that "
                    + "can be an adjunct (IP Communicator, Personal or Mobile Communicator) came from an export "
                    + "without the Primary Phone field: counted at full cost, not as adjuncts (R21); export Primary "
                    + "Phone (AXL primaryPhoneName)", withoutPrimaryField.get(0).source()));
        }

        List<UserFeatureDlu> users = userFeatures(inventory, warnings);
        warnings.sort(null);
        return new ClusterDlu(inventory.cluster(), devices, byModel.values().stream().sorted(DluUsage.BY_MODEL).toList(),
                users, warnings);
    }

    /** R20: the catalog's full cost of a device's model, or the policy cost with a warning. */
    private Cost cost(Device device, List<Warning> warnings) throws UnknownModelException {
        Optional<CatalogEntry> found = catalog.find(device.model());
        if (found.isPresent() && found.get().dlu() != null) {
            CatalogEntry entry = found.get();
            return new Cost(entry.model(), entry.dlu(), entry.dluConfidence(), entry.source(),
                    "R20: " + entry.model() + " costs " + dlus(entry.dlu()) + " (" + entry.dluConfidence() + ")");
        }
        String policy = " counted as " + dlus(DluRules.UNKNOWN_MODEL_DLU)
                + ", the highest device cost of Cisco's table (R20, policy)";
        if (found.isPresent()) {
            String model = found.get().model();
            warnings.add(new Warning("UNKNOWN_DLU", "device " + device.name() + " has model '" + model
                    + "', for which the catalog gives no DLU cost;" + policy, device.source()));
            return new Cost(model, DluRules.UNKNOWN_MODEL_DLU, "assumed", DluRules.NO_DLU_SOURCE,
                    "R20: no DLU cost for " + model + " in the catalog;" + policy);
        }
        if (failOnUnknownModel) throw new UnknownModelException(device.source(), device.model());
        String model = device.model() == null || device.model().isEmpty() ? "(no model)" : device.model();
        warnings.add(new Warning("UNKNOWN_MODEL", "device " + device.name() + " has model '" + model
                + "', which the catalog does not know;" + policy, device.source()));
        return new Cost(model, DluRules.UNKNOWN_MODEL_DLU, "assumed", DluRules.UNKNOWN_MODEL_SOURCE,
                "R20: " + model + " is unknown to the catalog;" + policy);
    }

    private record Cost(String model, int dlu, String confidence, String source, String reason) {
    }

    /**
     * R22, once per user: Mobility (Enable Mobility checked, or the user of a remote destination profile) and
     * Cisco Unified Presence (enabled for IM and Presence).
     */
    private static List<UserFeatureDlu> userFeatures(Inventory inventory, List<Warning> warnings) {
        Map<String, EndUser> exact = new HashMap<>();
        Map<String, List<EndUser>> folded = new HashMap<>();
        for (EndUser user : inventory.users()) {
            exact.putIfAbsent(user.userId(), user);
            folded.computeIfAbsent(user.userId().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(user);
        }
        Map<String, List<String>> mobility = new HashMap<>();
        Map<String, Boolean> presence = new HashMap<>();
        for (EndUser user : inventory.users()) {
            if (Boolean.TRUE.equals(user.enableMobility())) {
                mobility.computeIfAbsent(user.userId(), k -> new ArrayList<>()).add("Enable Mobility");
            }
            if (Boolean.TRUE.equals(user.imAndPresence())) presence.put(user.userId(), true);
        }
        for (RemoteDestinationProfile rdp : inventory.remoteDestinationProfiles()) {
            String userId = rdp.userId();
            if (userId == null || userId.isEmpty()) continue;
            EndUser user = exact.get(userId);
            if (user == null) {
                List<EndUser> candidates = folded.getOrDefault(userId.toLowerCase(Locale.ROOT), List.of());
                if (candidates.size() == 1) user = candidates.get(0);
            }
            if (user == null && inventory.usersExported()) {
                warnings.add(new Warning("UNKNOWN_USER", "remote destination profile " + rdp.name() + " names user '"
                        + userId + "', who is not among the users; counted as a Mobility user (R22)", rdp.source()));
            }
            String id = user != null ? user.userId() : userId;
            mobility.computeIfAbsent(id, k -> new ArrayList<>()).add("remote destination profile " + rdp.name());
        }
        if (!inventory.usersExported() && !inventory.inputs().isEmpty()) {
            warnings.add(new Warning("NO_USERS_EXPORT", "no users export was read"
                    + (Inventory.isNamed(inventory.cluster()) ? " for cluster " + inventory.cluster() : "")
                    + ": user-feature DLUs (R22) count only remote destination profiles, without Enable Mobility "
                    + "and IM and Presence", Source.of(inventory.inputs().get(0))));
        }

        List<UserFeatureDlu> users = new ArrayList<>();
        Set<String> ids = new HashSet<>(mobility.keySet());
        ids.addAll(presence.keySet());
        for (String id : ids) {
            List<String> reasons = new ArrayList<>();
            int dlu = 0;
            List<String> why = mobility.get(id);
            if (why != null) {
                dlu += DluRules.MOBILITY_USER_DLU;
                reasons.add("R22: Mobility user (" + String.join(", ", why) + ") -> "
                        + dlus(DluRules.MOBILITY_USER_DLU));
            }
            if (presence.containsKey(id)) {
                dlu += DluRules.PRESENCE_USER_DLU;
                reasons.add("R22: Cisco Unified Presence user (enabled for IM and Presence) -> "
                        + dlus(DluRules.PRESENCE_USER_DLU));
            }
            users.add(new UserFeatureDlu(inventory.cluster(), id, why != null, presence.containsKey(id), dlu,
                    reasons));
        }
        return List.copyOf(Names.sorted(users, UserFeatureDlu::userId));
    }

    static String dlus(int n) {
        return n + (n == 1 ? " DLU" : " DLUs");
    }
}
