package ucount.model;

import java.util.List;

/**
 * One cluster's configuration as read from its exports: what the rules classify.
 *
 * @param usersExported whether any users export was read (without one, users are inferred from owner IDs)
 * @param inputs        the files read, as the user named them
 * @param warnings      what reading noticed (duplicates, unknown owners ...)
 * @param userNumbers   the user each record names, by number, as the exports were read; null when not numbered
 *                      (the classifier then looks the user IDs up), and never carried over to a changed inventory
 */
public record Inventory(
        String cluster,
        List<EndUser> users,
        List<Device> devices,
        List<DeviceProfile> profiles,
        List<RemoteDestinationProfile> remoteDestinationProfiles,
        boolean usersExported,
        List<String> inputs,
        List<Warning> warnings,
        UserNumbers userNumbers) {

    /** The name of a call's one cluster when no --cluster names it; reports then say "one cluster", not this. */
    public static final String UNNAMED_CLUSTER = "cluster";

    /** Whether a cluster has a name of its own (given with --cluster), which reports and messages then show. */
    public static boolean isNamed(String cluster) {
        return !UNNAMED_CLUSTER.equals(cluster);
    }

    public Inventory {
        users = List.copyOf(users);
        devices = List.copyOf(devices);
        profiles = List.copyOf(profiles);
        remoteDestinationProfiles = List.copyOf(remoteDestinationProfiles);
        inputs = List.copyOf(inputs);
        warnings = List.copyOf(warnings);
        if (userNumbers != null && (userNumbers.users().length < users.size()
                || userNumbers.owners().length < devices.size() || userNumbers.profiles().length < profiles.size()
                || userNumbers.rdps().length < remoteDestinationProfiles.size())) {
            throw new IllegalArgumentException("user numbers do not match the records");
        }
    }

    /**
     * Whether the other holds the same records, read from the same inputs with the same warnings: the user numbers,
     * a way of joining the records that depends on the order the reading threads met the IDs, are not compared.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Inventory o && cluster.equals(o.cluster) && users.equals(o.users)
                && devices.equals(o.devices) && profiles.equals(o.profiles)
                && remoteDestinationProfiles.equals(o.remoteDestinationProfiles) && usersExported == o.usersExported
                && inputs.equals(o.inputs) && warnings.equals(o.warnings);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(cluster, users, devices, profiles, remoteDestinationProfiles, usersExported,
                inputs, warnings);
    }

    /** An inventory whose records are not numbered. */
    public Inventory(String cluster, List<EndUser> users, List<Device> devices, List<DeviceProfile> profiles,
                     List<RemoteDestinationProfile> remoteDestinationProfiles, boolean usersExported,
                     List<String> inputs, List<Warning> warnings) {
        this(cluster, users, devices, profiles, remoteDestinationProfiles, usersExported, inputs, warnings, null);
    }
}
