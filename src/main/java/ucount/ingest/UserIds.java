package ucount.ingest;

import ucount.util.NameIndex;

/**
 * One String per user ID for a whole cluster: a million devices and their users name the same IDs, and every record
 * naming a user is given the String first read for it, rather than a copy from its own row. Shared by the workers that
 * make the records of a cluster's files in parallel. Also where the first user record of each ID was put, so that
 * the inventory needs no second table of its users.
 */
final class UserIds {

    /** Each ID at its first user's place + 1, or 0 while no user record has it. */
    private final NameIndex ids = new NameIndex(1 << 12);

    /** The cluster's String for the ID; empty and null IDs as they are. */
    synchronized String of(String id) {
        if (id == null || id.isEmpty()) return id;
        return ids.canonical(id, 0);
    }

    /** The place of the first user record with this ID; this place, returned as -1, when it is the first. */
    synchronized int firstUserAt(String id, int place) {
        int first = ids.get(id) - 1;
        if (first >= 0) return first;
        ids.put(id, place + 1);
        return -1;
    }

    /** Makes room for the IDs of about this many users at once (a users export's size says how many). */
    synchronized void expect(long users) {
        ids.expect((int) Math.min(users, 1 << 26));
    }
}
