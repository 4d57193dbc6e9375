package ucount.model;

import java.util.Locale;

/**
 * The CUCM 9.1+ license types, in tier order (licensing.md section 1). The order of the constants is the
 * "Russian doll" order of R30 for the first six; TELEPRESENCE_ROOM stands apart (R31).
 */
public enum LicenseType {
    ESSENTIAL("Essential UCL"),
    BASIC("Basic UCL"),
    ENHANCED("Enhanced UCL"),
    ENHANCED_PLUS("Enhanced Plus UCL"),
    CUWL_STANDARD("CUWL Standard"),
    CUWL_PROFESSIONAL("CUWL Professional"),
    TELEPRESENCE_ROOM("TelePresence Room");

    /**
     * The most licenses (or DLUs) of one kind a number given by the user may name: ten million, far beyond any estate,
     * so that sums over the seven types and the clusters stay far from int's limit.
     */
    public static final int MAX_COUNT = 10_000_000;

    private final String displayName;

    LicenseType(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** The higher of two tiers; {@code null} stands for "none". */
    public static LicenseType max(LicenseType a, LicenseType b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Parses a license id case-insensitively; {@code enhanced-plus} and {@code Enhanced Plus} are accepted too. */
    public static LicenseType parse(String text) {
        String id = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (LicenseType type : values()) {
            if (type.name().equals(id)) return type;
        }
        throw new IllegalArgumentException("unknown license type '" + text.trim() + "' (expected one of "
                + String.join(", ", java.util.Arrays.stream(values()).map(Enum::name).toList()) + ")");
    }
}
