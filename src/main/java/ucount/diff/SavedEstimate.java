package ucount.diff;

import ucount.rules.DeviceLicense;
import ucount.rules.Totals;
import ucount.rules.UserLicense;

import java.util.List;

/**
 * An estimate as an earlier run wrote it ({@code ucount estimate --format json}): what {@code ucount diff} compares.
 *
 * @param file        the file as the user named it
 * @param generatedAt the metadata time, or {@code null} when the file predates metadata
 * @param anonymized  whether its identifiers are pseudonyms ({@code --anonymize})
 */
public record SavedEstimate(String file, String ruleSet, String generatedAt, boolean anonymized, Totals totals,
                       List<Cluster> clusters, List<UserLicense> users, List<DeviceLicense> unassignedDevices) {

    public SavedEstimate {
        clusters = List.copyOf(clusters);
        users = List.copyOf(users);
        unassignedDevices = List.copyOf(unassignedDevices);
    }

    public record Cluster(String name, Totals totals) {
    }
}
