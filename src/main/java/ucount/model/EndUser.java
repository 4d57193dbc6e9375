package ucount.model;

import java.util.List;

/**
 * An end user as an export describes them. Boolean features are {@code null} when the export did not carry them.
 *
 * @param controlledDevices BAT "CONTROLLED DEVICE n" / "DEVICE NAME n", AXL associatedDevices: not ownership (R1)
 * @param controlledProfiles BAT "CONTROLLED PROFILE n" / "DEFAULT PROFILE", AXL phoneProfiles: Extension Mobility (R5)
 */
public record EndUser(
        String userId,
        String firstName,
        String lastName,
        String telephoneNumber,
        String primaryExtension,
        String mailId,
        Boolean enableMobility,
        Boolean imAndPresence,
        List<String> controlledDevices,
        List<String> controlledProfiles,
        Source source) {

    public EndUser {
        controlledDevices = List.copyOf(controlledDevices);
        controlledProfiles = List.copyOf(controlledProfiles);
    }

    public String displayName() {
        String name = (nullToEmpty(firstName) + " " + nullToEmpty(lastName)).trim();
        return name.isEmpty() ? userId : name;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
