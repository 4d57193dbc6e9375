package ucount.rules;

import ucount.model.LicenseType;
import ucount.model.Source;

import java.util.List;

/**
 * A licensed device that no known user owns (R14), with the license of its own tier.
 *
 * @param owner the Owner User ID as exported when it names no known user; empty when the device has no owner
 */
public record DeviceLicense(String cluster, String name, String model, LicenseType license, String owner,
                            List<String> reasons, Source source) {

    public DeviceLicense {
        reasons = List.copyOf(reasons);
    }
}
