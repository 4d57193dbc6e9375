package ucount.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The items of one large saved AXL list response, parsed in chunks on the {@link Workers}, as a large CSV file is
 * ({@link CsvChunks}): a million phones are one {@code listPhone} document, which one parser would read alone.
 *
 * <p>A response is read this way only when its shape leaves no doubt about where items start and end: UTF-8; a head
 * without comments, CDATA or processing instructions, ending with the first {@code <return>} start tag (so that tag
 * is markup: {@code <} appears in no attribute value); a tail after the last {@code </return>} of end tags and white
 * space only. The middle between them is cut before start tags of the first item's name, and each chunk is parsed
 * as the content of an element of its own, with the depth and line numbers it has in the document: from its bytes
 * ({@link PlainXmlReader}) when it holds plain markup and text only, by the StAX reader otherwise. The reading thread
 * parses the head and the tail as one document and takes the chunks' items, in order, where {@code <return>} opens.
 *
 * <p>A cut may fall where such a tag is not an item (inside a comment, or a child of that name): then the chunk before
 * it does not parse, as it ends inside something. Since the first cut is sure, a chunk that parses proves the next
 * cut; the items taken are the document's. Whatever fails (a cut proved wrong, a broken document, a limit reached,
 * an item an error) throws {@link Failed}, and the cluster is read again without chunks, so that what the user sees
 * (the error, its line) is exactly what a sequential read gives.
 */
final class AxlChunks {

    /**
     * A middle smaller than this many chunks is parsed in one piece, by the thread the response has anyway: cutting
     * it would cost more than sharing a few chunks' work saves. (With the byte reader and the quick compiler, chunks
     * pay from a few: 100k phones, 68 MB of listPhone, take 1.83 s in one piece and 1.23 s in chunks.)
     */
    private static final int MIN_CHUNKS = 4;
    /** How much of the start and of the end of a file is searched for the head and the tail. */
    private static final int PEEK = 64 << 10;
    private static final byte[] RETURN = "<return>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END_RETURN = "</return>".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern DECLARED_ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final Pattern END_TAGS_ONLY = Pattern.compile("(\\s*</[^<>]+>)*\\s*");

    /** The chunked read cannot be trusted: the cluster is read again without chunks. */
    static final class Failed extends RuntimeException {
        Failed(String why, Throwable cause) {
            super(why, cause, false, false);
        }
    }

    /** What one chunk gave: its items recorded, their skipped classes, and how many elements it held. */
    private record Chunk(AxlRecord record, AxlItems items, long elements) {
    }

    private final String file;
    private final Path path;
    /** The operation whose response this is, and the depth of its {@code <return>}: the reading thread checks both. */
    final String op;
    final int depth;
    private final byte[] head;
    private final byte[] tail;
    /**
     * The chunks started so far, in order; each set to null once handed over. They are started a few at a time, as
     * the reading thread takes them ({@link #startUpTo}): a chunk parsed long before its turn would wait with its
     * recording arrays through young collections, and be copied to the old generation with them.
     */
    private final List<CompletableFuture<Chunk>> chunks = new ArrayList<>();
    private volatile boolean cancelled;
    /** About how many items the response holds, and how many bytes of the middle an item takes. */
    private long expectedItems;
    private double itemBytes = 500;

    private final ReadOptions options;
    private final UserIds ids;
    private final Workers workers;
    /** The item's start tag ({@code <name}), where the middle starts and ends, and how many chunks it is cut into. */
    private byte[] item;
    private long middleStart;
    private long middleEnd;
    private int count;
    /** The number of the line the next chunk to start starts on, once the chunks before it have counted theirs. */
    private CompletableFuture<Long> lineBefore;

    private AxlChunks(String file, Path path, String op, int depth, byte[] head, byte[] tail, ReadOptions options,
                      UserIds ids, Workers workers) {
        this.file = file;
        this.path = path;
        this.op = op;
        this.depth = depth;
        this.head = head;
        this.tail = tail;
        this.options = options;
        this.ids = ids;
        this.workers = workers;
    }

