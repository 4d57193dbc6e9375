package ucount.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a command talks to: its standard output, error and input, the clock and the environment's secrets (tests give
 * their own).
 */
record Context(PrintWriter out, PrintWriter err, Supplier<InputStream> stdin, Clock clock,
               Function<String, String> env) {

    Context(PrintWriter out, PrintWriter err, Supplier<InputStream> stdin) {
        this(out, err, stdin, Clock.systemDefaultZone(), System::getenv);
    }
}
