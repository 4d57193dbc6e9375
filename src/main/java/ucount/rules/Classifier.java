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
import ucount.model.Source;
import ucount.model.UserNumbers;
import ucount.model.Warning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Classifies a cluster's users and unowned devices by licensing.md sections 3 and 4 (R1-R15). A pure function of
 * the inventory, the catalog and the options, so that "what if" views can classify a changed inventory again.
 *
 * <p>Devices, RDPs and profiles are joined to their users by place: each names its user by one lookup, and what a
 * user has is a range of one array ({@link Groups}), so that a million devices cost no object beyond themselves.
 */
public final class Classifier {

    /** How many users are classified at a time, their devices read ahead ({@code Users.readAhead}). */
    private static final int BLOCK = 64;

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
        // The user directory, then the users' order by ID, on the other core while this one finds the devices' tiers.
        List<Warning> directoryWarnings = new ArrayList<>();
        CompletableFuture<UserDirectory> directoryMade = CompletableFuture.supplyAsync(
                () -> new UserDirectory(inventory, directoryWarnings::add), ForkJoinPool.commonPool());
        CompletableFuture<int[]> byId = directoryMade.thenApplyAsync(
                directory -> Names.order(directory.users(), EndUser::userId), ForkJoinPool.commonPool());

        List<Device> devices = inventory.devices();
        BitSet unknownModels = new BitSet();
        DeviceTier[] tiers = tiers(devices, unknownModels, warnings);

        UserDirectory directory = join(directoryMade);
        warnings.addAll(directoryWarnings);
        int userCount = directory.users().size();
        UserNumbers numbers = inventory.userNumbers();
        IntStream.Builder unowned = IntStream.builder();
        int[] ownerOf = owners(devices, tiers, directory, numbers == null ? null : numbers.owners(), unowned,
                warnings);
        // Tens of thousands of unowned devices, each with its reasons worded: on both cores.
        List<DeviceLicense> unassigned = unowned.build().parallel()
                .mapToObj(i -> deviceOnly(cluster, new ClassifiedDevice(devices.get(i), tiers[i],
                        unknownModels.get(i))))
                .toList();
        List<RemoteDestinationProfile> rdps = inventory.remoteDestinationProfiles();
        int[] rdpUser = featureUsers(directory, rdps, numbers == null ? null : numbers.rdps(),
                "remote destination profile", RemoteDestinationProfile::userId, RemoteDestinationProfile::name,
                RemoteDestinationProfile::source, warnings);
        List<DeviceProfile> profiles = inventory.profiles();
        int[] profileUser = featureUsers(directory, profiles, numbers == null ? null : numbers.profiles(),
                "device profile", DeviceProfile::userId, DeviceProfile::name, DeviceProfile::source, warnings);

        // Users are independent of each other: classified in parallel, in the order of their IDs, so that each
        // thread makes its users' results one after another in memory, in the order every later pass reads them
        // (totals, hygiene, reports): a million results read in sequence, not from scattered places. A block of
        // users at a time, what they own read ahead.
        Users joined = new Users(cluster, new UserRules(options), directory.users(), devices, tiers, unknownModels,
                new Groups(userCount, ownerOf), rdps, new Groups(userCount, rdpUser), profiles,
                new Groups(userCount, profileUser));
        int[] order = join(byId);
        UserLicense[] classified = new UserLicense[userCount];
        IntStream.range(0, (userCount + BLOCK - 1) / BLOCK).parallel().forEach(block -> {
            int from = block * BLOCK;
            int to = Math.min(userCount, from + BLOCK);
            joined.readAhead(order, from, to);
            for (int k = from; k < to; k++) classified[k] = joined.classify(order[k]);
        });
        List<UserLicense> users = Arrays.asList(classified);
        unassigned = Names.sorted(unassigned, DeviceLicense::name);
        warnings.sort(null);

