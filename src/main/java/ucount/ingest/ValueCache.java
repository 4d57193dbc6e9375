package ucount.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Makes records share one String per short value. An export of a million phones spells the same model, protocol
 * and first name a million times, and the owner again as "User ID 1" in the same row: one String per value instead
 * of one per field. A fixed table of recent values, indexed by hash, with no eviction policy: a value seen often
 * stays, a value seen once costs a slot. The CSV tokenizer looks values up by their bytes, the XML reader by text.
 */
final class ValueCache {

    private static final int SLOTS = 4096;
    /**
     * Values up to this many characters are looked up here: models (the longest Jabber and TelePresence model names
     * have 40-odd), protocols, IDs, names.
     */
    static final int SHARED_LENGTH = 64;
    /**
     * A column (an element name) whose values are all different (device names, user IDs) gains nothing from the
     * cache: after this many of its values, the cache is no longer asked for it unless one in eight was found here.
     */
    static final int TRIAL = 256;

    private final String[] slots = new String[SLOTS];
    /** The bytes of each slot's value, when it came from bytes: compared as bytes, not character by character. */
    private final byte[][] slotBytes = new byte[SLOTS][];

    /** Whether the last value asked for by its bytes was found here. */
    private boolean found;

    /** The value of bytes {@code [from, to)}: a String already made for the same ASCII bytes, or a new one. */
    String get(byte[] bytes, int from, int to) {
        found = false;
        if (to - from > SHARED_LENGTH) return new String(bytes, from, to - from, StandardCharsets.UTF_8);
        int hash = 0;
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b < 0) return new String(bytes, from, to - from, StandardCharsets.UTF_8);
            hash = 31 * hash + b;
        }
        int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
        byte[] cached = slotBytes[slot];
        if (cached != null && Arrays.equals(cached, 0, cached.length, bytes, from, to)) {
            found = true;
            return slots[slot];
        }
        String value = new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
        slots[slot] = value;
        slotBytes[slot] = Arrays.copyOfRange(bytes, from, to);
        return value;
    }

    boolean found() {
        return found;
    }

    /** The value: a String already seen with the same text, or this one, kept for next time. */
    String get(String value) {
        int hash = value.hashCode();
        int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
        String cached = slots[slot];
        if (value.equals(cached)) return cached;
        slots[slot] = value;
        slotBytes[slot] = null;
        return value;
    }

    /** Whether a column's values are still worth looking up, {@code asked} of them so far and {@code found} found. */
    static boolean worthAsking(int asked, int found) {
        return asked < TRIAL || found * 8 >= TRIAL;
    }
}
