package ucount.rules;

import ucount.model.Inventory;
import ucount.model.Warning;

import java.util.ArrayList;
import java.util.List;

/** One cluster's classification: every user, every unassigned licensed device, their totals, and warnings. */
public record ClusterEstimate(String name, Inventory inventory, List<UserLicense> users,
                              List<DeviceLicense> unassignedDevices, Totals totals, List<Warning> warnings) {

    public ClusterEstimate {
        users = List.copyOf(users);
        unassignedDevices = List.copyOf(unassignedDevices);
        warnings = List.copyOf(warnings);
    }

    /** This cluster's result with more warnings, all in order; itself when there are none. */
    public ClusterEstimate withWarnings(List<Warning> more) {
        if (more.isEmpty()) return this;
        List<Warning> all = new ArrayList<>(warnings);
        all.addAll(more);
        all.sort(null);
        return new ClusterEstimate(name, inventory, users, unassignedDevices, totals, all);
    }
}
