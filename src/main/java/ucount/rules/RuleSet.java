package ucount.rules;

import java.util.Locale;

/**
 * The two rule sets of licensing.md section 2. They differ only in R5 (Extension Mobility users), R6 (IM and
 * Presence) and R40/R41 (grace period).
 */
public enum RuleSet {
    /** CUCM 9.x-11.x with Enterprise / Prime License Manager. */
    ELM(true, true, 60),
    /** CUCM 12.x and later, Smart Licensing. */
    SMART(false, false, 90);

    private final boolean extensionMobilityLicensed;
    private final boolean imAndPresenceLicensed;
    private final int graceDays;

    RuleSet(boolean extensionMobilityLicensed, boolean imAndPresenceLicensed, int graceDays) {
        this.extensionMobilityLicensed = extensionMobilityLicensed;
        this.imAndPresenceLicensed = imAndPresenceLicensed;
        this.graceDays = graceDays;
    }

    /** R5: whether an Extension Mobility user needs at least ESSENTIAL by default. */
    public boolean extensionMobilityLicensed() {
        return extensionMobilityLicensed;
    }

    /** R6: whether an IM and Presence user needs at least BASIC. */
    public boolean imAndPresenceLicensed() {
        return imAndPresenceLicensed;
    }

    /** R40 (elm, 60 days) and R41 (smart, 90 days). */
    public int graceDays() {
        return graceDays;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
