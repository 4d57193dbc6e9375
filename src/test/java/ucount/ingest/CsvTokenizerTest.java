package ucount.ingest;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The byte tokenizer against Commons CSV, the reference parser, on generated tricky input (fixed seed): quotes,
 * doubled quotes, commas and line breaks inside quoted fields, quotes inside unquoted fields, CRLF, LF and lone CR,
 * blank lines, multi-byte UTF-8, and input arriving a few bytes at a time so that every record, quote pair, CRLF
 * and UTF-8 sequence is cut by the end of the buffer somewhere.
 */
class CsvTokenizerTest {

    private static final CSVFormat COMMONS = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).build();
    private static final String[] PIECES = {"a", "Z", "9", " ", "  ", ",", "\"", "\"\"", "\r", "\n", "\r\n", "\t", "x\"y",
            "\u00e9", "\u65e5\u672c", "\uD83D\uDE00", "SEP0A1B2C3D4E5F", "Cisco 8865"};
    private static final String[] LINE_ENDS = {"\r\n", "\n", "\r"};

    /** One record as a reader sees it: the line it starts on and its fields, trimmed. */
    private record Rec(long line, List<String> fields) {
    }

    @Test
    void fuzz_sameRecordsFieldsAndLinesAsCommonsCsv() throws Exception {
        Random random = new Random(4180);
        for (int i = 0; i < 400; i++) {
            String csv = randomCsv(random);
            List<Rec> expected = commons(csv);
            byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
            assertEquals(expected, tokens(new ByteArrayInputStream(bytes)), "document " + i + ": " + csv);
            assertEquals(expected, tokens(new Trickle(bytes, random.nextLong())),
                    "document " + i + " read a few bytes at a time: " + csv);
        }
    }

    @Test
    void fuzz_keepingSomeColumnsKeepsThoseAndStillFindsBlankRecords() throws Exception {
        Random random = new Random(7);
        for (int i = 0; i < 600; i++) {
            String csv = randomCsv(random);
            int[] kept = random.ints(1 + random.nextInt(3), 0, 12).sorted().distinct().toArray();
            List<Rec> expected = new ArrayList<>();
            for (Rec r : commons(csv)) {
                List<String> values = new ArrayList<>();
                for (int column : kept) values.add(column < r.fields.size() ? r.fields.get(column) : "");
                expected.add(new Rec(r.line, values));
            }
            byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
            String what = "document " + i + ", columns " + java.util.Arrays.toString(kept) + ": " + csv;
            assertEquals(expected, tokens(new ByteArrayInputStream(bytes), kept), what);
            assertEquals(expected, tokens(new Trickle(bytes, i), kept), what);
            assertEquals(blankness(csv), blankness(bytes, kept), what);
        }
    }

    @Test
    void aRecordLongerThanTheBufferGrowsIt() throws Exception {
        String longField = "x".repeat(3 * CsvTokenizer.BUFFER_SIZE);
        String csv = "a,\"" + longField + "\",b\nc,d\n";
        CsvTokenizer tokenizer = new CsvTokenizer(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertTrue(tokenizer.next());
        assertEquals(longField, tokenizer.field(1));
        assertTrue(tokenizer.next());
        assertEquals("d", tokenizer.field(1));
        assertEquals(1, tokenizer.recordLine());
    }

    @Test
    void aSpeculativeTokenizerGivesUpOnARecordLongerThanItsBuffer() throws Exception {
        String csv = "a,\"" + "x".repeat(2 * CsvTokenizer.BUFFER_SIZE) + "\"\n";
        CsvTokenizer tokenizer = new CsvTokenizer(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), 0,
                CsvTokenizer.BUFFER_SIZE);
        assertThrows(CsvTokenizer.RecordTooLong.class, tokenizer::next);
    }

    @Test
    void anUnbalancedQuoteNamesTheLineTheQuotedFieldStartsOn() {
        CsvTokenizer.MalformedCsv e = assertThrows(CsvTokenizer.MalformedCsv.class,
                () -> tokens(utf8("h1,h2\n\"multi\nline\",ok\nx,\"never closed\ny\nz\n")));
        assertEquals(4, e.lineBreaks + 1);
        assertEquals("a quoted field starts here and never ends (unbalanced double quote?)", e.getMessage());
    }

    @Test
    void textAfterAClosingQuoteIsAnError_whiteSpaceIsNot() throws Exception {
        assertEquals(List.of(new Rec(1, List.of("a", "b"))), tokens(utf8("\"a\"  ,b\n")));
        CsvTokenizer.MalformedCsv e = assertThrows(CsvTokenizer.MalformedCsv.class,
                () -> tokens(utf8("x\n\"a\"b,c\n")));
        assertEquals(2, e.lineBreaks + 1);
        assertTrue(e.getMessage().startsWith("text after the closing quote of a quoted field"), e.getMessage());
    }

    /**
     * --max-field-length counts characters, whatever bytes they take and wherever an unquoted field's eight-byte
     * steps end: a field of exactly the limit is read, one character more is refused, on the field's own line.
     */
    @Test
    void anUnquotedFieldIsHeldToTheLengthLimitInCharacters_atEveryLengthAroundAWord() throws Exception {
        for (int limit : new int[]{7, 8, 9, 15, 16, 17, 24}) {
            for (String unit : new String[]{"x", "\u00e9", "\u65e5"}) {
                for (int length = Math.max(1, limit - 2); length <= limit + 2; length++) {
                    String field = unit.repeat(length);
                    for (String csv : new String[]{"h,i\n" + field + ",b\n", "h,i\na," + field + "\n", "h\n" + field}) {
                        CsvTokenizer tokenizer = new CsvTokenizer(new ByteArrayInputStream(utf8bytes(csv)));
                        tokenizer.limit(new ReadLimits(ReadLimits.DEFAULT.maxElements(), ReadLimits.DEFAULT.maxDepth(),
                                limit, ReadLimits.DEFAULT.maxColumns()));
                        assertTrue(tokenizer.next());
                        String what = "limit " + limit + ", " + length + " x " + unit + " in " + csv.replace("\n", "|");
                        if (length <= limit) {
                            assertTrue(tokenizer.next(), what);
                            assertTrue(List.of(tokenizer.field(0), tokenizer.fieldCount() > 1 ? tokenizer.field(1) : "")
                                    .contains(field), what);
                        } else {
                            CsvTokenizer.MalformedCsv e = assertThrows(CsvTokenizer.MalformedCsv.class, tokenizer::next,
                                    what);
                            assertEquals("a field of more than " + limit + " characters (--max-field-length)",
                                    e.getMessage(), what);
                            assertEquals(2, e.lineBreaks + 1, what);
                        }
                    }
                }
            }
        }
    }

    private static byte[] utf8bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Every way a byte sequence can fail to be UTF-8, in a kept column, a skipped one and a quoted one. */
    @ParameterizedTest
    @ValueSource(strings = {"80", "bf", "c0af", "c1bf", "e080af", "eda080", "edbfbf", "f08080af", "f4908080", "f5808080",
            "ff", "c3", "e282", "f09f98", "c328", "e228a1"})
    void invalidUtf8IsRefusedWherever(String hex) {
        byte[] bad = HexFormat.of().parseHex(hex);
        for (String template : new String[]{"h\nab%s,c\n", "h,i,j\na,b,c%s\n", "h\n\"%s\"\n", "h\nx%s", "a,b%s,c,d\n"}) {
            String[] parts = template.split("%s", -1);
            byte[] csv = concat(parts[0].getBytes(StandardCharsets.UTF_8), bad, parts[1].getBytes(StandardCharsets.UTF_8));
            for (int[] columns : new int[][]{null, {0}, {2}}) {
                String what = template + " with " + hex + ", columns " + java.util.Arrays.toString(columns);
                CsvTokenizer.MalformedCsv e = assertThrows(CsvTokenizer.MalformedCsv.class,
                        () -> tokens(new ByteArrayInputStream(csv), columns), what);
                assertTrue(e.notUtf8, what);
                assertThrows(CsvTokenizer.MalformedCsv.class, () -> tokens(new Trickle(csv, 1), columns), what);
            }
        }
    }

    @Test
    void validUtf8OfEveryLengthIsRead() throws Exception {
        String text = "\u00e9\u0800\uffff\uD800\uDC00\uDBFF\uDFFF\u65e5";
        assertEquals(List.of(new Rec(1, List.of(text, text))), tokens(new Trickle(utf8(text + ",\"" + text + "\"")
                .readAllBytes(), 3)));
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private static String randomCsv(Random random) {
        StringBuilder csv = new StringBuilder();
        int records = random.nextInt(12);
        for (int r = 0; r < records; r++) {
            if (random.nextInt(8) == 0) {
                csv.append(random.nextBoolean() ? "" : " ,\t");
            } else {
                int fields = 1 + random.nextInt(5);
                for (int f = 0; f < fields; f++) {
                    if (f > 0) csv.append(',');
                    String value = randomValue(random);
                    boolean mustQuote = value.startsWith("\"") || value.contains(",") || value.contains("\r")
                            || value.contains("\n");
                    if (mustQuote || random.nextInt(4) == 0) {
                        csv.append('"').append(value.replace("\"", "\"\"")).append('"');
                        if (random.nextInt(10) == 0) csv.append(" \t");
                    } else {
                        csv.append(value);
                    }
                }
            }
            if (r < records - 1 || random.nextBoolean()) csv.append(LINE_ENDS[random.nextInt(LINE_ENDS.length)]);
        }
        return csv.toString();
    }

    private static String randomValue(Random random) {
        StringBuilder value = new StringBuilder();
        int pieces = random.nextInt(5);
        for (int i = 0; i < pieces; i++) value.append(PIECES[random.nextInt(PIECES.length)]);
        return value.toString();
    }

    private static List<Rec> commons(String csv) throws IOException {
        List<Rec> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), COMMONS)) {
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                long before = parser.getCurrentLineNumber();
                if (!it.hasNext()) break;
                List<String> fields = new ArrayList<>();
                for (String v : it.next()) fields.add(v.trim());
                records.add(new Rec(before + 1, fields));
            }
        }
        return records;
    }

    /** The records with all their fields. */
    private static List<Rec> tokens(InputStream in) throws IOException, CsvTokenizer.MalformedCsv {
        return tokens(in, null);
    }

    /** The records with the fields of the columns given ("" where a record is shorter); null: all fields. */
    private static List<Rec> tokens(InputStream in, int[] columns) throws IOException, CsvTokenizer.MalformedCsv {
        CsvTokenizer tokenizer = new CsvTokenizer(in);
        if (columns != null) tokenizer.keepColumns(columns);
        List<Rec> records = new ArrayList<>();
        while (tokenizer.next()) {
            List<String> fields = new ArrayList<>();
            if (columns == null) {
                for (int i = 0; i < tokenizer.fieldCount(); i++) fields.add(tokenizer.field(i));
            } else {
                for (int column : columns) fields.add(tokenizer.field(column));
            }
            records.add(new Rec(tokenizer.recordLine() + 1, fields));
        }
        return records;
    }

    private static List<Boolean> blankness(String csv) throws IOException {
        List<Boolean> blank = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), COMMONS)) {
            for (CSVRecord record : parser) blank.add(record.stream().allMatch(String::isBlank));
        }
        return blank;
    }

    private static List<Boolean> blankness(byte[] csv, int[] columns) throws Exception {
        CsvTokenizer tokenizer = new CsvTokenizer(new ByteArrayInputStream(csv));
        if (columns != null) tokenizer.keepColumns(columns);
        List<Boolean> blank = new ArrayList<>();
        while (tokenizer.next()) blank.add(tokenizer.isBlank());
        return blank;
    }

    @Test
    void blankRecordsAreThoseOfWhiteSpaceOnly() throws Exception {
        byte[] csv = utf8("a\n\n  ,\t\n\"\",\" \"\n\u3000,\u2003\n,x\n\"\"\"\"\n").readAllBytes();
        for (int[] columns : new int[][]{null, {0}, {1}, {3}}) {
            assertEquals(List.of(false, true, true, true, true, false, false), blankness(csv, columns));
        }
        assertFalse(blankness(utf8("\u0001\n").readAllBytes(), new int[]{1}).get(0),
                "a control character is not white space");
    }

    private static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) length += p.length;
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    /** Gives its bytes a few at a time, as a slow pipe does. */
    private static final class Trickle extends InputStream {

        private final byte[] bytes;
        private final Random random;
        private int at;

        Trickle(byte[] bytes, long seed) {
            this.bytes = bytes;
            this.random = new Random(seed);
        }

        @Override
        public int read() {
            return at < bytes.length ? bytes[at++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (at >= bytes.length) return -1;
            int n = Math.min(Math.min(len, 1 + random.nextInt(7)), bytes.length - at);
            System.arraycopy(bytes, at, b, off, n);
            at += n;
            return n;
        }
    }

    @Test
    void firstMarkedByteAndMarkedBytesAreThoseOfTheBitsForEveryMask() {
        for (int bytes = 1; bytes < 256; bytes++) {
            long marks = 0;
            for (int k = 0; k < 8; k++) if ((bytes & 1 << k) != 0) marks |= 0x80L << 8 * k;
            assertEquals(Long.numberOfTrailingZeros(marks) >>> 3, CsvTokenizer.firstMarkedByte(marks),
                    Long.toHexString(marks));
            assertEquals(Long.bitCount(marks), CsvTokenizer.markedBytes(marks), Long.toHexString(marks));
        }
    }
}
