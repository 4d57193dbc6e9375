package ucount.ingest;

import java.util.Locale;

/** The spellings of a boolean in BAT and AXL exports: t/f, true/false, Y/N, yes/no, 1/0, any case. */
final class Booleans {

    private Booleans() {
    }

    /** The value, {@code null} for an empty field; throws IllegalArgumentException for anything else. */
    static Boolean parse(String text) {
        // The spellings exports write, as they come first: trimming and folding case costs a large users export a
        // quarter of a second of CPU (a million calls, each scanning its text twice, character by character).
        switch (text) {
            case "":
                return null;
            case "t", "true", "1":
                return Boolean.TRUE;
            case "f", "false", "0":
                return Boolean.FALSE;
            default:
                break;
        }
        String value = text.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "" -> null;
            case "t", "true", "y", "yes", "1" -> Boolean.TRUE;
            case "f", "false", "n", "no", "0" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("'" + text.trim()
                    + "' is not a boolean (expected t/f, true/false, Y/N, yes/no or 1/0)");
        };
    }
}
