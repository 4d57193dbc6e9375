package ucount.rules;

import ucount.model.Inventory;
import ucount.model.Warning;

import java.util.List;

/** One cluster's classification: every user, every unassigned licensed device, their totals, and warnings. */
public record ClusterEstimate(String name, Inventory inventory, List<UserLicense> users,
                              List<DeviceLicense> unassignedDevices, Totals totals, List<Warning> warnings) {

    public ClusterEstimate {
        users = List.copyOf(users);
        unassignedDevices = List.copyOf(unassignedDevices);
        warnings = List.copyOf(warnings);
    }
}
