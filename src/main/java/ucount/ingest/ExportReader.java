package ucount.ingest;

import ucount.model.Inventory;
import ucount.model.Source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;

/**
 * Reads a cluster's exports into an {@link Inventory}. Each file's reader is chosen by its content, never its name:
 * text whose first character is {@code <} is AXL XML, anything else is BAT CSV. CSV and XML files can be mixed in one
 * cluster.
 *
 * <p>The files are opened and parsed in parallel (phones and users are separate files; a large CSV file is itself
 * parsed in chunks, see {@link CsvChunks}; each AXL response on a thread of its own, see {@link ParsedResponse}),
 * and added to the inventory one after the other in the order given, so
 * the inventory, its warnings and the first error reported are those of a sequential read.
 */
public final class ExportReader {

    /** Enough to see past a byte-order mark and leading white space, and a tar header's magic (at byte 257). */
    private static final int SNIFF_BYTES = 512;

    private ExportReader() {
    }

    public static Inventory read(String cluster, List<InputFile> files) throws InputException {
        return read(cluster, files, ReadOptions.DEFAULT);
    }

    /**
     * Reads the fields asked ({@link Fields#LICENSING} when only the license rules will look at the inventory),
     * within the limits, with the tap seeing every byte.
     */
    public static Inventory read(String cluster, List<InputFile> files, ReadOptions options) throws InputException {
        try (Workers workers = new Workers()) {
            return read(cluster, files, options, workers);
        }
    }

    static Inventory read(String cluster, List<InputFile> files, ReadOptions options, Workers workers)
            throws InputException {
        // Large AXL responses are parsed in chunks when every file can be read again: a chunked read that cannot be
        // trusted (AxlChunks) is then done again without.
        boolean chunks = options.tap() == StreamTap.NONE && files.stream().allMatch(f -> f.path() != null);
        if (chunks) {
            try {
                return readOnce(cluster, files, options, workers, true);
            } catch (AxlChunks.Failed e) {
                // read again below, each response in one piece
            }
        }
        return readOnce(cluster, files, options, workers, false);
    }

    /** One read; with {@code chunks}, a chunked read that cannot be trusted throws {@link AxlChunks.Failed}. */
    static Inventory readOnce(String cluster, List<InputFile> files, ReadOptions options, Workers workers,
                              boolean chunks) throws InputException {
        InventoryBuilder builder = new InventoryBuilder(cluster, options.limits(), options.fields());
        List<Future<Export>> opened = new ArrayList<>();
        for (InputFile file : files) {
            opened.add(workers.submit(() -> open(file, options, workers, builder.userIds(), chunks)));
        }
        announce(opened, builder);
        for (int i = 0; i < files.size(); i++) {
            String name = files.get(i).name();
            builder.input(name);
            try {
                Workers.await(opened.get(i)).readInto(builder);
            } catch (CharacterCodingException e) {
                throw TextDecoder.undecodable(name, e);
            } catch (IOException e) {
                throw InputException.cannotRead(name, e);
            }
        }
        return builder.build();
    }

    /** A file recognised and being read; what it holds is added to the inventory when its turn comes. */
    @FunctionalInterface
    interface Export {
        void readInto(InventoryBuilder builder) throws InputException, IOException;

        /** Makes room in the inventory for what the file is expected to hold, before any file is read. */
        default void announce(InventoryBuilder builder) {
        }
    }

    /**
     * Lets every file opened announce what it holds, before any is read: a million phones and the users after them
     * then have tables made their size once. Announcing stops at a file that failed to open (the files after it grow
     * their tables as they are read); its error is thrown in its turn, after the errors of the files before it.
     */
    private static void announce(List<Future<Export>> opened, InventoryBuilder builder) {
        for (Future<Export> export : opened) {
            try {
                Workers.await(export).announce(builder);
            } catch (InputException | IOException | RuntimeException e) {
                return;
            }
        }
    }

    /** Recognises a file by its first bytes and starts reading it. */
    private static Export open(InputFile file, ReadOptions options, Workers workers, UserIds ids, boolean chunks)
            throws InputException, IOException {
        InputStream in = new BufferedInputStream(options.tap().tap(file, file.open()), 1 << 16);
        try {
            in.mark(SNIFF_BYTES);
            byte[] head = in.readNBytes(SNIFF_BYTES);
            in.reset();
            String binary = binarySignature(head);
            if (binary != null) throw new InputException(Source.of(file.name()), binary);
            TextDecoder.Encoding encoding = TextDecoder.Encoding.of(head, head.length);
            int first = firstSignificant(head, encoding);
            if (first < 0) throw new InputException(new Source(file.name(), 1), "empty file");
            if (first == '<') {
                AxlChunks parts = chunks ? AxlChunks.start(file.path(), file.name(), options, ids, workers) : null;
                if (parts != null) {
                    in.close();
                    return new Export() {
                        @Override
                        public void readInto(InventoryBuilder builder) {
                            AxlXmlReader.read(parts, file.name(), AxlSink.into(builder));
                        }

                        @Override
                        public void announce(InventoryBuilder builder) {
                            parts.announce(builder);
                        }
                    };
                }
                ParsedResponse response = new ParsedResponse(options.limits(), options.fields(), ids);
                workers.parse(response, in, file.name());
                return response::readInto;
            }
            in.skipNBytes(encoding.markLength);
            // A UTF-8 file nothing taps is parsed in parallel chunks straight from its path; a tapped one is read as
            // a stream, so that digests and progress see every byte.
            boolean chunked = encoding.isUtf8() && options.tap() == StreamTap.NONE;
            return BatCsvReader.open(file.name(), TextDecoder.utf8(in, encoding), chunked ? file.path() : null,
                    encoding.markLength, options.fields(), options.limits(), workers, ids);
        } catch (InputException | IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * The first character of a file's first bytes that is not white space (after any byte-order mark); -1 for an
     * empty file.
     */
    private static int firstSignificant(byte[] head, TextDecoder.Encoding encoding) {
        if (head.length == 0) return -1;
        Charset charset = switch (encoding) {
            case UTF_16LE -> StandardCharsets.UTF_16LE;
            case UTF_16BE -> StandardCharsets.UTF_16BE;
            default -> StandardCharsets.UTF_8;
        };
        String text = new String(head, encoding.markLength, head.length - encoding.markLength, charset)
                .replace("\uFEFF", "");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) return c;
        }
        return head.length == SNIFF_BYTES ? ' ' : -1;
    }

    /** What a file that is no text export at all is, from its first bytes; null for anything else. */
    private static String binarySignature(byte[] head) {
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return "a ZIP archive (an Excel workbook?), not a CSV or XML export: save the sheet as CSV UTF-8";
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
            return "gzip-compressed: decompress it first";
        }
        if (head.length >= 262 && new String(head, 257, 5, StandardCharsets.ISO_8859_1).equals("ustar")) {
            return "a tar archive (BAT's Import/Export writes one), not a CSV or XML export: extract it and give the "
                    + "folder";
        }
        if (head.length >= 4 && (head[0] == 0 && head[1] == 0 && (head[2] & 0xFF) == 0xFE && (head[3] & 0xFF) == 0xFF
                || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE && head[2] == 0 && head[3] == 0)) {
            return "UTF-32 text: save the export as UTF-8";
        }
        return null;
    }
}
