package ucount.ingest;

import ucount.model.Source;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
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

    private static final VarHandle EIGHT_BYTES =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private static final int END = -1;
    private static final int NEED_MORE = -2;

    private final InputStream in;
    private final long maxRecordBytes;
    private final ValueCache values = new ValueCache();
    /** Per column: values looked up in the cache, and found there ({@link ValueCache#worthAsking}). */
    private int[] cacheAsked = new int[0];
    private int[] cacheFound = new int[0];
    /** --max-field-length and --max-columns: a field or record beyond them stops the read (no unbounded buffer). */
    private int maxFieldChars = Integer.MAX_VALUE;
    private int maxColumns = Integer.MAX_VALUE;
    /** The header's field count, once known: a last record cut short at the end of input is a truncated file. */
    private int expectedFields;
    private byte[] buf;
    private int limit;
    private boolean eof;
    /** Stream bytes before buf[0]. */
    private long dropped;
    /** Where the next record starts in buf. */
    private int pos;
    /** Line breaks before pos. */
    private long lineBreaks;

    /** The columns kept (null: all), and for each column not kept how many follow it up to the next kept one. */
    private boolean[] kept;
    private int[] skipRun;
    private int lastColumn = Integer.MAX_VALUE;
    /** Set by skipFields: the commas it passed. */
    private int commasPassed;
    private int fields;
    private boolean skippedColumns;
    private boolean quoteDoubled;
    private int[] starts = new int[256];
    private int[] ends = new int[256];
    private boolean[] doubledQuotes = new boolean[256];
    private int recordStart;
    private long recordLine;
    /** Line breaks inside the record being scanned (quoted ones, then its terminator). */
    private long breaksInRecord;

    /**
     * @param offset         the stream offset of the first byte {@code in} gives, for {@link #offset}
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

    /** Applies the limits a field and a record must stay within. */
    void limit(ReadLimits limits) {
        maxFieldChars = limits.maxFieldLength();
        maxColumns = limits.maxColumns();
    }

    /** The records that follow have this many fields (the header's). */
    void expectFields(int count) {
        expectedFields = count;
    }

    int expectedFields() {
        return expectedFields;
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

    /** The stream offset after the current record (after its line break). */
    long offset() {
        return dropped + pos;
    }

    /** Line breaks from the start of the stream given to {@link #offset}. */
    long lineBreaks() {
        return lineBreaks;
    }

    /** The fields of the current record, as far as the columns kept. */
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
        if (to - from <= ValueCache.SHARED_LENGTH && worthCaching(index)) {
            String value = values.get(buf, from, to);
            if (cacheAsked[index] < ValueCache.TRIAL) {
                cacheAsked[index]++;
                if (values.found()) cacheFound[index]++;
            }
            return value;
        }
        return new String(buf, from, to - from, StandardCharsets.UTF_8);
    }

    /** Asked for every kept field: short enough (35 bytes of bytecode at most) for the quick compiler to inline. */
    private boolean worthCaching(int column) {
        if (column >= cacheAsked.length) makeRoomToCount(column);
        return ValueCache.worthAsking(cacheAsked[column], cacheFound[column]);
    }

    private void makeRoomToCount(int column) {
        cacheAsked = Arrays.copyOf(cacheAsked, column + 1);
        cacheFound = Arrays.copyOf(cacheFound, column + 1);
    }

    /**
     * Keeps only the given columns (ascending): the others are checked (quotes, line breaks, UTF-8) but not taken
     * apart, which is most of the work on a 200-column export of which a reader uses a few. {@link #field} is then
     * only for the columns kept.
     */
    void keepColumns(int[] columns) {
        lastColumn = columns.length == 0 ? 0 : columns[columns.length - 1];
        kept = new boolean[lastColumn + 1];
        for (int column : columns) kept[column] = true;
        if (columns.length == 0) kept[0] = true;
        skipRun = new int[lastColumn + 1];
        for (int i = lastColumn - 1; i >= 0; i--) skipRun[i] = kept[i + 1] ? 1 : skipRun[i + 1] + 1;
    }

    /** Whether every field of the current record is empty or white space (String.isBlank), like a blank line. */
    boolean isBlank() throws MalformedCsv {
        if (!fieldsAreBlank()) return false;
        if (!skippedColumns) return true;
        // Rare: blank in the columns kept; take the whole record apart.
        boolean[] keptColumns = kept;
        int last = lastColumn;
        kept = null;
        lastColumn = Integer.MAX_VALUE;
        try {
            scan(recordStart);
            return fieldsAreBlank();
        } finally {
            kept = keptColumns;
            lastColumn = last;
        }
    }

    private boolean fieldsAreBlank() {
        for (int i = 0; i < fields; i++) {
            if (kept != null && !kept[i]) continue;
            for (int p = starts[i]; p < ends[i]; p++) {
                int c = buf[p] & 0xFF;
                if (c >= 0x80) return decodedIsBlank(i);
                if (c > ' ' || !Character.isWhitespace(c)) return false; // no ASCII white space is above ' '
            }
        }
        return true;
    }

    /** Non-ASCII white space (U+2000 ...) is rare enough to be checked on the decoded text. */
    private boolean decodedIsBlank(int from) {
        for (int i = from; i < fields; i++) {
            if (kept != null && !kept[i]) continue;
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

    /*
     * Scanning. Each step takes a position in buf and returns the position it reached, or NEED_MORE when the buffer
     * ends first and more input may follow (the record is then scanned again from its start once more is read).
     */

    /** Scans the record starting at p: returns where the next record starts, or END when no record is left. */
    private int scan(int p) throws MalformedCsv {
        if (p >= limit) return eof ? END : NEED_MORE;
        int n = 0;
        breaksInRecord = 0;
        skippedColumns = false;
        while (true) {
            if (n > lastColumn) {
                fields = n;
                skippedColumns = true;
                return skipToEndOfRecord(p, n);
            }
            if (kept != null && !kept[n]) {
                int run = skipRun[n];
                p = skipFields(p, run);
                if (p < 0) return p;
                skippedColumns = true;
                if (commasPassed == run) {
                    n += run;
                    continue;
                }
                fields = n + commasPassed + 1;
                return endOfRecord(p, fields);
            }
            if (n >= starts.length) growFields(n + 1);
            if (p < limit && buf[p] == '"') {
                int close = closingQuote(p);
                if (close < 0) return close;
                starts[n] = p + 1;
                ends[n] = close;
                doubledQuotes[n] = quoteDoubled;
                p = afterClosingQuote(close + 1);
            } else {
                int end = endOfUnquotedField(p);
                if (end < 0) return end;
                starts[n] = p;
                ends[n] = end;
                doubledQuotes[n] = false;
                p = end;
            }
            if (p < 0) return p;
            n++;
            if (p < limit && buf[p] == ',') {
                p++;
                continue;
            }
            fields = n;
            if (n > maxColumns) throw MalformedCsv.limit(lineBreaks, "more than " + maxColumns + " fields in one row "
                    + "(--max-columns)");
            return endOfRecord(p, n);
        }
    }

    /**
     * The position of the comma, CR or LF that ends the unquoted field starting at p (the limit at the end). Eight
     * bytes at a time while they hold no comma, line break, NUL or non-ASCII byte, as most of a field's text is.
     */
    private int endOfUnquotedField(int p) throws MalformedCsv {
        final byte[] b = buf;
        final int lim = limit;
        final int start = p;
        while (p < lim) {
            while (p + 8 <= lim) {
                long stops = fieldEndsAndNonAscii((long) EIGHT_BYTES.get(b, p));
                if (stops != 0) {
                    p += firstMarkedByte(stops);
                    break;
                }
                p += 8;
                if (p - start > maxFieldChars) checkFieldLength(start, p);
            }
            if (p >= lim) break;
            if (p - start > maxFieldChars) checkFieldLength(start, p);
            byte c = b[p];
            if (c > ',') {
                p++;
            } else if (c == ',' || c == '\n' || c == '\r') {
                if (p - start > maxFieldChars) checkFieldLength(start, p);
                return p;
            } else if (c == 0) {
                throw MalformedCsv.nul(lineBreaks + breaksInRecord);
            } else if (c < 0) {
                int length = utf8(b, p, lim);
                if (length == 0) return NEED_MORE;
                p += length;
            } else {
                p++;
            }
        }
        if (!eof) return NEED_MORE;
        if (p - start > maxFieldChars) checkFieldLength(start, p); // the last field of a file without a line break
        return p;
    }

    /** The position of the quote that closes the quoted field opening at p; notes doubled quotes and line breaks. */
    private int closingQuote(int p) throws MalformedCsv {
        final byte[] b = buf;
        final int lim = limit;
        long openedOn = lineBreaks + breaksInRecord;
        quoteDoubled = false;
        int q = p + 1;
        while (true) {
            if (q >= lim) {
                if (q - p - 1 > maxFieldChars) checkFieldLength(p + 1, q);
                if (eof) throw new MalformedCsv(openedOn, "a quoted field starts here and never ends (unbalanced "
                        + "double quote?)");
                return NEED_MORE;
            }
            byte c = b[q];
            if (c == '"') {
                if (q + 1 >= lim && !eof) return NEED_MORE;
                if (q + 1 >= lim || b[q + 1] != '"') {
                    if (q - p - 1 > maxFieldChars) checkFieldLength(p + 1, q);
                    return q;
                }
                quoteDoubled = true;
                q += 2;
                continue;
            }
            if (c == '\n') {
                breaksInRecord++;
            } else if (c == 0) {
                throw MalformedCsv.nul(lineBreaks + breaksInRecord);
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
    }

    /** After a closing quote: white space, then the comma, CR or LF that ends the field (the limit at the end). */
    private int afterClosingQuote(int p) throws MalformedCsv {
        while (p < limit && isSpaceAfterQuote(buf[p])) p++;
        if (p >= limit) return eof ? p : NEED_MORE;
        byte c = buf[p];
        if (c != ',' && c != '\n' && c != '\r') {
            throw new MalformedCsv(lineBreaks + breaksInRecord, "text after the closing quote of a quoted field (a "
                    + "stray double quote?)");
        }
        return p;
    }

    /**
     * From the start of a field, past {@code count} fields not kept: to the start of the field after them, or to the
     * line break or end of input that ends the record first. {@link #commasPassed} tells which. Eight bytes at a
     * time while they hold no quote, line break or non-ASCII byte, counting their commas.
     */
    private int skipFields(int p, int count) throws MalformedCsv {
        final byte[] b = buf;
        final int origin = p;
        int left = count;
        while (true) {
            while (p + 8 <= limit) {
                long word = (long) EIGHT_BYTES.get(b, p);
                long special = quotesLineBreaksAndNonAscii(word);
                long commas = zeroBytes(word ^ 0x2C2C2C2C2C2C2C2CL);
                if (special != 0) commas &= (special & -special) - 1; // the commas before the first special byte
                int found = markedBytes(commas);
                if (found >= left) {
                    for (int i = 1; i < left; i++) commas &= commas - 1;
                    commasPassed = count;
                    return p + firstMarkedByte(commas) + 1;
                }
                left -= found;
                if (special != 0) {
                    p += firstMarkedByte(special);
                    break;
                }
                p += 8;
            }
            if (p >= limit) {
                if (!eof) return NEED_MORE;
                commasPassed = count - left;
                return p;
            }
            byte c = b[p];
            if (c == ',') {
                p++;
                if (--left == 0) {
                    commasPassed = count;
                    return p;
                }
            } else if (c == '"' && (p == origin || b[p - 1] == ',')) {
                int close = closingQuote(p);
                if (close < 0) return close;
                p = afterClosingQuote(close + 1);
                if (p < 0) return p;
            } else if (c == '\n' || c == '\r') {
                commasPassed = count - left;
                return p;
            } else if (c == 0) {
                throw MalformedCsv.nul(lineBreaks + breaksInRecord);
            } else if (c < 0) {
                int length = utf8(b, p, limit);
                if (length == 0) return NEED_MORE;
                p += length;
            } else {
                p++;
            }
        }
    }

    /**
     * From the start of a field past the last column kept, to where the next record starts. Commas no longer
     * matter, only quotes that open a field (a quote inside an unquoted field is an ordinary character), line
     * breaks and UTF-8.
     */
    private int skipToEndOfRecord(int p, int fieldsBefore) throws MalformedCsv {
        final byte[] b = buf;
        int commas = 0;
        while (true) {
            while (p + 8 <= limit) { // eight bytes at a time, up to the first that matters
                long word = (long) EIGHT_BYTES.get(b, p);
                long special = quotesLineBreaksAndNonAscii(word);
                long commaBytes = zeroBytes(word ^ 0x2C2C2C2C2C2C2C2CL);
                if (special != 0) {
                    commas += markedBytes(commaBytes & ((special & -special) - 1));
                    p += firstMarkedByte(special);
                    break;
                }
                commas += markedBytes(commaBytes);
                p += 8;
            }
            if (fieldsBefore + commas >= maxColumns) {
                throw MalformedCsv.limit(lineBreaks, "more than " + maxColumns + " fields in one row (--max-columns)");
            }
            if (p >= limit) return eof ? endOfRecord(p, fieldsBefore + commas + 1) : NEED_MORE;
            byte c = b[p];
            if (c > '"') {
                if (c == ',') commas++;
                p++; // letters, digits, commas: most bytes
            } else if (c == '"' && b[p - 1] == ',') {
                int close = closingQuote(p);
                if (close < 0) return close;
                p = afterClosingQuote(close + 1);
                if (p < 0) return p;
                if (p < limit && b[p] == ',') {
                    commas++;
                    p++;
                }
            } else if (c == '\n' || c == '\r') {
                return endOfLine(p);
            } else if (c == 0) {
                throw MalformedCsv.nul(lineBreaks + breaksInRecord);
            } else if (c < 0) {
                int length = utf8(b, p, limit);
                if (length == 0) return NEED_MORE;
                p += length;
            } else {
                p++;
            }
        }
    }

    /**
     * The bytes of {@code word} (eight bytes, the first in the lowest bits) that are a double quote, CR, LF, NUL or
     * not ASCII: each such byte has its high bit set in the result, every other bit is 0.
     */
    private static long quotesLineBreaksAndNonAscii(long word) {
        long quotes = zeroBytes(word ^ 0x2222222222222222L);
        // Most words hold none of them: one test first for a byte below ' ' or past ASCII (a borrow from such a byte
        // may flag the byte above it too, but no such byte goes unflagged), the exact bytes only when it says so.
        // Kept within 35 bytes of bytecode, so that the quick compiler copies it into its callers: it runs for every
        // eight bytes of a file.
        if ((((word - 0x2020202020202020L) | word) & 0x8080808080808080L) == 0) return quotes;
        return quotes | lineBreaksNulsAndNonAscii(word);
    }

    /**
     * The bytes of {@code word} that end an unquoted field or need a closer look: a comma, CR, LF, NUL or a byte past
     * ASCII (marked as {@link #quotesLineBreaksAndNonAscii} marks them).
     */
    private static long fieldEndsAndNonAscii(long word) {
        long commas = zeroBytes(word ^ 0x2C2C2C2C2C2C2C2CL);
        if ((((word - 0x2020202020202020L) | word) & 0x8080808080808080L) == 0) return commas;
        return commas | lineBreaksNulsAndNonAscii(word);
    }

    /** The bytes of {@code word} that are a CR, LF, NUL or past ASCII, marked as {@link #zeroBytes} marks. */
    private static long lineBreaksNulsAndNonAscii(long word) {
        return zeroBytes(word ^ 0x0D0D0D0D0D0D0D0DL) | zeroBytes(word ^ 0x0A0A0A0A0A0A0A0AL)
                | (word & 0x8080808080808080L) | zeroBytes(word);
    }

    /** Bytes {@code [at, at + 8)} as one number, the first in the lowest byte. */
    static long eightBytes(byte[] bytes, int at) {
        return (long) EIGHT_BYTES.get(bytes, at);
    }

    /**
     * Which byte (0 to 7) is the first one marked in {@code marks}, a nonzero mask of only bytes' high bits (as
     * {@link #zeroBytes} gives): {@code Long.numberOfTrailingZeros(marks) >>> 3}, in three steps. The quick compiler
     * alone (C1, as {@code scripts/ucount} runs) has no intrinsic for that method but a dozen steps of Java: 13 ns a
     * call against 1.3 ns, once per field or run of text scanned. (Likewise {@code Long.bitCount}: 3.1 ns against 0.5
     * ns, once per eight bytes of the columns skipped.)
     */
    static int firstMarkedByte(long marks) {
        return (int) ((((marks & -marks) >>> 7) * 0x0001_0203_0405_0607L) >>> 56);
    }

    /** How many bytes {@code marks} marks (a mask as {@link #firstMarkedByte} takes): its bit count, in two steps. */
    static int markedBytes(long marks) {
        return (int) (((marks >>> 7) * 0x0101_0101_0101_0101L) >>> 56);
    }

    /** The high bit of each byte of {@code x} that is 0. (Exact: no carry crosses into the next byte.) */
    static long zeroBytes(long x) {
        long lowSeven = 0x7F7F7F7F7F7F7F7FL;
        return ~(((x & lowSeven) + lowSeven) | x) & 0x8080808080808080L;
    }

    /**
     * A field's bytes exceed --max-field-length; throws when its characters (UTF-8 sequences) do too. Called only
     * past the byte count, so the common case costs one comparison.
     */
    private void checkFieldLength(int from, int to) throws MalformedCsv {
        int chars = 0;
        for (int i = from; i < to; i++) {
            if ((buf[i] & 0xC0) != 0x80) chars++;
        }
        if (chars > maxFieldChars) {
            throw MalformedCsv.limit(lineBreaks, "a field of more than " + maxFieldChars + " characters "
                    + "(--max-field-length)");
        }
    }

    /**
     * Where the next record starts, the record's {@code count} fields having ended at p: past its line break, or at
     * the end of input, where a record of several fields without a line break and with fewer fields than the header
     * was cut short.
     */
    private int endOfRecord(int p, int count) throws MalformedCsv {
        if (p < limit) return endOfLine(p);
        if (count > 1 && count < expectedFields) { // one field: a blank last line, not a cut row
            throw MalformedCsv.limit(lineBreaks, "the file ends inside a row (" + count + " of " + expectedFields
                    + " fields): a truncated export?");
        }
        return p;
    }

    /** Past the CR, LF or CRLF at p. */
    private int endOfLine(int p) {
        breaksInRecord++;
        if (buf[p] == '\r') {
            if (p + 1 >= limit) return eof ? p + 1 : NEED_MORE;
            if (buf[p + 1] == '\n') return p + 2;
        }
        return p + 1;
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

    private void growFields(int needed) {
        int size = Math.max(needed, starts.length * 2);
        starts = Arrays.copyOf(starts, size);
        ends = Arrays.copyOf(ends, size);
        doubledQuotes = Arrays.copyOf(doubledQuotes, size);
    }

    /** A record the CSV rules do not allow, at a line counted from 0 at the start of the stream given. */
    static final class MalformedCsv extends Exception {

        final long lineBreaks;
        final boolean notUtf8;
        /** Not a CSV syntax problem (a NUL byte, a read limit): said as it is, without "malformed CSV". */
        final boolean notText;

        MalformedCsv(long lineBreaks, String problem) {
            this(lineBreaks, problem, false, false);
        }

        private MalformedCsv(long lineBreaks, String problem, boolean notUtf8, boolean notText) {
            super(problem, null, false, false);
            this.lineBreaks = lineBreaks;
            this.notUtf8 = notUtf8;
            this.notText = notText;
        }

        static MalformedCsv notUtf8(long lineBreaks) {
            return new MalformedCsv(lineBreaks, "not valid UTF-8", true, false);
        }

        /** A read limit passed, at the record starting after {@code lineBreaks}. */
        static MalformedCsv limit(long lineBreaks, String problem) {
            return new MalformedCsv(lineBreaks, problem, false, true);
        }

        static MalformedCsv nul(long lineBreaks) {
            return new MalformedCsv(lineBreaks, "NUL byte: not a text export (binary, or UTF-16 without a byte-order "
                    + "mark?)", false, true);
        }

        /** The input error at {@code line} of {@code fileName}. */
        InputException at(String fileName, long line) {
            if (notUtf8) return TextDecoder.notUtf8(new Source(fileName, line));
            return new InputException(new Source(fileName, line), (notText ? "" : "malformed CSV: ") + getMessage());
        }
    }

    /** A record longer than the tokenizer was told to accept. */
    static final class RecordTooLong extends RuntimeException {

        RecordTooLong() {
            super(null, null, false, false);
        }
    }
}
