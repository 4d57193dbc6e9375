package ucount.model;

import java.time.Instant;

/**
 * When a cluster's exports were taken, as far as their files tell (R33).
 *
 * @param taken  the time
 * @param file   the file that tells it, as the user named it (or a pull snapshot's manifest)
 * @param pulled whether it is a pull's own record of when it ran (exact), rather than the time a file was last
 *               modified (the export is at least that old)
 */
public record ExportTime(Instant taken, String file, boolean pulled) {

    /** The earlier of two, either of which may be null. */
    public static ExportTime older(ExportTime a, ExportTime b) {
        if (a == null) return b;
        if (b == null) return a;
        return b.taken.isBefore(a.taken) ? b : a;
    }
}
