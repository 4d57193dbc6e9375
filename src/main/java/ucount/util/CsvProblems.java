package ucount.util;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Apache Commons CSV says is wrong with a small CSV file (a catalog, the installed licenses), taken apart into
 * its line and its problem, without the Java exception names its messages carry, so that it can be worded as every
 * other input error is: {@code FILE:LINE: problem}.
 */
public final class CsvProblems {

    /**
     * Commons CSV puts the line in its message, in one of these forms: "(line 3) invalid char ...", "(startline 2)
     * EOF reached ...", "Invalid char between encapsulated token and delimiter at line: 2, position: 17".
     */
    private static final Pattern LINE = Pattern.compile(
            "\\((?:start)?line (\\d+)\\)\\s*|\\s*at line: (\\d+), position: \\d+");
    private static final Pattern JAVA_PREFIXES = Pattern.compile("(?:[a-z]+\\.)+[A-Za-z]*Exception:\\s*");

    private CsvProblems() {
    }

    /** The line the problem of {@code e} is on; 0 when its message names none. */
    public static long line(Throwable e) {
        Matcher line = LINE.matcher(message(e));
        if (!line.find()) return 0;
        return Long.parseLong(line.group(1) != null ? line.group(1) : line.group(2));
    }

    /** The problem of {@code e} (its innermost cause), without its line and the names of Java exceptions. */
    public static String problem(Throwable e) {
        return "malformed CSV: " + LINE.matcher(message(e)).replaceFirst("");
    }

    /**
     * The 1-based line of the first NUL byte in a small file's bytes, or 0 when there is none: a NUL is no text (a
     * binary file, or UTF-16 without a byte-order mark), and the CSV parser would take it as a character.
     */
    public static long nulLine(byte[] bytes) {
        long line = 1;
        for (byte b : bytes) {
            if (b == 0) return line;
            if (b == '\n') line++;
        }
        return 0;
    }

    private static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return JAVA_PREFIXES.matcher(message).replaceAll("");
    }
}
