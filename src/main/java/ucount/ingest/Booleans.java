package ucount.ingest;

import java.util.Locale;

/** The spellings of a boolean in BAT and AXL exports: t/f, true/false, Y/N, yes/no, 1/0, any case. */
final class Booleans {

    private Booleans() {
    }

    /** The value, {@code null} for an empty field; throws IllegalArgumentException for anything else. */
    static Boolean parse(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "" -> null;
            case "t", "true", "y", "yes", "1" -> Boolean.TRUE;
            case "f", "false", "n", "no", "0" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("'" + text.trim()
                    + "' is not a boolean (expected t/f, true/false, Y/N)");
        };
    }
}
