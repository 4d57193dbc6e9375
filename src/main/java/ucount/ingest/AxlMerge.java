package ucount.ingest;

import ucount.model.Device;
import ucount.model.DeviceProfile;
import ucount.model.EndUser;
import ucount.model.RemoteDestinationProfile;
import ucount.model.Source;
import ucount.model.UserNumbers;
import ucount.util.NameIndex;
import ucount.util.RepeatedNames;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Joins what the AXL responses of one cluster say about each object, then hands the inventory one record per
 * object. AXL spreads an object over several calls (listUser has no associations, listPhone no lines), so:
 * <ul>
 * <li>Responses of different operations about the same object merge: a field one did not carry is taken from
 *     another, lists (lines, associated devices, profiles) are joined. A getPhone enriching a listPhone record, or a
 *     getUser adding associations to a listUser record, is the expected case and says nothing.</li>
 * <li>An empty value gives way to a non-empty one (a NULL from an outer join, a field set between two saves).
 *     When two responses give different non-empty values, the more specific one wins (get &gt; list &gt;
 *     executeSQLQuery &gt; a getUser's list of remote destination profiles) and an AXL_CONFLICT warning names
 *     both.</li>
 * <li>The same object twice in responses of one operation (overlapping listPhone pages, two getUser files for one
 *     user) is a duplicate, as in CSV: the first counts, DUPLICATE_DEVICE / DUPLICATE_USER. executeSQLQuery rows
 *     merge instead, because a join on lines repeats a device once per line.</li>
 * </ul>
 * Device and profile names are matched case-insensitively (CUCM's rule), user IDs exactly.
 */
final class AxlMerge {

    enum Kind {
        DEVICE("device"), USER("user"), DEVICE_PROFILE("device profile"), RDP("remote destination profile");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** Field names of drafts. */
    static final String NAME = "name", DESCRIPTION = "description", MODEL = "model", OWNER = "owner",
            PROTOCOL = "protocol", MOBILITY_USER = "mobilityUser", PRIMARY_PHONE = "primaryPhone", USER = "user",
            FIRST_NAME = "firstName", LAST_NAME = "lastName", TELEPHONE = "telephoneNumber",
            PRIMARY_EXTENSION = "primaryExtension", MAIL = "mailid", ENABLE_MOBILITY = "enableMobility",
            IM_AND_PRESENCE = "imAndPresenceEnable";
    /** List names of drafts. */
    static final String LINES = "lines", USER_IDS = "userIds", DEVICES = "devices", PROFILES = "profiles";
    /** Every list name, in slot order. */
    private static final List<String> LISTS = List.of(LINES, USER_IDS, DEVICES, PROFILES);
    /**
     * What the license rules do not read (as for CSV, {@link Fields#LICENSING}): left out of the drafts of an estimate,
     * which at a million phones would otherwise hold a description, lines and associated users per phone.
     */
    private static final Set<String> DETAILS = Set.of(DESCRIPTION, MOBILITY_USER, FIRST_NAME, LAST_NAME, TELEPHONE,
            PRIMARY_EXTENSION, MAIL, LINES, USER_IDS, DEVICES);

    /** Ranks: which operation's value wins a disagreement. */
    static final int RANK_LINK = 0, RANK_SQL = 1, RANK_LIST = 2, RANK_GET = 3;

    /** Every field name, in slot order: a draft keeps its values in an array (a million phones, a million drafts). */
    private static final List<String> FIELDS = List.of(NAME, DESCRIPTION, MODEL, OWNER, PROTOCOL, MOBILITY_USER,
            PRIMARY_PHONE, USER, FIRST_NAME, LAST_NAME, TELEPHONE, PRIMARY_EXTENSION, MAIL, ENABLE_MOBILITY,
            IM_AND_PRESENCE);
    /** For each field slot, then each list slot: whether it is one of the {@link #DETAILS}. */
    private static final boolean[] DETAIL_FIELDS = new boolean[FIELDS.size()], DETAIL_LISTS = new boolean[LISTS.size()];

    static {
        for (int i = 0; i < FIELDS.size(); i++) {
            if (slot(FIELDS.get(i)) != i) throw new IllegalStateException("slot of " + FIELDS.get(i));
            DETAIL_FIELDS[i] = DETAILS.contains(FIELDS.get(i));
        }
        for (int i = 0; i < LISTS.size(); i++) DETAIL_LISTS[i] = DETAILS.contains(LISTS.get(i));
    }

    /** A field's slot in {@link #FIELDS} (a switch: a million drafts each set and read a dozen fields). */
    private static int slot(String field) {
        return switch (field) {
            case NAME -> 0;
            case DESCRIPTION -> 1;
            case MODEL -> 2;
            case OWNER -> 3;
            case PROTOCOL -> 4;
            case MOBILITY_USER -> 5;
            case PRIMARY_PHONE -> 6;
            case USER -> 7;
            case FIRST_NAME -> 8;
            case LAST_NAME -> 9;
            case TELEPHONE -> 10;
            case PRIMARY_EXTENSION -> 11;
            case MAIL -> 12;
            case ENABLE_MOBILITY -> 13;
            case IM_AND_PRESENCE -> 14;
            default -> throw new IllegalArgumentException(field);
        };
    }

    /** What one response says about one object, and later the merged view of all of them. */
    static final class Draft {
        final Kind kind;
        final String id;
        final String op;
        final int rank;
        final Source source;
        final boolean mergesRepeats;
        private final String[] fields = new String[FIELDS.size()];
        /** For each value another response gave, that response (its op, rank and source); null while there is none. */
        private Draft[] givenBy;
        /** The operations merged in besides {@link #op}; null while there is none. */
        private Set<String> otherOps;
        /**
         * Lists by slot ({@link #LISTS}), each without repeats in the order first given; null while none has a value.
         * Lists of an object hold a few values: a list, searched before adding, costs less than a set per list.
         */
        private List<String>[] lists;
        /** Users: whether associated devices and profiles were carried (getUser, enduserdevicemap rows). */
        boolean associations;

        Draft(Kind kind, String id, String op, int rank, Source source) {
            this.kind = kind;
            this.id = id;
            this.op = op;
            this.rank = rank;
            this.source = source;
            this.mergesRepeats = rank <= RANK_SQL;
        }

        /** Sets a field; {@code null} (not carried) leaves it unset. */
        Draft set(String field, String value) {
            if (value != null) fields[slot(field)] = value;
            return this;
        }

        /** Forgets the fields and lists the license rules do not read. */
        void dropDetails() {
            for (int slot = 0; slot < FIELDS.size(); slot++) {
                if (DETAIL_FIELDS[slot]) fields[slot] = null;
            }
            if (lists == null) return;
            boolean any = false;
            for (int slot = 0; slot < LISTS.size(); slot++) {
                if (DETAIL_LISTS[slot]) lists[slot] = null;
                any |= lists[slot] != null;
            }
            if (!any) lists = null;
        }

        /** The response that gave a field's value. */
        private Draft origin(int slot) {
            return givenBy == null || givenBy[slot] == null ? this : givenBy[slot];
        }

        private void put(int slot, String value, Draft from) {
            fields[slot] = value;
            if (from != this && givenBy == null) givenBy = new Draft[FIELDS.size()];
            if (givenBy != null) givenBy[slot] = from == this ? null : from;
        }

        @SuppressWarnings("unchecked")
        Draft add(String list, List<String> values) {
            int slot = LISTS.indexOf(list);
            for (int i = 0; i < values.size(); i++) { // by index: 630k users, no iterator each
                String v = values.get(i);
                if (v == null || v.isEmpty()) continue;
                if (lists == null) lists = (List<String>[]) new List<?>[LISTS.size()];
                if (lists[slot] == null) lists[slot] = new ArrayList<>(2);
                if (!lists[slot].contains(v)) lists[slot].add(v);
            }
            return this;
        }

        String get(String field) {
            return fields[slot(field)];
        }

        String getOrEmpty(String field) {
            String v = get(field);
            return v == null ? "" : v;
        }

        List<String> list(String name) {
            List<String> values = lists == null ? null : lists[LISTS.indexOf(name)];
            return values == null ? List.of() : List.copyOf(values);
        }

        /** Whether a response of this operation was merged into the draft. */
        boolean carriedBy(String operation) {
            return op.equals(operation) || otherOps != null && otherOps.contains(operation);
        }

        void carry(String operation) {
            if (carriedBy(operation)) return;
            if (otherOps == null) otherOps = new HashSet<>(2);
            otherOps.add(operation);
        }
    }

    /** One enduserdevicemap row: a user associated with a device or profile (not ownership, R1). */
    private record Link(String userId, String device, String deviceClass, Source source) {
    }

    /**
     * Every object, in the order first given: while one response alone has named it (a million listPhone items),
     * its record, as the inventory will hold it; once a second one does, its {@link Draft}, merged. A record is
     * about half the memory of a draft, and an estimate's objects then need no second copy when the inventory is
     * built.
     */
    private ArrayList<Object> entries = new ArrayList<>();
    /**
     * For each entry held as a record: the fields its response carried (a bit per slot of {@link #FIELDS}, and
     * {@link #ASSOCIATIONS}), and the response's rank ({@link #RANK_SHIFT} up); what it needs to become a draft
     * again.
     */
    private int[] carried = new int[1024];
    /**
     * The operation of the response that gave each entry, as runs: entries are added in the order responses are
     * read, so the entries from {@code opStarts[i]} on came from {@code opNames[i]}'s responses, up to the next run.
     * (An array of one reference per entry would be 7 MB at a million phones.)
     */
    private int[] opStarts = new int[4];
    private String[] opNames = new String[4];
    private int opRuns;
    /** For each entry held as a record: the number of the user it names ({@link ucount.model.UserNumbers}). */
    private int[] userNumbers = new int[1024];
    /** Bits of {@link #carried}: whether a user's associations were carried; where the rank starts. */
    private static final int ASSOCIATIONS = 1 << FIELDS.size(), RANK_SHIFT = FIELDS.size() + 1,
            KIND_SHIFT = RANK_SHIFT + 2, DRAFT = 1 << KIND_SHIFT + 2;
    private static final Kind[] KINDS = Kind.values();
    /** Per kind, each object's key (user IDs exactly, names in upper case) at its place in {@link #entries}. */
    private final Map<Kind, NameIndex> places = new EnumMap<>(Kind.class);
    /** Each user's place in {@link #entries} by its number (its ID exactly), -1 where none: no lookup by name. */
    private int[] userPlaces = new int[0];
    private final List<Link> links = new ArrayList<>();
    /**
     * Devices go into {@link #places} only once a second response gives devices, or one whose rows may name a device
     * again (SQL): until then they are all one response's ({@link #unindexedDevicesOp}), as a listPhone's million are,
     * and none needs looking up; its repeats are found when the merge finishes, by sorting the names' hashes, as the
     * inventory finds a CSV file's (a lookup of each of a million devices as it comes costs a tenth of the 1M AXL
     * estimate's time).
     */
    private boolean devicesIndexed;
    private String unindexedDevicesOp;
    /** The places of devices that repeat one before them in the same response: warned about, and left out. */
    private final BitSet repeatedDevices = new BitSet();

    /** One object as one response gives it, on the reading thread. */
    void add(Draft incoming, InventoryBuilder out) {
        if (out.fields() == Fields.LICENSING) incoming.dropDetails();
        String userId = out.userIds().of(userIdOf(incoming));
        add(record(incoming, userId), carried(incoming), incoming.op, out.userIds().number(userId), out);
    }

    /**
     * One object as one response ({@code op}) gives it, already made into its record and what it carried
     * ({@link #carried}), as the parse threads hand objects over; {@code userNumber} is the number of the user it
     * names.
     */
    void add(Object record, int bits, String op, int userNumber, InventoryBuilder out) {
        Kind kind = kind(record);
        String id = id(record);
        if (kind == Kind.USER && userNumber == UserNumbers.NONE) userNumber = out.userIds().number(id);
        if (kind == Kind.USER && userNumber != UserNumbers.NONE) { // a user is found by number, not looked up
            int place = userPlace(userNumber);
            if (place < 0) {
                userPlaces(userNumber + 1)[userNumber] = entries.size();
                keep(record, bits, op, userNumber);
            } else {
                merge(draft(place), draftOf(record, bits, op), out);
            }
            return;
        }
        if (kind == Kind.DEVICE && !devicesIndexed) {
            boolean mergesRepeats = (bits >>> RANK_SHIFT & 3) <= RANK_SQL;
            if (!mergesRepeats && (unindexedDevicesOp == null || unindexedDevicesOp.equals(op))) {
                unindexedDevicesOp = op;
                keep(record, bits, op, userNumber);
                return;
            }
            indexDevices(out);
        }
        NameIndex index = places.computeIfAbsent(kind, k -> new NameIndex(1024));
        String key = kind == Kind.USER ? id : InventoryBuilder.upperCase(id);
        int place = index.get(key);
        if (place < 0) {
            index.putIfAbsent(key, entries.size());
            keep(record, bits, op, userNumber);
            return;
        }
        merge(draft(place), draftOf(record, bits, op), out);
    }

    /** Puts the devices kept so far into {@link #places}, in the order they came; a repeat is warned about. */
    private void indexDevices(InventoryBuilder out) {
        devicesIndexed = true;
        int[] devices = devicePlaces();
        NameIndex index = places.computeIfAbsent(Kind.DEVICE, k -> new NameIndex(1024));
        index.expect(Math.max(expectedOf[Kind.DEVICE.ordinal()], devices.length));
        for (int place : devices) {
            String key = InventoryBuilder.upperCase(id(entries.get(place)));
            int first = index.get(key);
            if (first < 0) index.putIfAbsent(key, place);
            else repeatedDevice(first, place, out);
        }
    }

    /** The repeats among the devices of the one response that gave devices, never indexed: by their names' hashes. */
    private void findRepeatedDevices(InventoryBuilder out) {
        int[] devices = devicePlaces();
        long[] hashes = new long[devices.length];
        for (int i = 0; i < devices.length; i++) {
            hashes[i] = InventoryBuilder.upperCase(id(entries.get(devices[i]))).hashCode() & 0xFFFF_FFFFL;
        }
        int[] firstOf = RepeatedNames.firstOf(hashes, devices, entries.size(),
                place -> InventoryBuilder.upperCase(id(entries.get(place))));
        if (firstOf == null) return;
        for (int place = 0; place < firstOf.length; place++) {
            if (firstOf[place] >= 0) repeatedDevice(firstOf[place], place, out);
        }
    }

    /** The places of the devices among the entries, in order. */
    private int[] devicePlaces() {
        return java.util.stream.IntStream.range(0, entries.size()).filter(place -> kindAt(place) == Kind.DEVICE)
                .toArray();
    }

    /** A device named again by the response that named it first: warned about as a merge of the two would be. */
    private void repeatedDevice(int first, int place, InventoryBuilder out) {
        repeatedDevices.set(place);
        Object entry = entries.get(place);
        out.duplicate(Kind.DEVICE.label, id(entry), source(entries.get(first)), source(entry));
    }

    private void merge(Draft existing, Draft incoming, InventoryBuilder out) {
        if (existing.carriedBy(incoming.op) && !incoming.mergesRepeats) {
            if (incoming.kind == Kind.USER) {
                out.repeatedUser(incoming.id, existing.source, incoming.source);
            } else {
                out.duplicate(incoming.kind.label, incoming.id, existing.source, incoming.source);
            }
            return;
        }
        for (int slot = 0; slot < FIELDS.size(); slot++) {
            String in = incoming.fields[slot];
            if (in == null) continue;
            String now = existing.fields[slot];
            Draft inFrom = incoming.origin(slot);
            if (now == null || now.isEmpty() && !in.isEmpty()) {
                existing.put(slot, in, inFrom);
            } else if (!in.isEmpty() && !now.equals(in)) {
                Draft nowFrom = existing.origin(slot);
                Draft winner = inFrom.rank > nowFrom.rank ? inFrom : nowFrom;
                out.warn("AXL_CONFLICT", incoming.kind.label + " " + existing.id + ": " + FIELDS.get(slot) + " is '"
                        + now + "' in " + nowFrom.op + " (" + nowFrom.source + ") but '" + in + "' in " + inFrom.op
                        + "; the " + winner.op + " value is used", inFrom.source);
                existing.put(slot, winner == inFrom ? in : now, winner);
            }
        }
        if (incoming.lists != null) {
            for (int slot = 0; slot < LISTS.size(); slot++) {
                if (incoming.lists[slot] != null) existing.add(LISTS.get(slot), incoming.lists[slot]);
            }
        }
        existing.associations |= incoming.associations;
        existing.carry(incoming.op);
    }

    void link(String userId, String device, String deviceClass, Source source) {
        links.add(new Link(userId, device, deviceClass, source));
    }

    /** Applies the association rows, hands every merged object to the builder, and says what was not exported. */
    void finish(InventoryBuilder out) {
        if (!devicesIndexed) findRepeatedDevices(out);
        applyLinks(out);
        missingFields(out, out.deviceProfilesWithoutUser());
        // Merged drafts become records: each is let go as soon as its record is made. The merge's devices have
        // names unique among them, and its users' IDs: when no other file gave devices or users, none is looked up
        // again.
        boolean onlyDevices = !out.hasDevices();
        boolean onlyUsers = !out.hasUsers();
        places.clear();
        userPlaces = new int[0];
        for (int i = 0; i < entries.size(); i++) {
            Object entry = entries.set(i, null);
            if (repeatedDevices.get(i)) continue;
            int number = userNumbers[i];
            if (entry instanceof Draft d) { // merged: its user may have changed
                if (out.fields() == Fields.LICENSING) d.dropDetails(); // association rows may have added some
                String userId = out.userIds().of(userIdOf(d));
                entry = record(d, userId);
                number = out.userIds().number(userId);
            }
            if (entry instanceof Device device) {
                if (onlyDevices) out.addNew(device, number);
                else out.add(device, number);
            }
            else if (entry instanceof EndUser user) {
                if (onlyUsers) out.addNew(user, number);
                else out.add(user, number);
            }
            else if (entry instanceof DeviceProfile profile) out.add(profile, number);
            else out.add((RemoteDestinationProfile) entry, number);
        }
        entries.clear();
    }

    // ---- entries ------------------------------------------------------------------------------------------------

    /**
     * Makes room for about this many more objects, of a response of that operation: announced for every large
     * response before any is read, so that the tables are made their size once (each one outgrown would stay in the
     * old generation).
     */
    void expect(String op, int objects) {
        Kind kind = op.endsWith("Phone") ? Kind.DEVICE : op.endsWith("User") ? Kind.USER
                : op.endsWith("RemoteDestinationProfile") ? Kind.RDP : op.endsWith("DeviceProfile") ? Kind.DEVICE_PROFILE
                : null;
        if (kind == null) return;
        if (kind != Kind.USER) {
            NameIndex index = places.get(kind);
            int before = Math.max(expectedOf[kind.ordinal()], index == null ? 0 : index.size());
            expectedOf[kind.ordinal()] = before + objects;
            // Devices are indexed only if a second response gives some (devicesIndexed), then at this size.
            if (kind != Kind.DEVICE) {
                places.computeIfAbsent(kind, k -> new NameIndex(1024)).expect(expectedOf[kind.ordinal()]);
            }
        }
        expected = Math.max(expected, entries.size()) + objects;
        // Made its size at once: grown, it would be half as large again (9.3 MB for 7 at a million objects).
        if (entries.isEmpty()) entries = new ArrayList<>(expected);
        else entries.ensureCapacity(expected);
        if (expected > carried.length) {
            carried = java.util.Arrays.copyOf(carried, expected);
            userNumbers = java.util.Arrays.copyOf(userNumbers, expected);
        }
    }

    /** How many objects the responses announced so far ({@link #expect}): in all, and by kind. */
    private int expected;
    private final int[] expectedOf = new int[KINDS.length];

    /** A new object: kept as its record, with what its response carried, until another response names it. */
    private void keep(Object record, int bits, String op, int userNumber) {
        int place = entries.size();
        if (place == carried.length) {
            carried = java.util.Arrays.copyOf(carried, place * 2);
            userNumbers = java.util.Arrays.copyOf(userNumbers, place * 2);
        }
        carried[place] = bits;
        if (opRuns == 0 || !opNames[opRuns - 1].equals(op)) {
            if (opRuns == opStarts.length) {
                opStarts = java.util.Arrays.copyOf(opStarts, opRuns * 2);
                opNames = java.util.Arrays.copyOf(opNames, opRuns * 2);
            }
            opStarts[opRuns] = place;
            opNames[opRuns++] = op;
        }
        userNumbers[place] = userNumber;
        entries.add(record);
    }

    /** What a draft carried: a bit per field given (even empty), its associations, and its rank. */
    static int carried(Draft d) {
        int bits = d.kind.ordinal() << KIND_SHIFT | d.rank << RANK_SHIFT | (d.associations ? ASSOCIATIONS : 0);
        for (int slot = 0; slot < FIELDS.size(); slot++) {
            if (d.fields[slot] != null) bits |= 1 << slot;
        }
        return bits;
    }

    /**
     * The user ID a draft names: a user's own, a device's owner (null when not carried), a profile's user. What
     * {@link #record} takes as the cluster's String for it.
     */
    static String userIdOf(Draft d) {
        return switch (d.kind) {
            case USER -> d.id;
            case DEVICE -> d.get(OWNER);
            case DEVICE_PROFILE, RDP -> d.getOrEmpty(USER);
        };
    }

    /** The record a draft makes, {@code userId} the cluster's String for its {@link #userIdOf}. */
    static Object record(Draft d, String userId) {
        return switch (d.kind) {
            case DEVICE -> new Device(d.id, d.getOrEmpty(DESCRIPTION), d.getOrEmpty(MODEL), userId,
                    d.getOrEmpty(PROTOCOL), d.list(LINES), d.list(USER_IDS), d.getOrEmpty(MOBILITY_USER),
                    d.get(PRIMARY_PHONE), d.source); // null when no response carried it: R21 cannot be told
            case USER -> new EndUser(userId, d.getOrEmpty(FIRST_NAME), d.getOrEmpty(LAST_NAME),
                    d.getOrEmpty(TELEPHONE), d.getOrEmpty(PRIMARY_EXTENSION), d.getOrEmpty(MAIL),
                    bool(d.get(ENABLE_MOBILITY)), bool(d.get(IM_AND_PRESENCE)), d.list(DEVICES), d.list(PROFILES),
                    d.source);
            case DEVICE_PROFILE -> new DeviceProfile(d.id, d.getOrEmpty(MODEL), userId, d.source);
            case RDP -> new RemoteDestinationProfile(d.id, userId, d.source);
        };
    }

    private static Boolean bool(String value) {
        return value == null || value.isEmpty() ? null : Boolean.valueOf(value);
    }

    /** The object at a place as a draft, made again from its record when it is still kept as one. */
    private Draft draft(int place) {
        Object entry = entries.get(place);
        if (entry instanceof Draft d) return d;
        Draft d = draftOf(entry, carried[place], opAt(place));
        entries.set(place, d);
        carried[place] |= DRAFT;
        return d;
    }

    /** The operation of the response that gave the entry at a place. */
    private String opAt(int place) {
        int run = java.util.Arrays.binarySearch(opStarts, 0, opRuns, place);
        return opNames[run >= 0 ? run : -run - 2];
    }

    /** The draft a record was made from, given what it carried ({@link #carried}) and its response. */
    private static Draft draftOf(Object entry, int bits, String op) {
        Draft d = new Draft(kind(entry), id(entry), op, bits >>> RANK_SHIFT & 3, source(entry));
        if (entry instanceof Device x) {
            d.fields[slot(DESCRIPTION)] = x.description();
            d.fields[slot(MODEL)] = x.model();
            d.fields[slot(OWNER)] = x.ownerUserId();
            d.fields[slot(PROTOCOL)] = x.protocol();
            d.fields[slot(MOBILITY_USER)] = x.mobilityUserId();
            d.fields[slot(PRIMARY_PHONE)] = x.primaryPhone();
            d.add(LINES, x.directoryNumbers()).add(USER_IDS, x.userIds());
        } else if (entry instanceof EndUser x) {
            d.fields[slot(FIRST_NAME)] = x.firstName();
            d.fields[slot(LAST_NAME)] = x.lastName();
            d.fields[slot(TELEPHONE)] = x.telephoneNumber();
            d.fields[slot(PRIMARY_EXTENSION)] = x.primaryExtension();
            d.fields[slot(MAIL)] = x.mailId();
            d.fields[slot(ENABLE_MOBILITY)] = x.enableMobility() == null ? "" : x.enableMobility().toString();
            d.fields[slot(IM_AND_PRESENCE)] = x.imAndPresence() == null ? "" : x.imAndPresence().toString();
            d.add(DEVICES, x.controlledDevices()).add(PROFILES, x.controlledProfiles());
            d.associations = (bits & ASSOCIATIONS) != 0;
        } else if (entry instanceof DeviceProfile x) {
            d.fields[slot(MODEL)] = x.model();
            d.fields[slot(USER)] = x.userId();
        } else {
            d.fields[slot(USER)] = ((RemoteDestinationProfile) entry).userId();
        }
        // A field the response did not carry is null in a draft, where the record has "" (or null).
        for (int slot = 0; slot < FIELDS.size(); slot++) {
            if ((bits & 1 << slot) == 0) d.fields[slot] = null;
            else if (d.fields[slot] == null) d.fields[slot] = "";
        }
        return d;
    }

    /** The place of the user with that number, or -1. */
    private int userPlace(int number) {
        return number >= 0 && number < userPlaces.length ? userPlaces[number] : -1;
    }

    /** {@link #userPlaces}, with room for numbers below {@code numbers}. */
    private int[] userPlaces(int numbers) {
        if (userPlaces.length < numbers) {
            int length = userPlaces.length;
            userPlaces = java.util.Arrays.copyOf(userPlaces, Math.max(numbers, length * 2));
            java.util.Arrays.fill(userPlaces, length, userPlaces.length, -1);
        }
        return userPlaces;
    }

    /** The draft of the user with exactly this ID, or null. */
    private Draft user(String userId, InventoryBuilder out) {
        int place = userPlace(out.userIds().numberIfKnown(userId));
        if (place < 0) place = places.containsKey(Kind.USER) ? places.get(Kind.USER).get(userId) : -1;
        return place < 0 ? null : draft(place);
    }

    private static Kind kind(Object entry) {
        if (entry instanceof Draft d) return d.kind;
        if (entry instanceof Device) return Kind.DEVICE;
        if (entry instanceof EndUser) return Kind.USER;
        return entry instanceof DeviceProfile ? Kind.DEVICE_PROFILE : Kind.RDP;
    }

    private static String id(Object entry) {
        if (entry instanceof Draft d) return d.id;
        if (entry instanceof Device x) return x.name();
        if (entry instanceof EndUser x) return x.userId();
        return entry instanceof DeviceProfile x ? x.name() : ((RemoteDestinationProfile) entry).name();
    }

    private static Source source(Object entry) {
        if (entry instanceof Draft d) return d.source;
        if (entry instanceof Device x) return x.source();
        if (entry instanceof EndUser x) return x.source();
        return entry instanceof DeviceProfile x ? x.source() : ((RemoteDestinationProfile) entry).source();
    }

    /** The kind of the object at a place, without reading the object (a million of them, scattered). */
    private Kind kindAt(int place) {
        return KINDS[carried[place] >>> KIND_SHIFT & 3];
    }

    /** Whether the object at a place carried a field (a slot of {@link #FIELDS}, or {@link #ASSOCIATIONS}). */
    private boolean carries(int place, int bit) {
        if ((carried[place] & DRAFT) == 0) return (carried[place] & bit) != 0;
        Draft d = (Draft) entries.get(place);
        if (bit == ASSOCIATIONS) return d.associations;
        return d.fields[Integer.numberOfTrailingZeros(bit)] != null;
    }

    private static int bit(String field) {
        return 1 << slot(field);
    }

    // ---- association rows and missing fields ---------------------------------------------------------------

    private void applyLinks(InventoryBuilder out) {
        if (links.isEmpty()) return;
        Set<String> profileNames = new HashSet<>(out.deviceProfileNames());
        for (Object entry : entries) {
            if (kind(entry) == Kind.DEVICE_PROFILE) profileNames.add(id(entry).toUpperCase(Locale.ROOT));
        }
        Map<String, Link> unknownUsers = new LinkedHashMap<>();
        for (Link link : links) {
            Draft user = user(link.userId, out);
            if (user == null) {
                unknownUsers.putIfAbsent(link.userId, link);
                continue;
            }
            boolean profile = link.deviceClass != null && !link.deviceClass.isEmpty()
                    ? AxlItems.isDeviceProfileClass(link.deviceClass)
                    : profileNames.contains(link.device.toUpperCase(Locale.ROOT));
            user.add(profile ? PROFILES : DEVICES, List.of(link.device));
        }
        // The enduserdevicemap query covers the whole cluster: every user's associations are now known.
        for (int place = 0; place < entries.size(); place++) {
            Object entry = entries.get(place);
            if (entry instanceof Draft d && d.kind == Kind.USER) d.associations = true;
            else if (entry instanceof EndUser) carried[place] |= ASSOCIATIONS;
        }
        unknownUsers.values().forEach(link -> out.warn("UNKNOWN_USER", "enduserdevicemap rows name user '"
                + link.userId + "', who is not among the AXL users; the association is ignored", link.source));
    }

    /** A field a result depends on ({@link #carries} bit), missing from some objects of a kind. */
    private record Check(Kind kind, int bit, String noun, String problem) {
    }

    /** MISSING_FIELD: a result that depends on a field some response did not carry says so (formats.md section 2). */
    private void missingFields(InventoryBuilder out, List<String> csvProfilesWithoutUser) {
        missing(out, List.of(
                new Check(Kind.DEVICE, bit(OWNER), "phone", "no ownerUserName (userid in executeSQLQuery rows), and "
                        + "no other response gives it: counted as unassigned (R14); request ownerUserName in "
                        + "returnedTags"),
                new Check(Kind.DEVICE, bit(MODEL), "phone", "no model, and no other response gives it: counted as an "
                        + "unknown model (R15); request model in returnedTags"),
                new Check(Kind.USER, bit(ENABLE_MOBILITY), "user", "no enableMobility, and no other response gives "
                        + "it: mobility users (R4) are found only through remote destination profiles; request "
                        + "enableMobility in returnedTags"),
                new Check(Kind.USER, bit(IM_AND_PRESENCE), "user", "no imAndPresenceEnable, and no other response "
                        + "gives it: IM and Presence users (R6) cannot be seen; request imAndPresenceEnable in "
                        + "returnedTags"),
                new Check(Kind.RDP, bit(USER), "remote destination profile", "no userId, and no getUser names it: "
                        + "its user's mobility (R4) cannot be seen; request userId in returnedTags")));

        List<String> orphanProfiles = new ArrayList<>();
        for (int place = 0; place < entries.size(); place++) {
            if (kindAt(place) != Kind.DEVICE_PROFILE) continue;
            Object entry = entries.get(place);
            if (entry instanceof Draft d ? d.getOrEmpty(USER).isEmpty() : ((DeviceProfile) entry).userId().isEmpty()) {
                orphanProfiles.add(id(entry));
            }
        }
        orphanProfiles.addAll(csvProfilesWithoutUser);
        if (orphanProfiles.isEmpty()) return;
        Set<String> claimed = new HashSet<>();
        for (int place = 0; place < entries.size(); place++) {
            if (kindAt(place) != Kind.USER) continue;
            Object entry = entries.get(place);
            List<String> profiles = entry instanceof Draft d ? d.list(PROFILES) : ((EndUser) entry).controlledProfiles();
            for (String p : profiles) claimed.add(p.toUpperCase(Locale.ROOT));
        }
        orphanProfiles.removeIf(p -> claimed.contains(p.toUpperCase(Locale.ROOT)));
        if (orphanProfiles.isEmpty()) return;
        missing(out, List.of(new Check(Kind.USER, ASSOCIATIONS, "user", "no associated devices or phone "
                + "profiles (listUser does not carry them), and no getUser response or enduserdevicemap rows give "
                + "them, while device profile" + (orphanProfiles.size() == 1 ? " " : "s ") + String.join(", ",
                orphanProfiles.stream().sorted().limit(5).toList()) + (orphanProfiles.size() > 5 ? " ..." : "")
                + " name no user: Extension Mobility users (R5) may be missed; export getUser per user or the "
                + "enduserdevicemap rows")));
    }

    /** One warning per check and file naming the objects that lack the field; all checks in one pass. */
    private void missing(InventoryBuilder out, List<Check> checks) {
        List<Map<String, List<Object>>> byFile = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) byFile.add(new TreeMap<>());
        // The bits each kind's checks ask for: a record that carried all of them (nearly every one) is passed over by
        // one test of its bits, and only the others are looked at check by check.
        int[] asked = new int[KINDS.length];
        for (Check check : checks) asked[check.kind.ordinal()] |= check.bit;
        for (int place = 0; place < entries.size(); place++) {
            int bits = carried[place];
            int wanted = asked[bits >>> KIND_SHIFT & 3];
            if (wanted == 0 || (bits & DRAFT) == 0 && (bits & wanted) == wanted || repeatedDevices.get(place)) continue;
            Kind kind = kindAt(place);
            for (int i = 0; i < checks.size(); i++) {
                Check check = checks.get(i);
                if (kind == check.kind && !carries(place, check.bit)) {
                    Object entry = entries.get(place);
                    byFile.get(i).computeIfAbsent(source(entry).file(), f -> new ArrayList<>()).add(entry);
                }
            }
        }
        for (int i = 0; i < checks.size(); i++) {
            Check check = checks.get(i);
            byFile.get(i).forEach((file, found) -> out.warn("MISSING_FIELD", found.size() + " " + check.noun
                    + (found.size() == 1 ? "" : "s") + " (" + names(found) + ") with " + check.problem,
                    source(found.get(0))));
        }
    }

    private static String names(List<Object> found) {
        List<String> ids = found.stream().map(AxlMerge::id).limit(3).toList();
        return String.join(", ", ids) + (found.size() > 3 ? " ..." : "");
    }
}
