package ucount.rules;

/**
 * Names to their places in a list, for hundreds of thousands of user IDs each looked up once per device: open
 * addressing over two arrays, with no object per entry. The readers give every record naming a user the same String
 * as the user's record, so a lookup usually ends at an identity check on a String whose hash is already computed.
 */
final class IdIndex {

    private String[] keys;
    private int[] places;
    private int size;

    IdIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new String[capacity];
        places = new int[capacity];
    }

    /** The place of the name, or -1. */
    int get(String name) {
        int mask = keys.length - 1;
        for (int slot = slot(name, mask); ; slot = (slot + 1) & mask) {
            String key = keys[slot];
            if (key == null) return -1;
            if (key == name || key.equals(name)) return places[slot];
        }
    }

    /** Adds the name at the place unless it is there already; whether it was added. */
    boolean putIfAbsent(String name, int place) {
        int mask = keys.length - 1;
        int slot = slot(name, mask);
        for (; keys[slot] != null; slot = (slot + 1) & mask) {
            if (keys[slot] == name || keys[slot].equals(name)) return false;
        }
        keys[slot] = name;
        places[slot] = place;
        if (++size * 2 > keys.length) grow();
        return true;
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
