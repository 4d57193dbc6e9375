package ucount.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.function.Supplier;

/** What a command talks to: its standard output, error and input, and the clock (tests give their own). */
record Context(PrintWriter out, PrintWriter err, Supplier<InputStream> stdin, Clock clock) {

    Context(PrintWriter out, PrintWriter err, Supplier<InputStream> stdin) {
        this(out, err, stdin, Clock.systemDefaultZone());
    }
}
