package ucount.ingest;

import ucount.model.Device;
import ucount.model.DeviceProfile;
import ucount.model.EndUser;
import ucount.model.Inventory;
import ucount.model.RemoteDestinationProfile;
import ucount.model.Source;
import ucount.model.UserNumbers;
import ucount.model.Warning;
import ucount.util.NameIndex;
import ucount.util.RepeatedNames;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Collects what the readers find for one cluster. Device names are unique in CUCM (case-insensitively): a second
 * record of the same name is a duplicate export row, kept out with a warning. The same holds for user IDs.
 */
public final class InventoryBuilder {

    private final String cluster;
    private final ReadLimits limits;
    private final Fields fields;
    private final ArrayList<EndUser> users = new ArrayList<>();
    private final ArrayList<Device> devices = new ArrayList<>();
    private final List<DeviceProfile> profiles = new ArrayList<>();
    private final List<RemoteDestinationProfile> rdps = new ArrayList<>();
    private final List<String> inputs = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();
    /** Whether FOLDERS_MERGED was given: once a cluster. */
    private boolean foldersMerged;
    /** Whether a device came by {@link #add(Device)}: the names are then checked for repeats when built. */
    private boolean devicesToCheck;
    /** Each device's name's {@link #upperCase} hash, by place, for the first {@link #hashed} devices. */
    private int[] nameHashes = new int[1024];
    private int hashed;
    /**
     * User IDs, each at the place of its first user: made when the users are first checked one by one
     * ({@link #checkUsers}); null while every user was added counted and unchecked ({@link #addCounted}).
     */
    private NameIndex userPlaces;
    /**
     * User IDs in lower case, each at the place of its first user: made when a user ID with an upper-case letter is
     * first added. Until then every ID is its own lower case, and {@link #userPlaces} finds the users.
     */
    private NameIndex userIdsFolded;
    private final Map<String, Source> profileNames = new HashMap<>();
    private final UserIds userIds = new UserIds();
    /** By place, the number of each user, of each device's owner, of each profile's user ({@link UserNumbers}). */
    private final Numbers userNumbers = new Numbers();
    private final Numbers ownerNumbers = new Numbers();
    private final Numbers profileNumbers = new Numbers();
    private final Numbers rdpNumbers = new Numbers();
    /** Whether every user added so far came with a number: only then are the numbers given to the inventory. */
    private boolean usersNumbered = true;
    private boolean usersExported;
    private AxlMerge axl;

    public InventoryBuilder(String cluster) {
        this(cluster, ReadLimits.DEFAULT);
    }

    public InventoryBuilder(String cluster, ReadLimits limits) {
        this(cluster, limits, Fields.ALL);
    }

    /** With {@link Fields#LICENSING}, readers may leave out what the license rules do not read. */
    public InventoryBuilder(String cluster, ReadLimits limits, Fields fields) {
        this.cluster = cluster;
        this.limits = limits;
        this.fields = fields;
    }

    /** Which fields the records need. */
    Fields fields() {
        return fields;
    }

    /** How much one export may hold before the readers refuse it. */
    public ReadLimits limits() {
        return limits;
    }

    public void input(String name) {
        inputs.add(name);
    }

    /** Marks that a users export was read, even an empty one: owners are then checked against it (R14). */
    public void usersExported() {
        usersExported = true;
    }

    /**
     * The cluster's String for a user ID, so that every record naming the user (its user record, the devices it owns,
     * its profiles) holds the same String rather than a copy from each file.
     */
    String userId(String id) {
        return userIds.of(id);
    }

    /** The cluster's user IDs, for readers making records on other threads. */
    UserIds userIds() {
        return userIds;
    }

    /**
     * Adds a device. A device whose name an earlier device has (case-insensitively, as CUCM compares them) is left
     * out with a warning when the inventory is built ({@link #dropRepeatedDeviceNames}): a million devices are not
     * looked up one by one, in turn, on this thread while the workers read.
     */
    public void add(Device device) {
        add(device, UserNumbers.NONE);
    }

    /** Adds a device whose owner's ID {@link #userIds()} numbered: the number it gave. */
    void add(Device device, int ownerNumber) {
        hashNames(devices.size());
        if (nameHashes.length == devices.size()) nameHashes = Arrays.copyOf(nameHashes, devices.size() * 2);
        // Hashed now, while the name a worker has just made is likely still in the processor's cache.
        nameHashes[devices.size()] = upperCase(device.name()).hashCode();
        hashed++;
        devices.add(device);
        ownerNumbers.add(ownerNumber);
        devicesToCheck = true;
    }

