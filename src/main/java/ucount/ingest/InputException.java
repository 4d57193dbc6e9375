package ucount.ingest;

import ucount.io.FileProblems;
import ucount.model.Source;

import java.io.IOException;

/**
 * An export that cannot be read as it is: unreadable, malformed, or unrecognised. The message is the one line the
 * user sees: {@code FILE:LINE: problem}. Values quoted from the export keep it one line: their line breaks and
 * other control characters are shown escaped ({@code 'ma\nybe'}).
 */
public class InputException extends Exception {

    private final transient Source source;

    public InputException(Source source, String problem) {
        super(oneLine(source + ": " + problem));
        this.source = source;
    }

    public InputException(Source source, String problem, Throwable cause) {
        super(oneLine(source + ": " + problem), cause);
        this.source = source;
    }

    /** A file that cannot be read, with the reason worded for a person ({@link FileProblems}). */
    public static InputException cannotRead(String file, IOException e) {
        return new InputException(Source.of(file), "cannot read: " + FileProblems.reason(e), e);
    }

    /** The text with line breaks, tabs and other control characters escaped, so that it prints as one line. */
    public static String oneLine(String text) {
        if (text == null) return null;
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029';
            if (!control) {
                if (sb != null) sb.append(c);
                continue;
            }
            if (sb == null) sb = new StringBuilder(text.length() + 8).append(text, 0, i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(String.format("\\u%04x", (int) c));
            }
        }
        return sb == null ? text : sb.toString();
    }

    public Source source() {
        return source;
    }
}
