package ucount.ingest;

import ucount.util.NameIndex;

/**
 * One String per user ID for a whole cluster: a million devices and their users name the same IDs, and every record
 * naming a user is given the String first read for it, rather than a copy from its own row. Shared by the workers that
 * make the records of a cluster's files in parallel. Also where the first user record of each ID was put, so that
 * the inventory needs no second table of its users.
 */
final class UserIds {

    /** Tables, each with its lock: the workers seldom want the same one at the same time. */
    private static final int STRIPES = 16;

    /** Each ID at its first user's place + 1, or 0 while no user record has it; an ID's table is its stripe. */
    private final NameIndex[] stripes = new NameIndex[STRIPES];

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
            return ids.canonical(id, 0);
        }
    }

    /**
     * Makes each of {@code count} IDs, {@code values[first + k * stride]}, the cluster's String for it: what
     * {@link #of} does for one, done for the IDs of a whole chunk of records a table at a time. Each table is locked
     * once, not once per ID; and between one ID's lookup and the next there is no lock to wait for, so that the
     * processor looks up several at once (each is a cache miss or two into tables of megabytes).
     */
    void internAll(String[] values, int first, int stride, int count) {
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
            synchronized (ids) {
                for (int j = start[i]; j < start[i + 1]; j++) {
                    values[byStripe[j]] = ids.canonical(values[byStripe[j]], 0);
                }
            }
        }
    }

    /** The place of the first user record with this ID; this place, returned as -1, when it is the first. */
    int firstUserAt(String id, int place) {
        NameIndex ids = stripe(id);
        synchronized (ids) {
            int first = ids.get(id) - 1;
            if (first >= 0) return first;
            ids.put(id, place + 1);
            return -1;
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
