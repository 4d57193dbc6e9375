package ucount.model;

import java.util.List;

/**
 * An end user as an export describes them. Boolean features are {@code null} when the export did not carry them.
 *
 * @param controlledDevices BAT "CONTROLLED DEVICE n" / "DEVICE NAME n", AXL associatedDevices: not ownership (R1)
 * @param controlledProfiles BAT "CONTROLLED PROFILE n" / "DEFAULT PROFILE", AXL phoneProfiles: Extension Mobility (R5)
 * @param file               where the user was read ({@link #source()}), kept as a name and a line rather than as a
 *                           Source object: a cluster has hundreds of thousands of users
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
        String file,
        long line) {

    public EndUser {
        controlledDevices = List.copyOf(controlledDevices);
        controlledProfiles = List.copyOf(controlledProfiles);
    }

    public EndUser(String userId, String firstName, String lastName, String telephoneNumber, String primaryExtension,
                   String mailId, Boolean enableMobility, Boolean imAndPresence, List<String> controlledDevices,
                   List<String> controlledProfiles, Source source) {
        this(userId, firstName, lastName, telephoneNumber, primaryExtension, mailId, enableMobility, imAndPresence,
                controlledDevices, controlledProfiles, source == null ? null : source.file(), source == null ? 0 : source.line());
    }

    /** Where the user was read; null when it was not. */
    public Source source() {
        return file == null ? null : new Source(file, line);
    }

    public String displayName() {
        String name = (nullToEmpty(firstName) + " " + nullToEmpty(lastName)).trim();
        return name.isEmpty() ? userId : name;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
