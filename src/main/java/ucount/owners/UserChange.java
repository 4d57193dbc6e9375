package ucount.owners;

import ucount.model.LicenseType;

import java.util.List;

/**
 * A user who would own devices after the suggestions are applied: their licenses before and after, and the
 * device-only licenses of the devices they take over.
 *
 * @param addedDevices    the devices they would own, by name
 * @param addedDeviceOnly the device-only licenses those devices need now (R14), which the change removes
 */
public record UserChange(String cluster, String userId, List<LicenseType> before, List<LicenseType> after,
                         List<String> addedDevices, List<LicenseType> addedDeviceOnly) {

    public UserChange {
        before = List.copyOf(before);
        after = List.copyOf(after);
        addedDevices = List.copyOf(addedDevices);
        addedDeviceOnly = List.copyOf(addedDeviceOnly);
    }

    /** Whether the user's own licenses change. */
    public boolean licenseChanges() {
        return !before.equals(after);
    }

    /** Licenses before: the user's and the device-only ones of the devices they take over. */
    public int licensesBefore() {
        return before.size() + addedDeviceOnly.size();
    }

    /** Whether the devices would share fewer, higher licenses than they need now. */
    public boolean consolidates() {
        return after.size() < licensesBefore();
    }
}
