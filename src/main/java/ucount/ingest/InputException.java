package ucount.ingest;

import ucount.model.Source;

/**
 * An export that cannot be read as it is: unreadable, malformed, or unrecognised. The message is the one line the
 * user sees: {@code FILE:LINE: problem}.
 */
public class InputException extends Exception {

    private final transient Source source;

    public InputException(Source source, String problem) {
        super(source + ": " + problem);
        this.source = source;
    }

    public InputException(Source source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.source = source;
    }

    public Source source() {
        return source;
    }
}
