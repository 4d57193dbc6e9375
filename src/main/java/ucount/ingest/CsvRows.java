package ucount.ingest;

import ucount.model.UserNumbers;

import java.util.Arrays;

/**
 * The non-blank records of one stretch of a CSV file, reduced to the columns a reader uses (one String per used
 * column and record, no per-record object), with the line each record starts on, counted from the stretch's start.
 */
final class CsvRows {

    private final int[] columns;
    private String[] values;
    private int[] lines;
    private int size;
    /** By used column, the numbers of the user IDs in it; null for a column whose IDs were not shared. */
    private int[][] userNumbers;

    /** The stream offset of the first record. */
    long start;
    /** Where parsing stopped: the stream offset after the last record, and the line breaks up to there. */
    long end;
    long lineBreaks;
    /** The CSV error that stopped parsing early, or null, and the line breaks before it. */
    CsvTokenizer.MalformedCsv problem;
    long problemLineBreaks;
    /** Whether parsing gave up on a record too long for a speculative parse (see {@link CsvChunks}). */
    boolean abandoned;

    /** Room for {@code rows} records, the most a stretch can hold when its length is known. */
    CsvRows(int[] columns, int rows) {
        this.columns = columns;
        this.values = new String[rows * Math.max(1, columns.length)];
        this.lines = new int[rows];
    }

    /**
     * Parses records from the tokenizer until one starts at or after {@code stopAt}, or the input ends. Lines are
     * counted from {@code lineBreaksAtStart}, the tokenizer's count where this stretch starts.
     */
    static CsvRows parse(CsvTokenizer tokenizer, int[] columns, ReadLimits limits, long stopAt,
                         long lineBreaksAtStart) throws java.io.IOException {
        // A record of n fields takes at least n bytes (its commas and line break): a chunk of a large file knows how
        // many records it can hold, and its arrays are made once, not grown and copied (garbage that, at a million
        // rows, would outlive young collections).
        long bytes = stopAt - tokenizer.offset();
        int fields = tokenizer.expectedFields();
        int most = stopAt == Long.MAX_VALUE || fields <= 1 ? 64 : (int) Math.min(1 << 20, bytes / fields + 1);
        CsvRows rows = new CsvRows(columns, Math.max(1, most));
        tokenizer.keepColumns(columns);
        tokenizer.limit(limits);
        try {
            while (tokenizer.offset() < stopAt && tokenizer.next()) {
                if (!tokenizer.isBlank()) rows.add(tokenizer, lineBreaksAtStart);
            }
        } catch (CsvTokenizer.MalformedCsv e) {
            rows.problem = e;
            rows.problemLineBreaks = e.lineBreaks - lineBreaksAtStart;
        } catch (CsvTokenizer.RecordTooLong e) {
            rows.abandoned = true;
        }
        rows.end = tokenizer.offset();
        rows.lineBreaks = tokenizer.lineBreaks() - lineBreaksAtStart;
        return rows;
    }

    private void add(CsvTokenizer tokenizer, long lineBreaksAtStart) {
        if (size == lines.length) { // a stream, or a record longer than its stretch
            lines = Arrays.copyOf(lines, size * 2);
            values = Arrays.copyOf(values, size * 2 * columns.length);
        }
        int at = size * columns.length;
        for (int column : columns) values[at++] = tokenizer.field(column);
        lines[size] = (int) (tokenizer.recordLine() - lineBreaksAtStart);
        size++;
    }

    int size() {
        return size;
    }

    /** Line breaks between the start of this stretch and record {@code row}. */
    int lineBreaksBefore(int row) {
        return lines[row];
    }

    /**
     * Makes every value of the {@code slot}-th used column the cluster's String for that user ID ({@link UserIds});
     * with {@code userRecords}, each counted as the ID of a user record.
     */
    void internUserIds(int slot, UserIds ids, boolean userRecords) {
        if (userNumbers == null) userNumbers = new int[columns.length][];
        userNumbers[slot] = new int[size];
        ids.internAll(values, slot, columns.length, size, userRecords, userNumbers[slot]);
    }

    /** The number of the user ID in record {@code row} of the {@code slot}-th used column, one already shared. */
    int userNumber(int slot, int row) {
        return userNumbers[slot][row];
    }

    /**
     * By record, the number of the user ID in the first of the used columns {@code slots} that has one
     * ({@link #internUserIds}), or {@link UserNumbers#NONE}; null without such columns. The column's own numbers
     * when there is one column.
     */
    int[] firstUserNumbers(int[] slots) {
        if (slots.length == 0) return null;
        int[] first = userNumbers[slots[0]];
        if (slots.length == 1) return first;
        first = first.clone();
        for (int row = 0; row < size; row++) {
            for (int k = 1; k < slots.length && first[row] == UserNumbers.NONE; k++) {
                first[row] = userNumbers[slots[k]][row];
            }
        }
        return first;
    }

    /** The value of the {@code slot}-th used column in record {@code row}. */
    String value(int row, int slot) {
        return values[row * columns.length + slot];
    }
}
