package ucount.cli;

/** An option value that parses but makes no sense (exit 2), e.g. {@code --cluster} without {@code =}. */
class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
