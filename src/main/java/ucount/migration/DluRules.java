package ucount.migration;

import java.util.Locale;
import java.util.Set;

/**
 * The fixed numbers of licensing.md section 6 that are rules rather than catalog data (R21, R22), and ucount's
 * policy for a device whose DLU cost nobody knows.
 */
public final class DluRules {

    /** R21: what an adjunct client costs. */
    public static final int ADJUNCT_DLU = 1;

    /** R22: a Mobility user (Enable Mobility, or owner of a remote destination profile). */
    public static final int MOBILITY_USER_DLU = 2;

    /** R22: a Cisco Unified Presence user (enabled for IM and Presence). */
    public static final int PRESENCE_USER_DLU = 1;

    /**
     * Policy: a model the catalog does not know, or knows without a DLU cost, is counted at the highest cost of
     * Cisco's table (Third-party SIP Device (Advanced), video endpoints). Used DLUs are then an upper bound, so the
     * unused DLUs converted by R26 are never overstated.
     */
    public static final int UNKNOWN_MODEL_DLU = 6;

    /** The source shown for the cost of a model the catalog does not know. */
    public static final String UNKNOWN_MODEL_SOURCE = "policy (model not in the catalog)";

    /** The source shown for the cost of a catalog model without a DLU cost (a user's catalog row). */
    public static final String NO_DLU_SOURCE = "policy (no DLU cost in the catalog)";

    /**
     * R21 names these three clients (S7). Cisco Unified Client Services Framework also has a Primary Phone field, but
     * R21 does not name it, so it keeps its catalog cost.
     * The Mobile Communicator costs 1 DLU in the catalog itself (S8 table, R22), adjunct or not, so its
     * R22 "user feature" unit is that device cost and is never charged a second time.
     */
    static final Set<String> ADJUNCT_MODELS = Set.of(
            "cisco ip communicator",
            "cisco unified personal communicator",
            "cisco unified mobile communicator");

    private DluRules() {
    }

    static boolean adjunctModel(String model) {
        return ADJUNCT_MODELS.contains(key(model));
    }

    static String key(String text) {
        return text == null ? "" : text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