    /**
     * Starts parsing a response's items in chunks on the workers; null when the file is too small or not of the
     * shape that allows it.
     */
    static AxlChunks start(Path path, String file, ReadOptions options, UserIds ids, Workers workers)
            throws IOException {
        long size = Files.size(path);
        long chunkBytes = workers.chunkBytes();
        if (size < MIN_CHUNKS * chunkBytes) return null;
        byte[] start = read(path, 0, PEEK);
        int from = 0;
        if (start.length >= 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF) {
            from = 3;
        }
        if (startsWith(start, from, "<?xml")) {
            int end = indexOf(start, "?>".getBytes(StandardCharsets.US_ASCII), from);
            if (end < 0) return null;
            Matcher encoding = DECLARED_ENCODING.matcher(new String(start, from, end - from, StandardCharsets.ISO_8859_1));
            if (encoding.find() && !encoding.group(1).trim().toUpperCase(Locale.ROOT).replace("-", "").equals("UTF8")) {
                return null;
            }
            from = end + 2;
        }
        int returnAt = indexOf(start, RETURN, from);
        if (returnAt < 0) return null;
        int headEnd = returnAt + RETURN.length;
        for (int i = from; i < headEnd - 1; i++) {
            if (start[i] == '<' && (start[i + 1] == '!' || start[i + 1] == '?')) return null;
        }
        if (hasLoneCarriageReturn(start, 0, headEnd)) return null; // line numbers count line feeds
        Tags tags = Tags.of(start, from, headEnd);
        if (tags == null || tags.op == null) return null;

        long tailFrom = Math.max(headEnd, size - PEEK);
        byte[] end = read(path, tailFrom, (int) (size - tailFrom));
        int lastReturn = lastIndexOf(end, END_RETURN);
        if (lastReturn < 0) return null;
        long middleEnd = tailFrom + lastReturn;
        if (!END_TAGS_ONLY.matcher(new String(end, lastReturn, end.length - lastReturn, StandardCharsets.ISO_8859_1))
                .matches()) {
            return null;
        }
        if (middleEnd - headEnd < MIN_CHUNKS * chunkBytes) return null;
        byte[] sample = read(path, headEnd, PEEK);
        byte[] item = itemTag(sample);
        if (item == null) return null;

        AxlChunks response = new AxlChunks(file, path, tags.op, tags.depth,
                java.util.Arrays.copyOf(start, headEnd), java.util.Arrays.copyOfRange(end, lastReturn, end.length),
                options, ids, workers);
        // How many items, from how many start in the sample: the tables that will hold them are made that size
        // once, rather than grown (and the tables they outgrew left to the collector).
        long starts = 0;
        for (int i = 0; i + item.length < sample.length; i++) {
            if (itemStartsAt(sample, i, item)) starts++;
        }
        // A document holds no more items than elements (--max-elements), whatever a sample of small items promises:
        // the tables are made this size before a chunk is parsed.
        response.expectedItems = Math.min(starts * (middleEnd - headEnd) / sample.length,
                options.limits().maxElements());
        if (starts > 0) response.itemBytes = (double) sample.length / starts;
        if (tags.op.endsWith("User")) ids.expect(response.expectedItems);
        response.item = item;
        response.middleStart = headEnd;
        response.middleEnd = middleEnd;
        response.count = (int) ((middleEnd - headEnd + chunkBytes - 1) / chunkBytes);
        response.lineBefore = CompletableFuture.completedFuture(1L + newlines(start, 0, headEnd));
        response.startUpTo(workers.ahead());
        return response;
    }

