package ucount.cli;

import picocli.CommandLine.Option;
import ucount.rules.Hygiene;

/** {@code --max-devices N}: the TOO_MANY_DEVICES threshold of the hygiene check (estimate, owners). */
final class MaxDevicesMixin {

    @Option(names = "--max-devices", paramLabel = "N", defaultValue = "" + Hygiene.DEFAULT_MAX_DEVICES,
            description = "Warn (TOO_MANY_DEVICES) about users owning more than N licensed devices, e.g. one dummy "
                    + "user owning many shared phones (default ${DEFAULT-VALUE}).")
    int maxDevices;

    /** The threshold, checked: at least 1. */
    int value() throws UsageException {
        if (maxDevices < 1) throw new UsageException("--max-devices must be at least 1, not " + maxDevices);
        return maxDevices;
    }
}
