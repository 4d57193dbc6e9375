package ucount.report;

import org.apache.commons.csv.CSVPrinter;
import ucount.model.LicenseType;
import ucount.rules.DeviceLicense;
import ucount.rules.Estimate;
import ucount.rules.UserLicense;

import java.io.IOException;
import java.io.Writer;
import java.util.stream.Collectors;

/**
 * {@code estimate --format csv}: one row per user and per unassigned device. Lists inside a cell are separated by
 * spaces (licenses, devices) or " | " (reasons), so the file stays one record per line for a spreadsheet.
 */
public final class EstimateCsv {

    private EstimateCsv() {
    }

    public static void write(Estimate estimate, Writer out) throws IOException {
        CSVPrinter csv = Csv.printer(out, "cluster", "kind", "id", "devices", "licenses", "reasons");
        for (UserLicense user : estimate.users()) {
            csv.printRecord(user.cluster(), "user", user.userId(), String.join(" ", user.devices()),
                    user.licenses().stream().map(LicenseType::name).collect(Collectors.joining(" ")),
                    String.join(" | ", user.reasons()));
        }
        for (DeviceLicense device : estimate.unassignedDevices()) {
            csv.printRecord(device.cluster(), "device", device.name(), device.name(), device.license().name(),
                    String.join(" | ", device.reasons()));
        }
        csv.flush();
    }
}
