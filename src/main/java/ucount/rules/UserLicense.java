package ucount.rules;

import ucount.model.LicenseType;

import java.util.List;

/**
 * One user's requirement (R1-R13): every license the user needs (empty when none, R8), the licensed devices they
 * own, and the reasons, each citing a rule id.
 */
public record UserLicense(String cluster, String userId, List<LicenseType> licenses, List<String> devices,
                          List<String> reasons) {

    public UserLicense {
        licenses = List.copyOf(licenses);
        devices = List.copyOf(devices);
        reasons = List.copyOf(reasons);
    }

    /** The user license, the highest of the user-level licenses; {@code null} when none (R8). */
    public LicenseType userLicense() {
        return licenses.stream().filter(l -> l != LicenseType.TELEPRESENCE_ROOM).max(Enum::compareTo)
                .orElse(licenses.isEmpty() ? null : LicenseType.TELEPRESENCE_ROOM);
    }
}