    /**
     * Adds a device whose name no device added so far has (the AXL merge's, when no CSV file gave devices): its name
     * is hashed for the repeat check only if another device is added by {@link #add(Device)}.
     */
    void addNew(Device device, int ownerNumber) {
        devices.add(device);
        ownerNumbers.add(ownerNumber);
    }

    /** Hashes the names of the devices added by {@link #addNew} before place {@code to}. */
    private void hashNames(int to) {
        if (hashed >= to) return;
        if (nameHashes.length < to) nameHashes = Arrays.copyOf(nameHashes, Math.max(to, nameHashes.length * 2));
        for (; hashed < to; hashed++) nameHashes[hashed] = upperCase(devices.get(hashed).name()).hashCode();
    }

    boolean hasDevices() {
        return !devices.isEmpty();
    }

    /** Makes room for about this many devices at once: a large export's size says how many it holds. */
    void expectDevices(long count) {
        int more = (int) Math.min(count, 1 << 26);
        devices.ensureCapacity(devices.size() + more);
        if (nameHashes.length < devices.size() + more) nameHashes = Arrays.copyOf(nameHashes, devices.size() + more);
        ownerNumbers.expect(devices.size() + more);
    }

    /** Makes room for about this many users at once: a large users export's size says how many it holds. */
    void expectUsers(long count) {
        int more = (int) Math.min(count, 1 << 26);
        users.ensureCapacity(users.size() + more);
        userNumbers.expect(users.size() + more);
    }

    /**
     * Makes room for about this many more objects, of an AXL response of that operation: each large response is
     * announced when its file is opened, before any is read, so that the tables are made their size once.
     */
    void expect(String op, long count) {
        int objects = (int) Math.min(count, 1 << 26);
        if (op.endsWith("Phone")) {
            expectedDevices = Math.max(expectedDevices, devices.size()) + objects;
            devices.ensureCapacity(expectedDevices);
            ownerNumbers.expect(expectedDevices);
        } else if (op.endsWith("User")) {
            expectedUsers = Math.max(expectedUsers, users.size()) + objects;
            users.ensureCapacity(expectedUsers);
            userNumbers.expect(expectedUsers);
        }
        axl().expect(op, objects);
    }

    /** How many devices and users the AXL responses announced so far ({@link #expect}). */
    private int expectedDevices, expectedUsers;

    public void add(EndUser user) {
        add(user, UserNumbers.NONE);
    }

    /** Adds a user, checked at once, whose ID {@link #userIds()} numbered: the number it gave. */
    void add(EndUser user, int number) {
        usersExported = true;
        checkUsers();
        addChecked(user, number);
    }

    /**
     * A user record of a users export, whose ID the workers counted as they shared it ({@link UserIds#internAll}).
     * While every user so far came this way, it is added unchecked: a million users are not looked up one by one,
     * in turn, on this thread. When the inventory is built, they are checked only if some ID was counted twice or
     * has a capital (a duplicate, or IDs differing only in case); as soon as a user comes another way, at once.
     * {@code number} is the number the workers gave its ID.
     */
    void addCounted(EndUser user, int number) {
        usersExported = true;
        if (userPlaces == null) {
            users.add(user);
            userNumbers.add(number);
            if (number == UserNumbers.NONE) usersNumbered = false;
        } else {
            addChecked(user, number);
        }
    }

    /**
     * Adds a user whose ID no user added so far has exactly (the AXL merge's, when no other file gave users): like
     * {@link #addCounted}, unchecked, so that IDs differing only in case are looked for only if some ID has a capital.
     */
    void addNew(EndUser user, int number) {
        addCounted(user, number);
    }

    boolean hasUsers() {
        return !users.isEmpty();
    }

    /** From here on every user is checked; the users added unchecked so far are checked now, in order. */
    private void checkUsers() {
        if (userPlaces != null) return;
        userPlaces = new NameIndex(Math.max(1024, users.size()));
        List<EndUser> unchecked = new ArrayList<>(users);
        int[] numbers = userNumbers.toArray();
        users.clear();
        userNumbers.clear();
        for (int i = 0; i < unchecked.size(); i++) addChecked(unchecked.get(i), numbers[i]);
    }

