package ucount.rules;

import ucount.model.Device;
import ucount.model.DeviceTier;

/** A licensed device with the tier the catalog gives it (R3), or ENHANCED for an unknown model (R15). */
record ClassifiedDevice(Device device, DeviceTier tier, boolean unknownModel) {

    String name() {
        return device.name();
    }

    String describe() {
        return device.name() + " (" + (device.model().isEmpty() ? "no model" : device.model()) + ", " + tier + ")";
    }
}