        return new ClusterEstimate(cluster, inventory, users, unassigned, totals(classified, unassigned), warnings);
    }

    /*
     * Each pass over every device, RDP, profile or result is a method of its own, so that classify reads as its steps;
     * and the quick compiler, which compiles a long loop where it stands together with the whole method around it,
     * compiles each small method once rather than one large method once for each of its loops.
     */

    /** R2, R3, R15: each device's tier, null for a device that needs no license ({@link #tier}). */
    private DeviceTier[] tiers(List<Device> devices, BitSet unknownModels, List<Warning> warnings)
            throws UnknownModelException {
        DeviceTier[] tiers = new DeviceTier[devices.size()];
        for (int i = 0; i < devices.size(); i++) tiers[i] = tier(devices.get(i), i, unknownModels, warnings);
        return tiers;
    }

    /**
     * R1, R14: each licensed device's owner's place among the users, -1 for none; the licensed devices without one
     * go to {@code unowned}, a warning for each that names an owner who is not among the users.
     */
    private static int[] owners(List<Device> devices, DeviceTier[] tiers, UserDirectory directory, int[] ownerNumbers,
                                IntStream.Builder unowned, List<Warning> warnings) {
        // By exact ID first (by its number when the reader numbered it), in a loop of lookups alone: each waits on
        // memory, and the processor overlaps the waits of several only when nothing else comes between them.
        int[] ownerOf = new int[devices.size()];
        for (int i = 0; i < devices.size(); i++) {
            ownerOf[i] = tiers[i] == null ? -1
                    : directory.exactly(devices.get(i).ownerUserId(), numberAt(ownerNumbers, i));
        }
        for (int i = 0; i < devices.size(); i++) {
            if (tiers[i] == null || ownerOf[i] >= 0) continue; // not licensed, or owned: the device is not read
            Device device = devices.get(i);
            if (device.hasOwner()) {
                ownerOf[i] = directory.find(device.ownerUserId(), numberAt(ownerNumbers, i), "device",
                        device.name(), device.source(), warnings::add);
                if (ownerOf[i] < 0) {
                    warnings.add(new Warning("UNKNOWN_OWNER", "device " + device.name() + " names owner '"
                            + device.ownerUserId() + "', who is not among the users; counted as device-only (R14)",
                            device.source()));
                }
            }
            if (ownerOf[i] < 0) unowned.add(i);
        }
        return ownerOf;
    }

    /** R4, R5: the place of the user each RDP or device profile names, -1 with a warning when none. */
    private static <T> int[] featureUsers(UserDirectory directory, List<T> items, int[] numbers, String kind,
                                          Function<T, String> userId, Function<T, String> name,
                                          Function<T, Source> source, List<Warning> warnings) {
        int[] users = new int[items.size()];
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            users[i] = featureUser(directory, userId.apply(item), numberAt(numbers, i), kind, name.apply(item),
                    source.apply(item), warnings);
        }
        return users;
    }

    /** Every user's and unowned device's licenses by type, in plain loops (nested lambdas are three times slower). */
    private static Totals totals(UserLicense[] users, List<DeviceLicense> unassigned) {
        Totals totals = new Totals();
        for (UserLicense user : users) {
            List<LicenseType> licenses = user.licenses();
            for (int i = 0; i < licenses.size(); i++) totals.add(licenses.get(i), 1);
        }
        for (DeviceLicense device : unassigned) totals.add(device.license(), 1);
        return totals;
    }

    /** The number at a place, {@link UserNumbers#NONE} when the records are not numbered. */
    private static int numberAt(int[] numbers, int place) {
        return numbers == null ? UserNumbers.NONE : numbers[place];
    }

    /** What the other core made; what it threw, as thrown there. */
    private static <T> T join(CompletableFuture<T> made) {
        try {
            return made.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw e;
        }
    }

    /**
     * A cluster's users with what names them, by place. Kept by the results, which word their reasons from it when
     * first asked ({@link UserLicense#reasons()}).
     */
    private static final class Users {

        private final String cluster;
        private final UserRules rules;
        private final List<EndUser> users;
        private final List<Device> devices;
        private final DeviceTier[] tiers;
        private final BitSet unknownModels;
        private final Groups owned;
        private final List<RemoteDestinationProfile> rdps;
        private final Groups rdpsOf;
        private final List<DeviceProfile> profiles;
        private final Groups profilesOf;
        private final IntFunction<List<String>> wording = this::reasons;
        /** Where {@link #readAhead} leaves what it read, so that no compiler drops the reads. */
        private long read;

        Users(String cluster, UserRules rules, List<EndUser> users, List<Device> devices, DeviceTier[] tiers,
              BitSet unknownModels, Groups owned, List<RemoteDestinationProfile> rdps, Groups rdpsOf,
              List<DeviceProfile> profiles, Groups profilesOf) {
            this.cluster = cluster;
            this.rules = rules;
            this.users = users;
            this.devices = devices;
            this.tiers = tiers;
            this.unknownModels = unknownModels;
            this.owned = owned;
            this.rdps = rdps;
            this.rdpsOf = rdpsOf;
            this.profiles = profiles;
            this.profilesOf = profilesOf;
        }

        /**
         * Reads what classifying the users {@code order[from..to)} reads first: their records, what they own, its
         * records and tiers. The users come in ID order, their records and devices lie in file order, so each
         * user's reads would wait on memory, one after another (a third of the classification otherwise); made for a
         * block of users first, in loops of reads alone, the waits overlap. A hint, which changes nothing.
         */
        void readAhead(int[] order, int from, int to) {
            long read = 0;
            for (int k = from; k < to; k++) {
                int user = order[k];
                read += owned.size(user) + rdpsOf.size(user) + profilesOf.size(user);
            }
            for (int k = from; k < to; k++) {
                int user = order[k];
                read += users.get(user).controlledProfiles().size();
                for (int j = 0; j < owned.size(user); j++) {
                    int d = owned.item(user, j);
                    read += devices.get(d).line() + tiers[d].ordinal();
                }
            }
            this.read = read;
        }

        UserLicense classify(int user) {
            List<ClassifiedDevice> own = devices(user);
            List<LicenseType> licenses = rules.licenses(users.get(user), own, rdps(user), profiles(user));
            return new UserLicense(cluster, users.get(user).userId(), licenses, UserRules.deviceNames(own),
                    UserLicense.wordedLater(wording, user));
        }

        List<String> reasons(int user) {
            return rules.reasons(users.get(user), devices(user), rdps(user), profiles(user));
        }

        /** R1: the licensed devices the user owns; most own one or two, listed without an array. */
        private List<ClassifiedDevice> devices(int user) {
            int n = owned.size(user);
            if (n == 0) return List.of();
            if (n <= 2) {
                ClassifiedDevice first = device(owned.item(user, 0));
                return n == 1 ? List.of(first) : List.of(first, device(owned.item(user, 1)));
            }
            List<ClassifiedDevice> own = new ArrayList<>(n);
            for (int j = 0; j < n; j++) {
                int d = owned.item(user, j);
                own.add(device(d));
            }
            return own;
        }

        private ClassifiedDevice device(int d) {
            return new ClassifiedDevice(devices.get(d), tiers[d], unknownModels.get(d));
        }

        /** R4: the user's remote destination profiles. */
        private List<String> rdps(int user) {
            int n = rdpsOf.size(user);
            if (n == 0) return List.of();
            List<String> names = new ArrayList<>(n);
            for (int j = 0; j < n; j++) names.add(rdps.get(rdpsOf.item(user, j)).name());
            return names;
        }

        /** R5: the device profiles naming the user, then those the user record lists. */
        private List<String> profiles(int user) {
            List<String> controlled = users.get(user).controlledProfiles();
            int n = profilesOf.size(user);
            if (n == 0) return controlled;
            List<String> names = new ArrayList<>(n + controlled.size());
            for (int j = 0; j < n; j++) names.add(profiles.get(profilesOf.item(user, j)).name());
            for (String p : controlled) if (!names.contains(p)) names.add(p);
            return names;
        }
    }

    /**
     * R2, R3, R15: the tier of the device at place {@code i}, or null when the device needs no license; an unknown
     * model is marked in {@code unknownModels}. (No object per device: a million of them, each let go at once.)
     */
    private DeviceTier tier(Device device, int i, BitSet unknownModels, List<Warning> warnings)
            throws UnknownModelException {
        Optional<CatalogEntry> entry = catalog.find(device.model());
        if (entry.isPresent()) {
            DeviceTier tier = entry.get().tier();
            return tier.licensed() ? tier : null;
        }
        if (options.failOnUnknownModel()) throw new UnknownModelException(device.source(), device.model());
        warnings.add(new Warning("UNKNOWN_MODEL", "device " + device.name() + " has model '" + device.model()
                + "', which the catalog does not know; counted as ENHANCED (R15)", device.source()));
        unknownModels.set(i);
        return DeviceTier.ENHANCED;
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

    /** The place of the user an RDP or device profile names (R4, R5), or -1 with a warning when none. */
    private static int featureUser(UserDirectory directory, String userId, int number, String kind, String name,
                                   Source source, List<Warning> warnings) {
        if (userId == null || userId.isEmpty()) return -1;
        int user = directory.find(userId, number, kind, name, source, warnings::add);
        if (user < 0) {
            warnings.add(new Warning("UNKNOWN_USER", kind + " " + name + " names user '" + userId
                    + "', who is not among the users; it licenses no one", source));
        }
        return user;
    }
}