    /** Adds the user unless it repeats an earlier user's ID (a warning); warns when an ID differs only in case. */
    private void addChecked(EndUser user, int number) {
        String id = user.userId();
        String folded = id.toLowerCase(Locale.ROOT); // the same String when already lower case
        int firstPlace;
        if (userIdsFolded == null && folded.equals(id)) {
            firstPlace = userPlaces.get(id);
            if (firstPlace < 0) userPlaces.put(id, users.size());
        } else {
            if (userIdsFolded == null) {
                userIdsFolded = new NameIndex(users.size() + 1024);
                for (int i = 0; i < users.size(); i++) userIdsFolded.putIfAbsent(users.get(i).userId(), i);
            }
            firstPlace = userIdsFolded.get(folded);
            if (firstPlace < 0) userIdsFolded.put(folded, users.size());
        }
        if (firstPlace >= 0) {
            EndUser first = users.get(firstPlace);
            if (first.userId().equals(user.userId())) {
                repeatedUser(user.userId(), first.source(), user.source());
                return;
            }
            warn("USER_ID_CASE", "user IDs " + first.userId() + " (" + first.source() + ") and " + user.userId()
                    + " differ only in case; they are counted as two users", user.source());
        }
        users.add(user);
        userNumbers.add(number);
        if (number == UserNumbers.NONE) usersNumbered = false;
    }

    public void add(DeviceProfile profile) {
        add(profile, UserNumbers.NONE);
    }

    /** Adds a device profile whose user's ID {@link #userIds()} numbered: the number it gave. */
    void add(DeviceProfile profile, int userNumber) {
        if (firstOfName(profileNames, "device profile", profile.name(), profile.source())) {
            profiles.add(profile);
            profileNumbers.add(userNumber);
        }
    }

    public void add(RemoteDestinationProfile rdp) {
        add(rdp, UserNumbers.NONE);
    }

    /** Adds a remote destination profile whose user's ID {@link #userIds()} numbered: the number it gave. */
    void add(RemoteDestinationProfile rdp, int userNumber) {
        if (firstOfName(profileNames, "remote destination profile", rdp.name(), rdp.source())) {
            rdps.add(rdp);
            rdpNumbers.add(userNumber);
        }
    }

    /** Whether this is the first record of the name (CUCM device names are unique case-insensitively). */
    private boolean firstOfName(Map<String, Source> seen, String kind, String name, Source source) {
        Source first = seen.putIfAbsent(name.toUpperCase(Locale.ROOT), source);
        if (first == null) return true;
        duplicate(kind, name, first, source);
        return false;
    }

    /**
     * Leaves out every device whose name an earlier device has, case-insensitively, with a warning naming where the
     * first was read; the first is counted. By sorting rather than looking up: each name's hash (made as the device
     * was added) beside its place, radix-sorted (each pass reads in order, where a million lookups would each wait
     * on memory), and only the names of an equal hash compared.
     */
    private void dropRepeatedDeviceNames() {
        int n = devices.size();
        long[] hashes = new long[n];
        int[] places = new int[n];
        hashNames(n);
        for (int i = 0; i < n; i++) {
            hashes[i] = nameHashes[i] & 0xFFFF_FFFFL;
            places[i] = i;
        }
        int[] firstOf = RepeatedNames.firstOf(hashes, places, n, place -> upperCase(devices.get(place).name()));
        if (firstOf == null) return;
        List<Device> kept = new ArrayList<>(n);
        int[] owners = ownerNumbers.toArray();
        ownerNumbers.clear();
        for (int i = 0; i < n; i++) {
            Device device = devices.get(i);
            if (firstOf[i] < 0) {
                nameHashes[kept.size()] = nameHashes[i];
                kept.add(device);
                ownerNumbers.add(owners[i]);
            } else {
                duplicate("device", device.name(), devices.get(firstOf[i]).source(), device.source());
            }
        }
        devices.clear();
        devices.addAll(kept);
        hashed = kept.size();
    }

