package ucount.ingest;

import ucount.util.NameIndex;

/**
 * One String per user ID for a whole cluster: a million devices and their users name the same IDs, and every record
 * naming a user is given the String first read for it, rather than a copy from its own row. Shared by the workers that
 * make the records of a cluster's files in parallel.
 */
final class UserIds {

    private final NameIndex ids = new NameIndex(1 << 12);

    /** The cluster's String for the ID; empty and null IDs as they are. */
    synchronized String of(String id) {
        if (id == null || id.isEmpty()) return id;
        return ids.canonical(id, 0);
    }
}