    /**
     * Starts the chunks up to chunk {@code upTo}, in order. A chunk's task waits only for the line count of the one
     * before it, started earlier on the same first-in-first-out threads.
     */
    private void startUpTo(int upTo) {
        long chunkBytes = workers.chunkBytes();
        while (chunks.size() <= Math.min(upTo, count - 1)) {
            int k = chunks.size();
            long target = middleStart + k * chunkBytes;
            long cutFrom = k == 0 ? middleStart : target;
            long cutTo = k + 1 == count ? middleEnd : target + chunkBytes;
            boolean first = k == 0, last = k + 1 == count;
            CompletableFuture<Long> lines = new CompletableFuture<>();
            CompletableFuture<Long> firstLine = lineBefore;
            chunks.add(workers.supply(() -> chunk(first ? cutFrom : cut(path, item, cutFrom, middleEnd),
                    last ? cutTo : cut(path, item, cutTo, middleEnd), lines, firstLine)));
            lineBefore = lineBefore.thenCombine(lines, Long::sum);
        }
    }

    /** Makes room in the inventory for the items the response is expected to hold. */
    void announce(InventoryBuilder builder) {
        builder.expect(op, expectedItems);
    }

    /** About how many items the response holds. */
    long expectedItems() {
        return expectedItems;
    }

    /** How many chunks were started so far. */
    int started() {
        return chunks.size();
    }

    /** The head and the tail, as one document for the reading thread. */
    InputStream headAndTail() {
        return new SequenceInputStream(new ByteArrayInputStream(head), new ByteArrayInputStream(tail));
    }

