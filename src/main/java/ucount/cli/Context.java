package ucount.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.function.Supplier;

/** What a command talks to: its standard output, error and input (tests give their own). */
record Context(PrintWriter out, PrintWriter err, Supplier<InputStream> stdin) {
}
