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
        int h = id.hashCode() * 0x9E3779B9;
        return stripes[h >>> 28];
    }

    /** The cluster's String for the ID; empty and null IDs as they are. */
    String of(String id) {
        if (id == null || id.isEmpty()) return id;
        NameIndex ids = stripe(id);
        synchronized (ids) {
            return ids.canonical(id, 0);
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