    /**
     * Hands the items of every chunk, in order, to the sink and their skipped classes to the response's items, if
     * there is room for their elements; how many elements they held.
     */
    long replayInto(AxlSink sink, AxlItems items, long room) {
        long elements = 0;
        for (int i = 0; i < count; i++) {
            startUpTo(i + workers.ahead());
            CompletableFuture<Chunk> future = chunks.set(i, null); // handed over: no longer held here
            Chunk chunk;
            try {
                chunk = future.get();
            } catch (ExecutionException e) {
                throw failed("a chunk did not parse", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failed("interrupted", e);
            }
            elements += chunk.elements;
            if (elements > room) throw failed("more elements than --max-elements allows", null);
            chunk.record.replayInto(sink);
            items.absorbSkipped(chunk.items);
        }
        return elements;
    }

    /** Stops the chunks not started yet, and says why the chunked read failed. */
    Failed failed(String why, Throwable cause) {
        cancelled = true;
        return new Failed(file + ": " + why, cause);
    }

    /** On a worker: parses the items between two cuts, once the line numbers before them are known. */
    private Chunk chunk(long from, long to, CompletableFuture<Long> lines, CompletableFuture<Long> firstLine)
            throws IOException, InputException {
        try {
            if (cancelled) throw new Failed("cancelled", null);
            ByteBuffer bytes = bytes(path, from, (int) (to - from), (int) workers.chunkBytes() + PEEK);
            lines.complete(newlines(bytes));
            // Waits for the chunks before this one to have counted theirs: they were started before it.
            long line = firstLine.join();
            // The record's arrays are made the size the items' bytes in the sample say, with a little to spare.
            int capacity = 16 + (int) ((to - from) * 1.1 / itemBytes);
            AxlRecord record = new AxlRecord(options.limits(), options.fields(), ids, capacity);
            AxlItems items = new AxlItems(file, op, record);
            try {
                long elements = PlainXmlReader.read(bytes.array(), bytes.limit(), items, options.limits(), depth, line);
                record.seal(); // here, on the worker: the chunk's user IDs shared all at once
                return new Chunk(record, items, elements);
            } catch (PlainXmlReader.NotPlain e) {
                // The chunks' line numbers count line feeds: a carriage return alone is a line break of its own.
                if (hasLoneCarriageReturn(bytes.array(), 0, bytes.limit())) {
                    throw failed("a carriage return alone ends a line, which the chunks' line numbers miss", null);
                }
                // Not of the plain shape: what was recorded is dropped, and the chunk parsed by the StAX reader.
                record = new AxlRecord(options.limits(), options.fields(), ids, capacity);
                items = new AxlItems(file, op, record);
            }
            Reader text = new InputStreamReader(new ChunkInput(bytes), StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
            long elements = AxlXmlReader.readChunk(text, file, items, options.limits(), depth, line);
            record.seal();
            return new Chunk(record, items, elements);
        } catch (CompletionException e) {
            throw new Failed("a chunk before did not parse", e.getCause());
        } finally {
            lines.complete(0L); // a chunk that failed before counting: those after it fail at once
        }
    }

    /**
     * Each worker's buffer for the chunk it parses, used again for the next: made once, it goes to the old generation
     * at its first young collection and stays there, rather than a new one being copied there for every chunk.
     */
    private static final ThreadLocal<ByteBuffer> BUFFERS = new ThreadLocal<>();

    /**
     * The bytes {@code [from, from + length)} of a file, in this thread's buffer; made {@code room} bytes large (a
     * chunk and its last item), so that chunks a few bytes longer than the ones before do not each make a new one.
     */
    private static ByteBuffer bytes(Path path, long from, int length, int room) throws IOException {
        ByteBuffer buffer = BUFFERS.get();
        if (buffer == null || buffer.capacity() < length) {
            buffer = ByteBuffer.allocate(Math.max(length, room));
            BUFFERS.set(buffer);
        }
        buffer.clear().limit(length);
        try (FileChannel channel = FileChannel.open(path)) {
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, from + buffer.position()) < 0) throw new java.io.EOFException(path.toString());
            }
        }
        return buffer.flip();
    }

    /**
     * A chunk's bytes as the content of an element of its own: {@code <chunk>}, the buffer, {@code </chunk>}. One
     * class rather than a sequence of three streams, so that the decoder reading it calls one kind of stream.
     */
    private static final class ChunkInput extends InputStream {
        private static final byte[] START = "<chunk>".getBytes(StandardCharsets.US_ASCII);
        private static final byte[] END = "</chunk>".getBytes(StandardCharsets.US_ASCII);

        private final ByteBuffer buffer;
        /** Where in START, the buffer and END the next byte is: past START once {@code start} reaches its length. */
        private int start;
        private int end;

        ChunkInput(ByteBuffer buffer) {
            this.buffer = buffer;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (length == 0) return 0;
            if (start < START.length) {
                int n = Math.min(length, START.length - start);
                System.arraycopy(START, start, into, offset, n);
                start += n;
                return n;
            }
            if (buffer.hasRemaining()) {
                int n = Math.min(length, buffer.remaining());
                buffer.get(into, offset, n);
                return n;
            }
            if (end == END.length) return -1;
            int n = Math.min(length, END.length - end);
            System.arraycopy(END, end, into, offset, n);
            end += n;
            return n;
        }
    }

    /** Where a chunk starts: the first start tag of the item's name from {@code target} on, or the middle's end. */
    private static long cut(Path path, byte[] item, long target, long end) throws IOException {
        try (FileChannel channel = FileChannel.open(path)) {
            ByteBuffer buffer = ByteBuffer.allocate(4096);
            long at = target;
            while (at < end) {
                buffer.clear();
                int n = channel.read(buffer, at);
                if (n <= 0) break;
                byte[] bytes = buffer.array();
                for (int i = 0; i + item.length < n; i++) {
                    if (itemStartsAt(bytes, i, item)) {
                        return Math.min(at + i, end);
                    }
                }
                at += Math.max(1, n - item.length - 1);
            }
            return end;
        }
    }

    /** {@code <name} of the first element of the middle, or null when it does not start with a start tag. */
    private static byte[] itemTag(byte[] middle) {
        int i = 0;
        while (i < middle.length && middle[i] <= ' ') i++;
        if (i + 1 >= middle.length || middle[i] != '<' || middle[i + 1] == '/' || middle[i + 1] == '!'
                || middle[i + 1] == '?') {
            return null;
        }
        int end = i + 1;
        while (end < middle.length && !delimits(middle[end])) end++;
        return end == middle.length ? null : java.util.Arrays.copyOfRange(middle, i, end);
    }

    /** Whether a start tag of the item's name ({@code <name} and then a delimiter) is at {@code i}. */
    private static boolean itemStartsAt(byte[] bytes, int i, byte[] item) {
        return bytes[i] == '<' && startsWith(bytes, i, item) && delimits(bytes[i + item.length]);
    }

    private static boolean delimits(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '>' || b == '/';
    }

    /** The depth at the end of a head of start and end tags only, and the operation its response element names. */
    private record Tags(int depth, String op) {
        static Tags of(byte[] b, int from, int to) {
            int depth = 0;
            String op = null;
            int i = from;
            while (i < to) {
                if (b[i] != '<') {
                    i++;
                    continue;
                }
                if (i + 1 < to && b[i + 1] == '/') {
                    depth--;
                    while (i < to && b[i] != '>') i++;
                    i++;
                    continue;
                }
                int name = i + 1;
                int j = name;
                while (j < to && !delimits(b[j])) j++;
                String local = SecureXml.localName(new String(b, name, j - name, StandardCharsets.ISO_8859_1));
                byte quote = 0;
                while (j < to && (quote != 0 || b[j] != '>')) {
                    if (quote != 0 && b[j] == quote) quote = 0;
                    else if (quote == 0 && (b[j] == '"' || b[j] == '\'')) quote = b[j];
                    j++;
                }
                if (j >= to) return null;
                if (b[j - 1] != '/') depth++;
                if (op == null && local.endsWith("Response")) op = local.substring(0, local.length() - "Response".length());
                i = j + 1;
            }
            return new Tags(depth, op);
        }
    }

    private static byte[] read(Path path, long from, int length) throws IOException {
        try (FileChannel channel = FileChannel.open(path)) {
            long size = channel.size();
            int n = (int) Math.max(0, Math.min(length, size - from));
            ByteBuffer buffer = ByteBuffer.allocate(n);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, from + buffer.position()) < 0) break;
            }
            return buffer.position() == n ? buffer.array() : java.util.Arrays.copyOf(buffer.array(), buffer.position());
        }
    }

    /**
     * The line breaks in a buffer, counted eight bytes at a time: each byte of a word adds its 1 (a line feed) or 0 to
     * a count of its own, in a byte of {@code lanes}, and the eight counts are added up once every 255 words, before
     * any can overflow.
     */
    static long newlines(ByteBuffer buffer) {
        byte[] bytes = buffer.array();
        long n = 0;
        int i = 0;
        int end = buffer.limit() - 7;
        while (i < end) {
            long lanes = 0;
            for (int stop = Math.min(end, i + 8 * 255); i < stop; i += 8) {
                lanes += CsvTokenizer.zeroBytes(CsvTokenizer.eightBytes(bytes, i) ^ 0x0A0A0A0A0A0A0A0AL) >>> 7;
            }
            long pairs = (lanes & 0x00FF00FF00FF00FFL) + (lanes >>> 8 & 0x00FF00FF00FF00FFL); // four counts <= 510
            n += pairs * 0x0001000100010001L >>> 48;
        }
        for (; i < buffer.limit(); i++) {
            if (bytes[i] == '\n') n++;
        }
        return n;
    }

    /** Whether a carriage return not followed by a line feed is among the bytes. */
    static boolean hasLoneCarriageReturn(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\r' && (i + 1 == to || bytes[i + 1] != '\n')) return true;
        }
        return false;
    }

    private static int newlines(byte[] bytes, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') n++;
        }
        return n;
    }

    private static boolean startsWith(byte[] bytes, int at, String prefix) {
        return startsWith(bytes, at, prefix.getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        if (at + prefix.length > bytes.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[at + i] != prefix[i]) return false;
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte[] what, int from) {
        for (int i = from; i + what.length <= bytes.length; i++) {
            if (startsWith(bytes, i, what)) return i;
        }
        return -1;
    }

    private static int lastIndexOf(byte[] bytes, byte[] what) {
        for (int i = bytes.length - what.length; i >= 0; i--) {
            if (startsWith(bytes, i, what)) return i;
        }
        return -1;
    }
}
