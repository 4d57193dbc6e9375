package ucount.model;

/** Where a record was read: a file name as the user gave it, and a 1-based line (0 when not line-based). */
public record Source(String file, long line) {

    public static Source of(String file) {
        return new Source(file, 0);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
