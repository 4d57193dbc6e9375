package ucount.report;

import ucount.model.Warning;

import java.util.List;

/** "Warnings: 3 (DUPLICATE_DEVICE 1, UNKNOWN_MODEL 2)": how many warnings of each code, for a text summary. */
final class WarningCounts {

    private WarningCounts() {
    }

    static String line(List<Warning> warnings) {
        return "Warnings: " + warnings.size() + (warnings.isEmpty() ? "" : " (" + Facts.warningCounts(warnings) + ")");
    }
}
