package ucount.report;

import ucount.model.Warning;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** "Warnings: 3 (DUPLICATE_DEVICE 1, UNKNOWN_MODEL 2)": how many warnings of each code, for a text summary. */
final class WarningCounts {

    private WarningCounts() {
    }

    static String line(List<Warning> warnings) {
        StringBuilder sb = new StringBuilder("Warnings: ").append(warnings.size());
        if (!warnings.isEmpty()) {
            Map<String, Long> byCode = warnings.stream()
                    .collect(Collectors.groupingBy(Warning::code, TreeMap::new, Collectors.counting()));
            sb.append(" (").append(byCode.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", "))).append(")");
        }
        return sb.toString();
    }
}
