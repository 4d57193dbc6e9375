package ucount.report;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.function.IntPredicate;

/**
 * A writer that puts U+FFFD in place of the characters a kind of output must not carry, whatever an export put in
 * its values: a terminal's control sequences in text read on a screen (an ESC from a device description would be
 * obeyed by the terminal), and the characters XML 1.0 forbids in a document that must parse.
 */
public final class SafeText extends FilterWriter {

    /** Text for people: line feeds and tabs only, no other C0 or C1 control, no DEL. */
    public static final IntPredicate TERMINAL = c -> c < 0x20 ? c != '\n' && c != '\t' : c >= 0x7F && c <= 0x9F;
    /** XML 1.0: no C0 control but tab, line feed and carriage return, and not U+FFFE or U+FFFF. */
    public static final IntPredicate XML = c -> c < 0x20 ? c != '\n' && c != '\t' && c != '\r'
            : c == 0xFFFE || c == 0xFFFF;

    private static final char REPLACEMENT = '\uFFFD';

    private final IntPredicate refused;

    public SafeText(Writer out, IntPredicate refused) {
        super(out);
        this.refused = refused;
    }

    @Override
    public void write(int c) throws IOException {
        out.write(refused.test(c) ? REPLACEMENT : c);
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        int from = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
            if (!refused.test(chars[i])) continue;
            out.write(chars, from, i - from);
            out.write(REPLACEMENT);
            from = i + 1;
        }
        out.write(chars, from, end - from);
    }

    @Override
    public void write(String text, int off, int len) throws IOException {
        int from = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
            if (!refused.test(text.charAt(i))) continue;
            out.write(text, from, i - from);
            out.write(REPLACEMENT);
            from = i + 1;
        }
        out.write(text, from, end - from);
    }
}
