package ucount.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits UTF-8 CSV bytes into records and fields, as RFC 4180 and Commons CSV's default format read them: fields are
 * separated by commas; a field that starts with a double quote runs to the matching quote, {@code ""} inside it
 * standing for one quote, commas and line breaks inside it taken literally; a record ends at CRLF, LF or a lone CR.
 * A quote inside an unquoted field is an ordinary character; white space between a closing quote and the next comma
 * is ignored; anything else there is an error.
 *
 * <p>A record is only located: its fields are start and end offsets in the buffer, and a field becomes a String
 * when {@link #field} asks for it. A 200-column export thus costs one pass over its bytes plus the few columns a
 * reader uses. UTF-8 is validated during that pass: every byte of 0x80 and above starts a multi-byte sequence that
 * is checked where it occurs, so ASCII text costs nothing extra and no invalid byte goes unnoticed.
 *
 * <p>Line numbers count every line break, those inside quoted fields too, so a record's line is the line an editor
 * shows it on. Offsets count bytes of the stream, so that a file read in chunks can tell where each record starts.
 */
final class CsvTokenizer implements Closeable {

    /** The read buffer; it grows when one record is longer. */
    static final int BUFFER_SIZE = 256 << 10;
    /** Values up to this many bytes go through the {@link ValueCache}: models, protocols, IDs, names. */
    private static final int SHARED_VALUE_LENGTH = 32;

    private static final int END = -1;
    private static final int NEED_MORE = -2;

    private final InputStream in;
    private final long maxRecordBytes;
    private final ValueCache values = new ValueCache();
    private byte[] buf;
    private int limit;
    private boolean eof;
    /** Stream bytes before buf[0]. */
    private long dropped;
    /** Where the next record starts in buf. */
    private int pos;
    /** Line breaks before pos. */
    private long lineBreaks;

    private int fields;
    private int[] starts = new int[256];
    private int[] ends = new int[256];
    private boolean[] doubledQuotes = new boolean[256];
    private int recordStart;
    private long recordLine;
    /** Line breaks inside the record being scanned (quoted ones, then its terminator). */
    private long breaksInRecord;

    /**
     * @param offset         the stream offset of the first byte {@code in} gives, for {@link #recordOffset}
     * @param maxRecordBytes a record longer than this throws {@link RecordTooLong} (a guard for speculative reads)
     */
    CsvTokenizer(InputStream in, long offset, long maxRecordBytes) {
        this.in = in;
        this.dropped = offset;
        this.maxRecordBytes = maxRecordBytes;
        this.buf = new byte[BUFFER_SIZE];
    }

    CsvTokenizer(InputStream in) {
        this(in, 0, Long.MAX_VALUE);
    }

    /** Moves to the next record; false at the end of the input. */
    boolean next() throws IOException, MalformedCsv {
        while (true) {
            int end = scan(pos);
            if (end >= 0) {
                recordStart = pos;
                recordLine = lineBreaks;
                lineBreaks += breaksInRecord;
                pos = end;
                return true;
            }
            if (end == END) return false;
            refill();
        }
    }

    /**
     * Skips to the start of the next line: past the first LF. The line count is not changed: a tokenizer started in
     * the middle of a file counts lines from where this leaves it. False when no LF is left.
     */
    boolean skipPastLineFeed() throws IOException {
        while (true) {
            for (int p = pos; p < limit; p++) {
                if (buf[p] == '\n') {
                    pos = p + 1;
                    return true;
                }
            }
            pos = limit;
            if (eof) return false;
            refill();
        }
    }

    /** Line breaks before the current record: its line, counted from 0 at the start of the stream given. */
    long recordLine() {
        return recordLine;
    }

    /** The stream offset where the current record starts. */
    long recordOffset() {
        return dropped + recordStart;
    }

    /** The stream offset after the current record (after its line break). */
    long offset() {
        return dropped + pos;
    }

    /** Line breaks from the start of the stream given to {@link #offset}. */
    long lineBreaks() {
        return lineBreaks;
    }

    int fieldCount() {
        return fields;
    }

    /** A field of the current record with surrounding white space trimmed (as String.trim); "" when absent. */
    String field(int index) {
        if (index < 0 || index >= fields) return "";
        int from = starts[index];
        int to = ends[index];
        while (from < to && (buf[from] & 0xFF) <= ' ') from++;
        while (to > from && (buf[to - 1] & 0xFF) <= ' ') to--;
        if (from == to) return "";
        if (doubledQuotes[index]) return unquote(from, to);
        if (to - from <= SHARED_VALUE_LENGTH) return values.get(buf, from, to);
        return new String(buf, from, to - from, StandardCharsets.UTF_8);
    }

    /** Whether every field of the current record is empty or white space (String.isBlank), like a blank line. */
    boolean isBlank() {
        for (int i = 0; i < fields; i++) {
            for (int p = starts[i]; p < ends[i]; p++) {
                int c = buf[p] & 0xFF;
                if (c >= 0x80) return decodedIsBlank(i);
                if (!Character.isWhitespace(c)) return false;
            }
        }
        return true;
    }

    /** Non-ASCII white space (U+2000 ...) is rare enough to be checked on the decoded text. */
    private boolean decodedIsBlank(int from) {
        for (int i = from; i < fields; i++) {
            if (!new String(buf, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8).isBlank()) return false;
        }
        return true;
    }

    private String unquote(int from, int to) {
        byte[] text = new byte[to - from];
        int n = 0;
        for (int p = from; p < to; p++) {
            text[n++] = buf[p];
            if (buf[p] == '"') p++; // the second quote of a doubled pair
        }
        return new String(text, 0, n, StandardCharsets.UTF_8);
    }

    /**
     * Scans the record starting at p. Returns where the next record starts, END when no record is left, or
     * NEED_MORE when the buffer ends before the record does.
     */
    private int scan(int p) throws MalformedCsv {
        final byte[] b = buf;
        final int lim = limit;
        if (p >= lim) return eof ? END : NEED_MORE;
        int n = 0;
        breaksInRecord = 0;
        while (true) {
            if (n == starts.length) growFields();
            if (p < lim && b[p] == '"') {
                int q = p + 1;
                boolean doubled = false;
                long openedOn = lineBreaks + breaksInRecord;
                while (true) {
                    if (q >= lim) {
                        if (eof) throw new MalformedCsv(openedOn, "unbalanced double quote: the quoted field "
                                + "starting on this line has no closing quote");
                        return NEED_MORE;
                    }
                    byte c = b[q];
                    if (c == '"') {
                        if (q + 1 >= lim && !eof) return NEED_MORE;
                        if (q + 1 < lim && b[q + 1] == '"') {
                            doubled = true;
                            q += 2;
                            continue;
                        }
                        break;
                    }
                    if (c == '\n') {
                        breaksInRecord++;
                    } else if (c == '\r') {
                        if (q + 1 >= lim && !eof) return NEED_MORE;
                        if (q + 1 >= lim || b[q + 1] != '\n') breaksInRecord++;
                    } else if (c < 0) {
                        int length = utf8(b, q, lim);
                        if (length == 0) return NEED_MORE;
                        q += length;
                        continue;
                    }
                    q++;
                }
                starts[n] = p + 1;
                ends[n] = q;
                doubledQuotes[n] = doubled;
                n++;
                p = q + 1;
                while (p < lim && isSpaceAfterQuote(b[p])) p++;
                if (p >= lim && !eof) return NEED_MORE;
                if (p < lim && b[p] != ',' && b[p] != '\n' && b[p] != '\r') {
                    throw new MalformedCsv(lineBreaks + breaksInRecord, "text after the closing double quote of a "
                            + "field (a double quote inside a quoted field is written twice: \"\")");
                }
            } else {
                int start = p;
                while (p < lim) {
                    byte c = b[p];
                    if (c > ',') {
                        p++;
                    } else if (c == ',' || c == '\n' || c == '\r') {
                        break;
                    } else if (c < 0) {
                        int length = utf8(b, p, lim);
                        if (length == 0) return NEED_MORE;
                        p += length;
                    } else {
                        p++;
                    }
                }
                if (p >= lim && !eof) return NEED_MORE;
                starts[n] = start;
                ends[n] = p;
                doubledQuotes[n] = false;
                n++;
            }
            if (p >= lim) { // the last record of the input, without a line break
                fields = n;
                return p;
            }
            byte c = b[p];
            if (c == ',') {
                p++;
                continue;
            }
            fields = n;
            breaksInRecord++;
            if (c == '\r') {
                if (p + 1 >= lim && !eof) return NEED_MORE;
                if (p + 1 < lim && b[p + 1] == '\n') p++;
            }
            return p + 1;
        }
    }

    /** White space Commons CSV skips between a closing quote and the delimiter (Character.isWhitespace, no EOL). */
    private static boolean isSpaceAfterQuote(byte c) {
        return c == ' ' || c == '\t' || c == 0x0B || c == '\f' || (c >= 0x1C && c <= 0x1F);
    }

    /**
     * The length of the UTF-8 sequence starting at b[i] (a byte of 0x80 or above), or 0 when it may run past the
     * buffer. Overlong forms, surrogates and code points past U+10FFFF are invalid, as in the JDK's strict decoder.
     */
    private int utf8(byte[] b, int i, int lim) throws MalformedCsv {
        int lead = b[i] & 0xFF;
        int length;
        int min = 0x80;
        int max = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0) min = 0xA0;
            if (lead == 0xED) max = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0) min = 0x90;
            if (lead == 0xF4) max = 0x8F;
        } else {
            throw MalformedCsv.notUtf8(lineBreaks);
        }
        for (int k = 1; k < length; k++) {
            if (i + k >= lim) {
                if (eof) throw MalformedCsv.notUtf8(lineBreaks);
                return 0;
            }
            int c = b[i + k] & 0xFF;
            int lo = k == 1 ? min : 0x80;
            int hi = k == 1 ? max : 0xBF;
            if (c < lo || c > hi) throw MalformedCsv.notUtf8(lineBreaks);
        }
        return length;
    }

    /** Keeps the unfinished record, moved to the front of the buffer (grown when it fills it), and reads more. */
    private void refill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            dropped += pos;
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            if (buf.length >= maxRecordBytes) throw new RecordTooLong();
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int read = in.read(buf, limit, buf.length - limit);
        if (read < 0) {
            eof = true;
        } else {
            limit += read;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void growFields() {
        starts = Arrays.copyOf(starts, starts.length * 2);
        ends = Arrays.copyOf(ends, ends.length * 2);
        doubledQuotes = Arrays.copyOf(doubledQuotes, doubledQuotes.length * 2);
    }

    /** A record the CSV rules do not allow, at a line counted from 0 at the start of the stream given. */
    static final class MalformedCsv extends Exception {

        final long lineBreaks;
        final boolean notUtf8;

        MalformedCsv(long lineBreaks, String problem) {
            this(lineBreaks, problem, false);
        }

        private MalformedCsv(long lineBreaks, String problem, boolean notUtf8) {
            super(problem, null, false, false);
            this.lineBreaks = lineBreaks;
            this.notUtf8 = notUtf8;
        }

        static MalformedCsv notUtf8(long lineBreaks) {
            return new MalformedCsv(lineBreaks, "not valid UTF-8", true);
        }
    }

    /** A record longer than the tokenizer was told to accept. */
    static final class RecordTooLong extends RuntimeException {

        RecordTooLong() {
            super(null, null, false, false);
        }
    }
}
