package ucount.owners;

import ucount.model.Device;

import java.util.List;
import java.util.Optional;

/** Reads one kind of owner evidence for a device from the export. */
interface EvidenceCollector {

    /** Empty when the export says nothing of this kind about the device. */
    Optional<Evidence> collect(Device device, UserIndex users);

    /** Every collector, strongest kind first. */
    static List<EvidenceCollector> all() {
        return List.of(new ControlledDevices(), new PhoneUserIds(), new MobilityUserId(), new LineOneNumber(),
                new JabberName(), new DescriptionNames());
    }

    /** "alice" or "2 users: alice, bob". */
    static String describe(List<String> users) {
        List<String> sorted = users.stream().distinct().sorted().toList();
        return sorted.size() == 1 ? sorted.get(0) : sorted.size() + " users: " + String.join(", ", sorted);
    }
}
