package ucount.util;

/**
 * Names to their places in a list, for the million device names and hundreds of thousands of user IDs of a large
 * cluster, each looked up once per record: open addressing over two arrays, with no object per entry (a hash map's
 * entries would be a million objects to allocate, promote and collect). At that size every lookup waits for memory,
 * so a slot's hash and place share one number: probing reads one array, and a name's text is read only when the
 * hashes are equal. Names are compared exactly; callers fold case where they need to.
 *
 * <p>One lookup waits for memory three or four times in turn (the slot, the key, the key's String, its text), each
 * read needing the one before. Callers with many names to look up at once call {@link #prefetch} first, which makes
 * the same reads for all of them a step at a time, so that the processor waits for many reads at once rather than
 * for each in turn; the lookups then find what they read in the cache.
 */
public final class NameIndex {

    private String[] keys;
    /** A slot's hash in the high half, its place + 1 in the low half; 0 for an empty slot. */
    private long[] slots;
    private int size;

    public NameIndex(int expected) {
        allocate(capacityFor(expected));
    }

    /**
     * Slots for that many names, two thirds full: any number of them, not a power of two (which, past a million
     * names, is up to twice the memory; a slot is found by {@link #home}, not by masking the hash).
     */
    private static int capacityFor(int names) {
        return (int) Math.min(Math.max(16, names * 3L / 2), Integer.MAX_VALUE - 8);
    }

    private void allocate(int capacity) {
        keys = new String[capacity];
        slots = new long[capacity];
    }

    /** The place of the name, or -1. */
    public int get(String name) {
        return (int) slots[slot(name)] - 1;
    }

    /**
     * Reads what looking up {@code names[from..to)} (nulls skipped) will read, so that the lookups that follow find
     * it in the processor's cache: a hint, which changes nothing. Each step's reads are independent of each other, so
     * the processor makes them together. Worth it for names read from a file, whose lookups compare them with the
     * keys' text, and for tens to thousands at a time: the reads of many more would not stay in the cache until their
     * lookups. (A name that is the very String of its key, found by identity, gains nothing: measured.)
     */
    public void prefetch(String[] names, int from, int to) {
        int[] slot = new int[to - from];
        String[] key = new String[to - from];
        long read = 0;
        for (int i = from; i < to; i++) slot[i - from] = names[i] == null ? 0 : home(hash(names[i])); // the name
        for (int s : slot) read += slots[s];
        for (int i = 0; i < slot.length; i++) {
            key[i] = keys[slot[i]];
            if (key[i] != null) read += key[i].hashCode(); // the String
        }
        for (String k : key) if (k != null) read += k.length(); // its text, beside its length
        this.read = read;
    }

    /** Where {@link #prefetch} leaves what it read, so that no compiler drops the reads. */
    private long read;

    /** Adds the name at the place unless it is there already; whether it was added. */
    public boolean putIfAbsent(String name, int place) {
        int slot = slot(name);
        if (slots[slot] != 0) return false;
        add(slot, name, place);
        return true;
    }

    /**
     * The slot of the name, for {@link #keyAt} and {@link #placeAt}; when the name is new, added at {@code place}
     * first. The String kept there is the first one added: a reader gives it to every record naming the same user,
     * so that a million records hold one String per user rather than a copy each.
     */
    public int find(String name, int place) {
        int slot = slot(name);
        if (slots[slot] != 0) return slot;
        int capacity = keys.length;
        add(slot, name, place);
        return keys.length == capacity ? slot : slot(name); // moved when the table grew
    }

    /** The name kept in a slot {@link #find} gave: the first String added for it. */
    public String keyAt(int slot) {
        return keys[slot];
    }

    /** The place of the name in a slot {@link #find} gave. */
    public int placeAt(int slot) {
        return (int) slots[slot] - 1;
    }

    /** Adds the name at the place, or moves it there when it is in already. */
    public void put(String name, int place) {
        int slot = slot(name);
        if (slots[slot] == 0) {
            add(slot, name, place);
        } else {
            checkPlace(place);
            slots[slot] = (slots[slot] & 0xFFFF_FFFF_0000_0000L) | (place + 1);
        }
    }

    /** Makes room for this many names in all, at once rather than by doubling. */
    public void expect(int names) {
        if (names * 4L > keys.length * 3L && names < (1 << 29)) grow(capacityFor(names));
    }

    /** The number of names. */
    public int size() {
        return size;
    }

    /** The slot holding the name, or the empty slot where it would go. */
    private int slot(String name) {
        int hash = hash(name);
        for (int slot = home(hash); ; slot = next(slot)) {
            long s = slots[slot];
            if (s == 0) return slot;
            if ((int) (s >>> 32) == hash) {
                String key = keys[slot];
                if (key == name || key.equals(name)) return slot;
            }
        }
    }

    /** The first slot a hash is looked for in: its place among the slots in proportion, from its high bits. */
    private int home(int hash) {
        return (int) ((hash & 0xFFFF_FFFFL) * keys.length >>> 32);
    }

    /** The slot after this one, the first after the last. */
    private int next(int slot) {
        return slot + 1 == keys.length ? 0 : slot + 1;
    }

    private static void checkPlace(int place) {
        if (place < 0 || place == Integer.MAX_VALUE) throw new IllegalArgumentException("place " + place);
    }

    private void add(int slot, String name, int place) {
        checkPlace(place);
        keys[slot] = name;
        slots[slot] = (long) hash(name) << 32 | (place + 1);
        if (++size * 4 > keys.length * 3) grow(keys.length * 2); // three quarters full at most: short probes
    }

    private void grow(int capacity) {
        String[] oldKeys = keys;
        long[] oldSlots = slots;
        allocate(capacity);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldSlots[i] == 0) continue;
            int slot = home((int) (oldSlots[i] >>> 32));
            while (slots[slot] != 0) slot = next(slot);
            keys[slot] = oldKeys[i];
            slots[slot] = oldSlots[i];
        }
    }

    /**
     * The String's hash, its bits mixed (MurmurHash3's finalizer) so that every one depends on all of them: the high
     * ones pick the slot, and callers may split names among tables by some bits of a hash of their own
     * ({@code UserIds} by the top bits of {@code hashCode() * 0x9E3779B9}), which must not leave a table's names
     * crowded in one part of it.
     */
    static int hash(String name) {
        // Kept within 35 bytes of bytecode, so that the quick compiler copies it into its callers (every lookup)
        int h = name.hashCode();
        h = (h ^ (h >>> 16)) * 0x85EBCA6B;
        h = (h ^ (h >>> 13)) * 0xC2B2AE35;
        return h ^ (h >>> 16);
    }
}
