package ucount.ingest;

import ucount.model.UserNumbers;
import ucount.util.NameIndex;

import java.util.Arrays;

/**
 * One String per user ID for a whole cluster: a million devices and their users name the same IDs, and every record
 * naming a user is given the String first read for it, rather than a copy from its own row. Shared by the workers that
 * make the records of a cluster's files in parallel. Each ID also gets a number ({@link UserNumbers}), the same for
 * every record naming it, so that the classifier joins devices to their owners by number rather than by looking a
 * million IDs up again. Also whether any ID is named by more than one user record of the users exports, seen as they
 * are shared, and whether every ID is in lower case: when no ID repeats and none has a capital, the inventory need
 * not check its users one by one for duplicates ({@link InventoryBuilder#addCounted}).
 */
final class UserIds {

    /** Tables, each with its lock: the workers seldom want the same one at the same time. */
    private static final int STRIPES = 16;

    /**
     * Each ID at its number within its table; an ID's table is its stripe, and its number in the cluster is
     * {@code number * STRIPES + stripe}.
     */
    private final NameIndex[] stripes = new NameIndex[STRIPES];
    /**
     * By stripe, a bit by number within it: whether a user record was counted with the ID. (A bit, not a count: the
     * bits of a stripe's 40,000 users stay in the processor's cache.)
     */
    private final long[][] counted = new long[STRIPES][];
    private final java.util.concurrent.atomic.AtomicInteger repeated = new java.util.concurrent.atomic.AtomicInteger();
    private volatile boolean allLowerCase = true;

    UserIds() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new NameIndex(256);
            counted[i] = new long[4];
        }
    }

    private static int stripeIndex(String id) {
        int h = id.hashCode() * 0x9E3779B9;
        return h >>> 28;
    }

    /** The cluster's String for the ID; empty and null IDs as they are. */
    String of(String id) {
        if (id == null || id.isEmpty()) return id;
        int stripe = stripeIndex(id);
        NameIndex ids = stripes[stripe];
        synchronized (ids) {
            return ids.keyAt(find(stripe, id, false));
        }
    }

    /** The ID's number ({@link UserNumbers}); -1 for an empty or null ID. */
    int number(String id) {
        if (id == null || id.isEmpty()) return UserNumbers.NONE;
        int stripe = stripeIndex(id);
        NameIndex ids = stripes[stripe];
        synchronized (ids) {
            return ids.placeAt(find(stripe, id, false)) * STRIPES + stripe;
        }
    }

    /** The ID's number when some record gave it one already, else {@link UserNumbers#NONE}; nothing is added. */
    int numberIfKnown(String id) {
        if (id == null || id.isEmpty()) return UserNumbers.NONE;
        int stripe = stripeIndex(id);
        NameIndex ids = stripes[stripe];
        synchronized (ids) {
            int number = ids.get(id);
            return number < 0 ? UserNumbers.NONE : number * STRIPES + stripe;
        }
    }

    /**
     * The ID's slot in its stripe's table, where the table keeps its String and number: added when new (and then
     * checked for case); with {@code userRecord}, counted as the ID of one more user record.
     */
    private int find(int stripe, String id, boolean userRecord) {
        NameIndex ids = stripes[stripe];
        int fresh = ids.size();
        int slot = ids.find(id, fresh);
        int number = ids.placeAt(slot);
        if (number == fresh && allLowerCase && !lowerCase(id)) allLowerCase = false;
        if (userRecord) {
            long[] bits = counted[stripe];
            if (number >> 6 >= bits.length) {
                counted[stripe] = bits = Arrays.copyOf(bits, Math.max((number >> 6) + 1, bits.length * 2));
            }
            long bit = 1L << number; // the low six bits of the number pick it
            if ((bits[number >> 6] & bit) != 0) repeated.incrementAndGet();
            bits[number >> 6] |= bit;
        }
        return slot;
    }

    /** Above every number given so far: the length of a table by number. */
    int numbers() {
        int most = 0;
        for (NameIndex ids : stripes) {
            synchronized (ids) {
                most = Math.max(most, ids.size());
            }
        }
        return most * STRIPES;
    }

    /** How many counted user records had an ID counted before: 0 when no ID repeats. */
    int repeatedUserIds() {
        return repeated.get();
    }

    /** Whether every ID shared so far is its own lower case, as almost all are. */
    boolean allLowerCase() {
        return allLowerCase;
    }

    /** Whether the ID has no upper-case letter, nor any character past ASCII that folding might change. */
    private static boolean lowerCase(String id) {
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if ((c >= 'A' && c <= 'Z') || c >= 0x80) return false;
        }
        return true;
    }

    /**
     * Makes each of {@code count} IDs, {@code values[first + k * stride]}, the cluster's String for it, and its
     * number {@code numbers[k]} (-1 for an empty or null ID): what {@link #of} and {@link #number} do for one, done
     * for the IDs of a whole chunk of records a table at a time; with {@code userRecords}, each counted as a user
     * record's ID ({@link #repeatedUserIds}). Each table is locked once, not once per ID; and a table's IDs are read
     * ahead together ({@link NameIndex#prefetch}) before they are looked up one by one.
     */
    void internAll(String[] values, int first, int stride, int count, boolean userRecords, int[] numbers) {
        int[] start = new int[STRIPES + 1];
        int[] stripeOf = new int[count];
        for (int k = 0; k < count; k++) {
            String id = values[first + k * stride];
            stripeOf[k] = id == null || id.isEmpty() ? STRIPES : stripeIndex(id);
            if (stripeOf[k] < STRIPES) {
                start[stripeOf[k] + 1]++;
            } else {
                numbers[k] = UserNumbers.NONE;
            }
        }
        for (int i = 0; i < STRIPES; i++) start[i + 1] += start[i];
        int[] byStripe = new int[start[STRIPES]];
        int[] next = Arrays.copyOf(start, STRIPES);
        for (int k = 0; k < count; k++) {
            if (stripeOf[k] < STRIPES) byStripe[next[stripeOf[k]]++] = k;
        }
        for (int i = 0; i < STRIPES; i++) {
            if (start[i] == start[i + 1]) continue;
            NameIndex ids = stripes[i];
            String[] batch = new String[start[i + 1] - start[i]];
            for (int j = start[i]; j < start[i + 1]; j++) batch[j - start[i]] = values[first + byStripe[j] * stride];
            synchronized (ids) {
                ids.prefetch(batch, 0, batch.length);
                for (int j = start[i]; j < start[i + 1]; j++) {
                    int k = byStripe[j];
                    int slot = find(i, batch[j - start[i]], userRecords);
                    values[first + k * stride] = ids.keyAt(slot);
                    numbers[k] = ids.placeAt(slot) * STRIPES + i;
                }
            }
        }
    }

    /** Makes room for the IDs of about this many users at once (a users export's size says how many). */
    void expect(long users) {
        int each = (int) Math.min(users * 5 / (4 * STRIPES), 1 << 24);
        for (int i = 0; i < STRIPES; i++) {
            synchronized (stripes[i]) {
                stripes[i].expect(each);
                if (counted[i].length < (each >> 6) + 1) counted[i] = Arrays.copyOf(counted[i], (each >> 6) + 1);
            }
        }
    }
}