    /**
     * The name in upper case, {@code name.toUpperCase(Locale.ROOT)}, as CUCM compares device names: the name itself
     * when it is ASCII without a lower-case letter, as device names are, found in one pass. (The JDK's method looks
     * each character up in its tables; with the quick compiler that costs a tenth of a second for a million names.)
     */
    static String upperCase(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x80 || (c >= 'a' && c <= 'z')) return name.toUpperCase(Locale.ROOT);
        }
        return name;
    }

    /** A device or profile ({@code kind}) read again: DUPLICATE_DEVICE; the first record counts. */
    void duplicate(String kind, String name, Source first, Source again) {
        warn("DUPLICATE_DEVICE", kind + " " + name + " appears again (first at " + first
                + "); the first record is counted", again);
    }

    /**
     * A user read again: DUPLICATE_USER, and the first time the two records are in different folders, FOLDERS_MERGED.
     * Every EXPORT of one call is one cluster, so a folder holding each cluster's exports in a sub-folder is read as
     * one cluster, whose users (LDAP-synchronised, the same on every cluster) then repeat, and whose devices add up
     * per user as no cluster's do.
     */
    void repeatedUser(String userId, Source first, Source again) {
        warn("DUPLICATE_USER", "user " + userId + " appears again (first at " + first + "); the first record is "
                + "counted", again);
        if (foldersMerged || sameFolder(first.file(), again.file())) return;
        foldersMerged = true;
        warn("FOLDERS_MERGED", "users repeat across " + folder(first.file()) + " and " + folder(again.file()) + " ("
                + userId + " first)"
                + ", all read as one cluster; when they are exports of different clusters, read each as its own with "
                + "--cluster NAME=FOLDER", again);
    }

    /** The folder of a file as the user named it ("." for a bare name, standard input as itself). */
    private static String folder(String file) {
        if (file.equals(InputFile.STDIN_NAME)) return file;
        int end = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return end < 0 ? "." : end == 0 ? file.substring(0, 1) : file.substring(0, end);
    }

    /** Whether two files are in one folder, however each was named (relative, absolute, "a/../b"). */
    private static boolean sameFolder(String a, String b) {
        if (a.equals(InputFile.STDIN_NAME) || b.equals(InputFile.STDIN_NAME)) return a.equals(b);
        try {
            return Objects.equals(Path.of(a).toAbsolutePath().normalize().getParent(),
                    Path.of(b).toAbsolutePath().normalize().getParent());
        } catch (InvalidPathException e) {
            return folder(a).equals(folder(b));
        }
    }

    public void warn(String code, String message, Source source) {
        warnings.add(new Warning(code, message, source));
    }

    /** What this cluster's AXL responses said so far; merged into the inventory when it is built. */
    AxlMerge axl() {
        if (axl == null) axl = new AxlMerge();
        return axl;
    }

    /** The names of the user device profiles added so far, upper case. */
    java.util.Set<String> deviceProfileNames() {
        java.util.Set<String> names = new java.util.HashSet<>();
        profiles.forEach(p -> names.add(p.name().toUpperCase(Locale.ROOT)));
        return names;
    }

    /** The user device profiles added so far that name no user. */
    List<String> deviceProfilesWithoutUser() {
        return profiles.stream().filter(p -> p.userId() == null || p.userId().isEmpty()).map(DeviceProfile::name)
                .toList();
    }

    public Inventory build() {
        if (axl != null) {
            AxlMerge merged = axl;
            axl = null;
            merged.finish(this);
        }
        if (userIds.repeatedUserIds() > 0 || !userIds.allLowerCase()) checkUsers();
        if (devicesToCheck) dropRepeatedDeviceNames();
        UserNumbers numbers = usersNumbered ? new UserNumbers(userNumbers.array(), ownerNumbers.array(),
                profileNumbers.array(), rdpNumbers.array(), userIds.numbers()) : null;
        return new Inventory(cluster, users, devices, profiles, rdps, usersExported, inputs, warnings, numbers);
    }

    /** A growing list of ints, with no object per number. */
    private static final class Numbers {

        private int[] numbers = new int[1024];
        private int size;

        void add(int number) {
            if (size == numbers.length) numbers = Arrays.copyOf(numbers, size * 2);
            numbers[size++] = number;
        }

        void expect(int count) {
            if (numbers.length < count) numbers = Arrays.copyOf(numbers, count);
        }

        void clear() {
            size = 0;
        }

        int[] toArray() {
            return Arrays.copyOf(numbers, size);
        }

        /** The numbers, at least as many as were added: a million are not copied again to trim the array. */
        int[] array() {
            return numbers;
        }
    }
}
