package ucount.ingest;

import ucount.util.NameIndex;

/**
 * One String per user ID for a whole cluster: a million devices and their users name the same IDs, and every record
 * naming a user is given the String first read for it, rather than a copy from its own row. Shared by the workers that
 * make the records of a cluster's files in parallel. Also how many user records of the users exports name each ID,
 * counted as they are shared, and whether every ID is in lower case: when no ID repeats and none has a capital, the
 * inventory need not check its users one by one for duplicates ({@link InventoryBuilder#addCounted}).
 */
final class UserIds {

    /** Tables, each with its lock: the workers seldom want the same one at the same time. */
    private static final int STRIPES = 16;

    /** Each ID at the number of user records counted with it; an ID's table is its stripe. */
    private final NameIndex[] stripes = new NameIndex[STRIPES];
    private final java.util.concurrent.atomic.AtomicInteger repeated = new java.util.concurrent.atomic.AtomicInteger();
    private volatile boolean allLowerCase = true;

    UserIds() {
        for (int i = 0; i < STRIPES; i++) stripes[i] = new NameIndex(256);
    }

    private NameIndex stripe(String id) {
        return stripes[stripeIndex(id)];
    }

    private static int stripeIndex(String id) {
        int h = id.hashCode() * 0x9E3779B9;
        return h >>> 28;
    }

    /** The cluster's String for the ID; empty and null IDs as they are. */
    String of(String id) {
        if (id == null || id.isEmpty()) return id;
        NameIndex ids = stripe(id);
        synchronized (ids) {
            return shared(ids, id, false);
        }
    }

    /**
     * The String the table holds for the ID, which is this one when the ID is new (then it is checked for case);
     * with {@code userRecord}, counted as the ID of one more user record.
     */
    private String shared(NameIndex ids, String id, boolean userRecord) {
        String shared = ids.canonical(id, 0);
        if (shared == id && allLowerCase && !lowerCase(id)) allLowerCase = false;
        if (userRecord) {
            int records = ids.get(shared);
            ids.put(shared, records + 1);
            if (records == 1) repeated.incrementAndGet();
        }
        return shared;
    }

    /** How many IDs more than one counted user record has. */
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
     * Makes each of {@code count} IDs, {@code values[first + k * stride]}, the cluster's String for it: what
     * {@link #of} does for one, done for the IDs of a whole chunk of records a table at a time; with
     * {@code userRecords}, each counted as a user record's ID ({@link #repeatedUserIds}). Each table is locked
     * once, not once per ID; and a table's IDs are read ahead together ({@link NameIndex#prefetch}) before they
     * are looked up one by one.
     */
    void internAll(String[] values, int first, int stride, int count, boolean userRecords) {
        int[] start = new int[STRIPES + 1];
        int[] stripeOf = new int[count];
        for (int k = 0; k < count; k++) {
            String id = values[first + k * stride];
            stripeOf[k] = id == null || id.isEmpty() ? STRIPES : stripeIndex(id);
            if (stripeOf[k] < STRIPES) start[stripeOf[k] + 1]++;
        }
        for (int i = 0; i < STRIPES; i++) start[i + 1] += start[i];
        int[] byStripe = new int[start[STRIPES]];
        int[] next = java.util.Arrays.copyOf(start, STRIPES);
        for (int k = 0; k < count; k++) {
            if (stripeOf[k] < STRIPES) byStripe[next[stripeOf[k]]++] = first + k * stride;
        }
        for (int i = 0; i < STRIPES; i++) {
            if (start[i] == start[i + 1]) continue;
            NameIndex ids = stripes[i];
            String[] batch = new String[start[i + 1] - start[i]];
            for (int j = start[i]; j < start[i + 1]; j++) batch[j - start[i]] = values[byStripe[j]];
            synchronized (ids) {
                ids.prefetch(batch, 0, batch.length);
                for (int j = start[i]; j < start[i + 1]; j++) {
                    values[byStripe[j]] = shared(ids, values[byStripe[j]], userRecords);
                }
            }
        }
    }

    /** Makes room for the IDs of about this many users at once (a users export's size says how many). */
    void expect(long users) {
        int each = (int) Math.min(users * 5 / (4 * STRIPES), 1 << 24);
        for (NameIndex ids : stripes) {
            synchronized (ids) {
                ids.expect(each);
            }
        }
    }
}
