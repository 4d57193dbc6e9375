package ucount.model;

import java.util.List;

/**
 * One cluster's configuration as read from its exports: what the rules classify.
 *
 * @param usersExported whether any users export was read (without one, users are inferred from owner IDs)
 * @param inputs        the files read, as the user named them
 * @param warnings      what reading noticed (duplicates, unknown owners ...)
 */
public record Inventory(
        String cluster,
        List<EndUser> users,
        List<Device> devices,
        List<DeviceProfile> profiles,
        List<RemoteDestinationProfile> remoteDestinationProfiles,
        boolean usersExported,
        List<String> inputs,
        List<Warning> warnings) {

    public Inventory {
        users = List.copyOf(users);
        devices = List.copyOf(devices);
        profiles = List.copyOf(profiles);
        remoteDestinationProfiles = List.copyOf(remoteDestinationProfiles);
        inputs = List.copyOf(inputs);
        warnings = List.copyOf(warnings);
    }
}
