package ucount.owners;

import ucount.model.Device;

import java.util.List;
import java.util.Optional;

/** CONTROLLED_DEVICE: the users whose controlled-devices list names the device. */
final class ControlledDevices implements EvidenceCollector {

    @Override
    public Optional<Evidence> collect(Device device, UserIndex users) {
        List<String> controllers = users.controllersOf(device.name());
        if (controllers.isEmpty()) return Optional.empty();
        return Optional.of(new Evidence(EvidenceKind.CONTROLLED_DEVICE, controllers,
                "in the controlled devices of " + EvidenceCollector.describe(controllers)));
    }
}
