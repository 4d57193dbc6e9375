package ucount.rules;

import ucount.catalog.Catalog;
import ucount.catalog.CatalogEntry;
import ucount.model.Device;
import ucount.model.DeviceProfile;
import ucount.model.DeviceTier;
import ucount.model.EndUser;
import ucount.model.Inventory;
import ucount.model.LicenseType;
import ucount.model.RemoteDestinationProfile;
import ucount.model.Warning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Classifies a cluster's users and unowned devices by licensing.md sections 3 and 4 (R1-R15). A pure function of
 * the inventory, the catalog and the options, so that "what if" views can classify a changed inventory again.
 */
public final class Classifier {

    private final Catalog catalog;
    private final RuleOptions options;

    public Classifier(Catalog catalog, RuleOptions options) {
        this.catalog = catalog;
        this.options = options;
    }

    public Estimate estimate(List<Inventory> clusters) throws UnknownModelException {
        List<ClusterEstimate> results = new ArrayList<>();
        for (Inventory inventory : clusters) results.add(classify(inventory));
        return Estimate.of(options, results);
    }

    public ClusterEstimate classify(Inventory inventory) throws UnknownModelException {
        String cluster = inventory.cluster();
        List<Warning> warnings = new ArrayList<>(inventory.warnings());
        UserDirectory directory = new UserDirectory(inventory, warnings::add);

        List<DeviceLicense> unassigned = new ArrayList<>();
        for (Device device : inventory.devices()) {
            Optional<ClassifiedDevice> licensed = classifyDevice(device, warnings);
            if (licensed.isEmpty()) continue; // R2: not a licensed device
            ClassifiedDevice d = licensed.get();
            UserDirectory.Account owner = null;
            if (device.hasOwner()) {
                owner = directory.find(device.ownerUserId(), "device", device.name(), device.source(), warnings::add);
                if (owner == null) {
                    warnings.add(new Warning("UNKNOWN_OWNER", "device " + device.name() + " names owner '"
                            + device.ownerUserId() + "', who is not among the users; counted as device-only (R14)",
                            device.source()));
                }
            }
            if (owner != null) {
                owner.own(d);
            } else {
                unassigned.add(deviceOnly(cluster, d));
            }
        }
        for (RemoteDestinationProfile rdp : inventory.remoteDestinationProfiles()) {
            UserDirectory.Account user = featureUser(directory, rdp.userId(), "remote destination profile", rdp.name(),
                    rdp.source(), warnings);
            if (user != null) user.rdp(rdp.name());
        }
        for (DeviceProfile profile : inventory.profiles()) {
            UserDirectory.Account user = featureUser(directory, profile.userId(), "device profile", profile.name(),
                    profile.source(), warnings);
            if (user != null) user.profile(profile.name());
        }

        // Users are independent of each other: classified in parallel, in directory order, then sorted.
        UserRules rules = new UserRules(options);
        List<UserLicense> users = Names.sorted(directory.accounts().parallelStream()
                .map(account -> classify(rules, cluster, account)).toList(), UserLicense::userId);
        unassigned = Names.sorted(unassigned, DeviceLicense::name);
        warnings.sort(null);

        Totals totals = new Totals();
        users.forEach(u -> u.licenses().forEach(l -> totals.add(l, 1)));
        unassigned.forEach(d -> totals.add(d.license(), 1));
        return new ClusterEstimate(cluster, inventory, users, unassigned, totals, warnings);
    }

    private static UserLicense classify(UserRules rules, String cluster, UserDirectory.Account account) {
        EndUser user = account.user;
        List<String> profiles = account.profiles();
        if (!user.controlledProfiles().isEmpty()) {
            profiles = new ArrayList<>(profiles);
            for (String p : user.controlledProfiles()) if (!profiles.contains(p)) profiles.add(p);
        }
        return rules.classify(cluster, user, account.devices(), account.rdps(), profiles);
    }

    /** R2, R3, R15: the device's tier, or empty when the device needs no license. */
    private Optional<ClassifiedDevice> classifyDevice(Device device, List<Warning> warnings)
            throws UnknownModelException {
        Optional<CatalogEntry> entry = catalog.find(device.model());
        if (entry.isPresent()) {
            DeviceTier tier = entry.get().tier();
            return tier.licensed() ? Optional.of(new ClassifiedDevice(device, tier, false)) : Optional.empty();
        }
        if (options.failOnUnknownModel()) throw new UnknownModelException(device.source(), device.model());
        warnings.add(new Warning("UNKNOWN_MODEL", "device " + device.name() + " has model '" + device.model()
                + "', which the catalog does not know; counted as ENHANCED (R15)", device.source()));
        return Optional.of(new ClassifiedDevice(device, DeviceTier.ENHANCED, true));
    }

    /** R12, R14, R15: the license of an unowned device's own tier. */
    private static DeviceLicense deviceOnly(String cluster, ClassifiedDevice d) {
        Device device = d.device();
        List<String> reasons = new ArrayList<>();
        LicenseType license = d.tier().license();
        String owner = device.hasOwner() ? device.ownerUserId() : "";
        String why = device.hasOwner() ? "owner '" + owner + "' is not among the users" : "no owner";
        if (d.tier().isRoom()) {
            reasons.add("R12: TelePresence room device, " + why + " -> TELEPRESENCE_ROOM");
        } else {
            reasons.add("R14: " + why + " -> device-only " + license + " (" + device.model() + ")");
        }
        if (d.unknownModel()) reasons.add(UserRules.unknownModelReason(d));
        return new DeviceLicense(cluster, device.name(), device.model(), license, owner, reasons, device.source());
    }

    private static UserDirectory.Account featureUser(UserDirectory directory, String userId, String kind, String name,
                                                     ucount.model.Source source, List<Warning> warnings) {
        if (userId == null || userId.isEmpty()) return null;
        UserDirectory.Account user = directory.find(userId, kind, name, source, warnings::add);
        if (user == null) {
            warnings.add(new Warning("UNKNOWN_USER", kind + " " + name + " names user '" + userId
                    + "', who is not among the users; it licenses no one", source));
        }
        return user;
    }
}
