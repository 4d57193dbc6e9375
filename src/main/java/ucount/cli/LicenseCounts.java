package ucount.cli;

import ucount.model.LicenseType;

import java.util.Map;

/** License counts given on the command line as {@code TYPE=N} ({@code check --installed}, {@code request --require}). */
final class LicenseCounts {

    private LicenseCounts() {
    }

    /**
     * Adds one {@code TYPE=N} item of {@code option} to {@code counts}: the type in any of its spellings, N a whole
     * number from 0 to {@link LicenseType#MAX_COUNT}, each type once. {@code form} says what the option takes, for the
     * message when the item is no {@code TYPE=N} at all.
     */
    static void add(String option, String item, String form, Map<LicenseType, Integer> counts) throws UsageException {
        int eq = item.indexOf('=');
        if (eq <= 0) throw new UsageException(option + " takes " + form + ", not '" + item + "'");
        LicenseType type;
        try {
            type = LicenseType.parse(item.substring(0, eq));
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + " " + item + ": " + e.getMessage());
        }
        String value = item.substring(eq + 1).trim();
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 0 || n > LicenseType.MAX_COUNT) {
            throw new UsageException(option + " " + item + ": the count must be a whole number from 0 to "
                    + LicenseType.MAX_COUNT + ", not '" + value + "'");
        }
        if (counts.putIfAbsent(type, n) != null) throw new UsageException(option + " gives " + type + " twice");
    }
}
