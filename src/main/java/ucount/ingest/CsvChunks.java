package ucount.ingest;

import ucount.model.UserNumbers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The data records of one CSV export, parsed and made into a reader's records on the {@link Workers}, and handed
 * over in file order, so that what a reader makes of them does not depend on how many threads did the work.
 *
 * <p>A large UTF-8 file is cut into chunks ({@link Workers#chunkBytes}), each starting at the first line after its cut
 * and parsed by its own worker. A cut may fall inside a quoted field that holds a line break: the chunk after it then
 * starts in the middle of a record, and its parse is wrong. So every chunk but the first is parsed speculatively, and
 * then finished in order, each after the one before it: it counts only if the chunk before it stopped exactly where
 * it starts, and is parsed again from where that one really stopped if not. Finishing a chunk also adds up its line
 * numbers and makes its records ({@link RecordMapper}), still on a worker: the reading thread only takes them.
 */
final class CsvChunks<T> {

    private final String fileName;
    private final Path path;
    private final int[] columns;
    private final ReadLimits limits;
    /** The header's field count, for the truncated-row check of the last chunk. */
    private final int expectedFields;
    private final List<Long> cuts;
    private final Workers workers;
    private final RecordMapper<T> mapper;
    /** The chunks started so far, finished in order: a few ahead of the one being handed over. */
    private final List<CompletableFuture<Finished>> chunks = new ArrayList<>();
    private CompletableFuture<Long> estimate;

    private CsvChunks(String fileName, Path path, int[] columns, ReadLimits limits, int expectedFields,
                      List<Long> cuts, Workers workers, RecordMapper<T> mapper) {
        this.expectedFields = expectedFields;
        this.fileName = fileName;
        this.path = path;
        this.columns = columns;
        this.limits = limits;
        this.cuts = cuts;
        this.workers = workers;
        this.mapper = mapper;
    }

    /** What a reader makes of a non-blank record, on a worker thread; {@code line} counts from 1. */
    @FunctionalInterface
    interface RecordMapper<T> {
        T map(CsvRows rows, int row, long line) throws InputException;

        /**
         * What makes the records of one chunk's rows, used by one thread: a mapper may keep what it needs per chunk
         * (per record, at a million records, it would be garbage).
         */
        default ChunkMapper<T> chunk(CsvRows rows) {
            return (row, line) -> map(rows, row, line);
        }

        /** Before the records of a chunk are made: what is best done for all its rows at once. */
        default void prepare(CsvRows rows) {
        }

        /**
         * The number of the user each row's record names ({@link UserNumbers}), after prepare; null when the records
         * name none.
         */
        default int[] userNumbers(CsvRows rows) {
            return null;
        }
    }

    /** Makes record {@code row} of a chunk, which starts on {@code line}. */
    @FunctionalInterface
    interface ChunkMapper<T> {
        T map(int row, long line) throws InputException;
    }

    /** What the reading thread does with each record made, in file order, with its user's number. */
    @FunctionalInterface
    interface RecordConsumer<T> {
        void accept(T record, int userNumber);
    }

    /**
     * Starts parsing the records after the header the tokenizer has just read, and making them into records.
     * {@code path} is the file when the tokenizer reads it as UTF-8 from its start and it may be cut into chunks;
     * null for a stream.
     */
    static <T> CsvChunks<T> start(String fileName, Path path, CsvTokenizer afterHeader, int[] columns,
                                  ReadLimits limits, Workers workers, RecordMapper<T> mapper) throws IOException {
        List<Long> cuts = new ArrayList<>();
        if (path != null) {
            long size = Files.size(path);
            long chunk = workers.chunkBytes();
            for (long cut = afterHeader.offset(); size - cut > chunk; cut += chunk) cuts.add(cut + chunk);
        }
        CsvChunks<T> records = new CsvChunks<>(fileName, path, columns, limits, afterHeader.expectedFields(), cuts,
                workers, mapper);
        long firstStop = cuts.isEmpty() ? Long.MAX_VALUE : cuts.get(0);
        long from = afterHeader.offset(); // taken before a worker moves the tokenizer on
        CompletableFuture<CsvRows> first = workers.supply(() -> {
            try (afterHeader) {
                return CsvRows.parse(afterHeader, columns, limits, firstStop, 0);
            }
        });
        records.chunks.add(first.thenApplyAsync(rows -> records.finish(0, rows, Finished.NONE), workers.executor()));
        long size = path == null ? -1 : Files.size(path);
        records.estimate = records.chunks.get(0).handle((chunk, failed) -> {
            if (failed != null || chunk.error != null || size < 0) return -1L;
            if (cuts.isEmpty()) return (long) chunk.count;
            return (long) (chunk.count * (double) (size - from) / Math.max(1, chunk.end - from));
        });
        records.startUpTo(workers.ahead());
        return records;
    }

    /**
     * About how many records the file holds, once its first chunk is finished: from its size and the first chunk's
     * records per byte (exact for a file of one chunk); -1 for a stream, or when the first chunk has an error. So
     * that tables of a million names are made once at their size rather than grown.
     */
    CompletableFuture<Long> estimatedRecords() {
        return estimate;
    }

    /** Starts chunks up to chunk {@code last} (chunk i > 0 starts at cut i - 1), each finished after the one before. */
    private void startUpTo(int last) {
        while (chunks.size() <= Math.min(last, cuts.size())) {
            int i = chunks.size();
            long from = cuts.get(i - 1);
            long stop = i < cuts.size() ? cuts.get(i) : Long.MAX_VALUE;
            CompletableFuture<CsvRows> parsed = workers.supply(() -> speculate(path, from, stop, columns, limits,
                    expectedFields));
            chunks.add(parsed.thenCombineAsync(chunks.get(i - 1), (rows, before) -> finish(i, rows, before),
                    workers.executor()));
        }
    }

    /** Hands every record made to the consumer, in file order; throws the first error, as a sequential read would. */
    void forEachRecord(RecordConsumer<T> consumer) throws InputException, IOException {
        for (int i = 0; i <= cuts.size(); i++) {
            startUpTo(i + workers.ahead());
            Finished chunk = Workers.await(chunks.get(i));
            chunks.set(i, null); // handed over: its records are no longer held here
            for (int r = 0; r < chunk.count; r++) {
                @SuppressWarnings("unchecked")
                T record = (T) chunk.records[r];
                consumer.accept(record, chunk.userNumbers == null ? UserNumbers.NONE : chunk.userNumbers[r]);
            }
            if (chunk.error != null) throw chunk.error;
        }
    }

    /** A chunk made into records, with where it stopped and the line breaks up to there. */
    private static final class Finished {

        static final Finished NONE = new Finished(new Object[0], null, 0, null, -1, 0);

        final Object[] records;
        /** Each record's user's number ({@link RecordMapper#userNumbers}), or null. */
        final int[] userNumbers;
        final int count;
        /** The first error in the chunk, after its {@code count} records; none are made after it. */
        final InputException error;
        final long end;
        final long lineBreaks;

        Finished(Object[] records, int[] userNumbers, int count, InputException error, long end, long lineBreaks) {
            this.records = records;
            this.userNumbers = userNumbers;
            this.count = count;
            this.error = error;
            this.end = end;
            this.lineBreaks = lineBreaks;
        }
    }

    /**
     * Chunk {@code i}, parsed, made into records once the chunk before it is finished: parsed again from where that
     * one stopped when it did not stop where this one starts; nothing when that one ended in an error.
     */
    private Finished finish(int i, CsvRows rows, Finished before) {
        if (before.error != null) {
            return new Finished(new Object[0], null, 0, before.error, before.end, before.lineBreaks);
        }
        try {
            if (i > 0 && (rows.start != before.end || rows.abandoned)) {
                rows = parseFrom(before.end, i < cuts.size() ? cuts.get(i) : Long.MAX_VALUE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        mapper.prepare(rows);
        Object[] records = new Object[rows.size()];
        int[] userNumbers = mapper.userNumbers(rows);
        ChunkMapper<T> chunkMapper = mapper.chunk(rows);
        int count = 0;
        InputException error = null;
        try {
            for (; count < rows.size(); count++) {
                records[count] = chunkMapper.map(count, before.lineBreaks + rows.lineBreaksBefore(count) + 1);
            }
        } catch (InputException e) {
            error = e;
        }
        if (error == null && rows.problem != null) {
            error = rows.problem.at(fileName, before.lineBreaks + rows.problemLineBreaks + 1);
        }
        return new Finished(records, userNumbers, count, error, rows.end, before.lineBreaks + rows.lineBreaks);
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
}
