package ucount.model;

/**
 * The minimum license a device model needs on its own (R3), or NOT_LICENSED for the device classes of R2.
 * No device requires Enhanced Plus or CUWL by itself, so those are not tiers.
 */
public enum DeviceTier {
    ESSENTIAL(LicenseType.ESSENTIAL),
    BASIC(LicenseType.BASIC),
    ENHANCED(LicenseType.ENHANCED),
    TELEPRESENCE_ROOM(LicenseType.TELEPRESENCE_ROOM),
    NOT_LICENSED(null);

    private final LicenseType license;

    DeviceTier(LicenseType license) {
        this.license = license;
    }

    /** The license this tier needs; {@code null} for NOT_LICENSED. */
    public LicenseType license() {
        return license;
    }

    public boolean licensed() {
        return license != null;
    }

    public boolean isRoom() {
        return this == TELEPRESENCE_ROOM;
    }
}
