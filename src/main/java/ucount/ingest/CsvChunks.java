package ucount.ingest;

import ucount.model.Source;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;

/**
 * The data records of one CSV export, parsed on the {@link Workers} and handed over in file order, so that what a
 * reader makes of them does not depend on how many threads parsed them.
 *
 * <p>A large UTF-8 file is cut into chunks ({@link Workers#chunkBytes}), each starting at the first line after its cut
 * and parsed by its own worker. A cut may fall inside a quoted field that holds a line break: the chunk after it then
 * starts in the middle of a record, and its parse is wrong. So every chunk but the first is parsed speculatively and
 * checked in order: it counts only if the chunk before it, itself correct, stopped exactly where it starts. If not,
 * it is parsed again from where the chunk before really stopped. Line numbers are added up in the same order.
 */
final class CsvChunks {

    private final String fileName;
    private final Path path;
    private final int[] columns;
    private final ReadLimits limits;
    /** The header's field count, for the truncated-row check of the last chunk. */
    private final int expectedFields;
    private final List<Long> cuts;
    private final Workers workers;
    /** The chunks submitted so far: a few ahead of the one being handed over, so memory holds a few chunks. */
    private final List<Future<CsvRows>> chunks = new ArrayList<>();

    private CsvChunks(String fileName, Path path, int[] columns, ReadLimits limits, int expectedFields,
                      List<Long> cuts, Workers workers) {
        this.expectedFields = expectedFields;
        this.fileName = fileName;
        this.path = path;
        this.columns = columns;
        this.limits = limits;
        this.cuts = cuts;
        this.workers = workers;
    }

    /** What a reader does with each non-blank record, in file order; {@code line} counts from 1. */
    @FunctionalInterface
    interface RowConsumer {
        void accept(CsvRows rows, int row, long line) throws InputException;
    }

    /**
     * Starts parsing the records after the header the tokenizer has just read. {@code path} is the file when the
     * tokenizer reads it as UTF-8 from its start and it may be cut into chunks; null for a stream.
     */
    static CsvChunks start(String fileName, Path path, CsvTokenizer afterHeader, int[] columns, ReadLimits limits,
                           Workers workers) throws IOException {
        List<Long> cuts = new ArrayList<>();
        if (path != null) {
            long size = Files.size(path);
            long chunk = workers.chunkBytes();
            for (long cut = afterHeader.offset(); size - cut > chunk; cut += chunk) cuts.add(cut + chunk);
        }
        CsvChunks records = new CsvChunks(fileName, path, columns, limits, afterHeader.expectedFields(), cuts, workers);
        long firstStop = cuts.isEmpty() ? Long.MAX_VALUE : cuts.get(0);
        records.chunks.add(workers.submit(() -> {
            try (afterHeader) {
                return CsvRows.parse(afterHeader, columns, limits, firstStop, 0);
            }
        }));
        records.submitUpTo(workers.ahead());
        return records;
    }

    /** Submits the speculative chunks up to chunk {@code last} (chunk i > 0 starts at cut i - 1). */
    private void submitUpTo(int last) {
        while (chunks.size() <= Math.min(last, cuts.size())) {
            int i = chunks.size() - 1;
            long from = cuts.get(i);
            long stop = i + 1 < cuts.size() ? cuts.get(i + 1) : Long.MAX_VALUE;
            chunks.add(workers.submit(() -> speculate(path, from, stop, columns, limits, expectedFields)));
        }
    }

    /** Parses from the first line start at or after {@code cut}, not knowing whether a record starts there. */
    private static CsvRows speculate(Path path, long cut, long stop, int[] columns, ReadLimits limits,
                                     int expectedFields) throws IOException {
        try (FileChannel channel = FileChannel.open(path)) {
            channel.position(cut - 1);
            CsvTokenizer tokenizer = new CsvTokenizer(Channels.newInputStream(channel), cut - 1,
                    CsvTokenizer.BUFFER_SIZE);
            tokenizer.expectFields(expectedFields);
            tokenizer.skipPastLineFeed();
            long start = tokenizer.offset();
            CsvRows rows = CsvRows.parse(tokenizer, columns, limits, stop, 0);
            rows.start = start;
            return rows;
        }
    }

    /** Parses from a known record start. */
    private CsvRows parseFrom(long start, long stop) throws IOException {
        try (FileChannel channel = FileChannel.open(path)) {
            channel.position(start);
            CsvTokenizer tokenizer = new CsvTokenizer(Channels.newInputStream(channel), start, Long.MAX_VALUE);
            tokenizer.expectFields(expectedFields);
            CsvRows rows = CsvRows.parse(tokenizer, columns, limits, stop, 0);
            rows.start = start;
            return rows;
        }
    }

    /** Hands every record to the consumer, in file order; throws the first CSV error, as a sequential read would. */
    void forEachRow(RowConsumer consumer) throws InputException, IOException {
        long lineBreaks = 0;
        long end = -1;
        for (int i = 0; i <= cuts.size(); i++) {
            submitUpTo(i + workers.ahead());
            CsvRows rows = Workers.await(chunks.get(i));
            chunks.set(i, null); // handed over: its rows are no longer held here
            if (i > 0 && (rows.start != end || rows.abandoned)) {
                rows = parseFrom(end, i < cuts.size() ? cuts.get(i) : Long.MAX_VALUE);
            }
            for (int row = 0; row < rows.size(); row++) {
                consumer.accept(rows, row, lineBreaks + rows.lineBreaksBefore(row) + 1);
            }
            if (rows.problem != null) throw problem(rows.problem, lineBreaks + rows.problemLineBreaks + 1);
            lineBreaks += rows.lineBreaks;
            end = rows.end;
        }
    }

    private InputException problem(CsvTokenizer.MalformedCsv problem, long line) {
        return problem.at(fileName, line);
    }
}
