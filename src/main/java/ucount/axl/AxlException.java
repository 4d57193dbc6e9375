package ucount.axl;

/**
 * A pull that cannot go on: the server refused, could not be reached, or answered with a fault. The message is the
 * one line the user sees, {@code host:port: problem and what to do}; it never holds the password.
 */
public class AxlException extends Exception {

    public AxlException(String message) {
        super(message);
    }

    public AxlException(String message, Throwable cause) {
        super(message, cause);
    }
}
