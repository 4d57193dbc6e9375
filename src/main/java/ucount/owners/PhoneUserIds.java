package ucount.owners;

import ucount.model.Device;

import java.util.Optional;

/** PHONE_USER_ID: the users the phone's {@code User ID 1..3} name. */
final class PhoneUserIds implements EvidenceCollector {

    @Override
    public Optional<Evidence> collect(Device device, UserIndex users) {
        return UserIdField.collect(EvidenceKind.PHONE_USER_ID, "phone User ID", device.userIds(), users);
    }
}
