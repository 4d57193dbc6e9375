package ucount.owners;

import ucount.model.Device;

import java.util.List;
import java.util.Optional;

/** MOBILITY_USER_ID: the user the phone's {@code Mobility User ID} names. */
final class MobilityUserId implements EvidenceCollector {

    @Override
    public Optional<Evidence> collect(Device device, UserIndex users) {
        String value = device.mobilityUserId();
        if (value == null || value.isEmpty()) return Optional.empty();
        return UserIdField.collect(EvidenceKind.MOBILITY_USER_ID, "Mobility User ID", List.of(value), users);
    }
}
