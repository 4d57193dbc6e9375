package ucount.model;

import java.util.List;

/**
 * A configured device of class Phone (hard phone, soft client, analog port, room system, CTI port ...) as an export
 * describes it. Whether it needs a license is the catalog's answer for its model (R2, R3).
 *
 * @param ownerUserId      BAT "Owner User ID", AXL ownerUserName; empty when the device has no owner (R1, R14).
 *                         {@code null} when the export did not carry the field at all.
 * @param directoryNumbers line directory numbers in line order (evidence for owner suggestions)
 * @param userIds          BAT "User ID 1..3" / AXL loginUserId: associated users, not owners (R1)
 * @param primaryPhone     BAT "Primary Phone", AXL primaryPhoneName: the phone an adjunct client belongs to (R21);
 *                         {@code null} when the export did not carry the field at all
 * @param file             where the device was read ({@link #source()}), kept as a name and a line rather than as a
 *                         Source object: a cluster has a million devices
 */
public record Device(
        String name,
        String description,
        String model,
        String ownerUserId,
        String protocol,
        List<String> directoryNumbers,
        List<String> userIds,
        String mobilityUserId,
        String primaryPhone,
        String file,
        long line) {

    public Device {
        directoryNumbers = List.copyOf(directoryNumbers);
        userIds = List.copyOf(userIds);
    }

    public Device(String name, String description, String model, String ownerUserId, String protocol,
                  List<String> directoryNumbers, List<String> userIds, String mobilityUserId, String primaryPhone,
                  Source source) {
        this(name, description, model, ownerUserId, protocol, directoryNumbers, userIds, mobilityUserId, primaryPhone,
                source == null ? null : source.file(), source == null ? 0 : source.line());
    }

    /** Where the device was read; null when it was not (a device made by a "what if"). */
    public Source source() {
        return file == null ? null : new Source(file, line);
    }

    public boolean hasOwner() {
        return ownerUserId != null && !ownerUserId.isEmpty();
    }
}
