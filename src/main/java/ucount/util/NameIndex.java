package ucount.util;

/**
 * Names to their places in a list, for the million device names and hundreds of thousands of user IDs of a large
 * cluster, each looked up once per record: open addressing over two arrays, with no object per entry (a hash map's
 * entries would be a million objects to allocate, promote and collect). Names are compared exactly; callers fold case
 * where they need to. The readers give every record naming a user the same String as the user's record, so a lookup
 * usually ends at an identity check on a String whose hash is already computed.
 */
public final class NameIndex {

    private String[] keys;
    private int[] places;
    private int size;

    public NameIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 4 / 3)) << 1;
        keys = new String[capacity];
        places = new int[capacity];
    }

    /** The place of the name, or -1. */
    public int get(String name) {
        int slot = slot(name);
        return keys[slot] == null ? -1 : places[slot];
    }

    /** Adds the name at the place unless it is there already; whether it was added. */
    public boolean putIfAbsent(String name, int place) {
        int slot = slot(name);
        if (keys[slot] != null) return false;
        add(slot, name, place);
        return true;
    }

    /**
     * The String of this name kept in the index: the first one added; this one, added at {@code place}, when the
     * name is new. A reader gives it to every record naming the same user, so that a million records hold one String
     * per user rather than a copy each.
     */
    public String canonical(String name, int place) {
        int slot = slot(name);
        if (keys[slot] != null) return keys[slot];
        add(slot, name, place);
        return name;
    }

    /** The number of names. */
    public int size() {
        return size;
    }

    /** The slot holding the name, or the empty slot where it would go. */
    private int slot(String name) {
        int mask = keys.length - 1;
        int slot = slot(name, mask);
        while (keys[slot] != null && keys[slot] != name && !keys[slot].equals(name)) slot = (slot + 1) & mask;
        return slot;
    }

    private void add(int slot, String name, int place) {
        keys[slot] = name;
        places[slot] = place;
        if (++size * 4 > keys.length * 3) grow(); // three quarters full at most
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldPlaces = places;
        keys = new String[oldKeys.length * 2];
        places = new int[keys.length];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] == null) continue;
            int slot = slot(oldKeys[i], mask);
            while (keys[slot] != null) slot = (slot + 1) & mask;
            keys[slot] = oldKeys[i];
            places[slot] = oldPlaces[i];
        }
    }

    private static int slot(String name, int mask) {
        int h = name.hashCode() * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }
}
