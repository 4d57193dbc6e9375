package ucount.ingest;

import ucount.model.Inventory;
import ucount.model.Source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;

/**
 * Reads a cluster's exports into an {@link Inventory}. Each file's reader is chosen by its content, never its name:
 * text whose first character is {@code <} is XML, anything else is BAT CSV.
 *
 * <p>The files are read in parallel (phones and users are separate files; a large file is itself read in chunks,
 * see {@link CsvChunks}), and handed to the inventory one after the other in the order given, so the inventory, its
 * warnings and the first error reported are those of a sequential read.
 */
public final class ExportReader {

    /** Enough to see past a byte-order mark and leading white space. */
    private static final int SNIFF_BYTES = 64;

    private ExportReader() {
    }

    public static Inventory read(String cluster, List<InputFile> files) throws InputException {
        return read(cluster, files, Fields.ALL);
    }

    /** Reads the fields asked: {@link Fields#LICENSING} when only the license rules will look at the inventory. */
    public static Inventory read(String cluster, List<InputFile> files, Fields fields) throws InputException {
        InventoryBuilder builder = new InventoryBuilder(cluster);
        try (Workers workers = new Workers()) {
            List<Future<BatCsvReader>> opened = new ArrayList<>();
            for (InputFile file : files) opened.add(workers.submit(() -> open(file, fields, workers)));
            for (int i = 0; i < files.size(); i++) {
                String name = files.get(i).name();
                builder.input(name);
                try {
                    Workers.await(opened.get(i)).readInto(builder);
                } catch (CharacterCodingException e) {
                    throw TextDecoder.notUtf8(Source.of(name));
                } catch (IOException e) {
                    throw new InputException(Source.of(name), "cannot read: " + e.getMessage());
                }
            }
        }
        return builder.build();
    }

    /** Recognises a file by its first bytes and starts reading it. */
    private static BatCsvReader open(InputFile file, Fields fields, Workers workers)
            throws InputException, IOException {
        InputStream in = new BufferedInputStream(file.open(), 1 << 16);
        try {
            in.mark(SNIFF_BYTES);
            byte[] head = in.readNBytes(SNIFF_BYTES);
            in.reset();
            TextDecoder.Encoding encoding = TextDecoder.Encoding.of(head, head.length);
            in.skipNBytes(encoding.markLength);
            InputStream text = TextDecoder.utf8(in, encoding);
            if (!text.markSupported()) text = new BufferedInputStream(text, 1 << 16);
            int first = firstSignificant(text);
            if (first < 0) throw new InputException(new Source(file.name(), 1), "empty file");
            if (first == '<') {
                throw new InputException(new Source(file.name(), 1), "AXL XML exports are not read by this version");
            }
            return BatCsvReader.open(file.name(), text, encoding.isUtf8() ? file.path() : null, encoding.markLength,
                    fields, workers);
        } catch (InputException | IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * Peeks at the first character that is not white space, within {@link #SNIFF_BYTES}; the stream is left where
     * it was. -1 for a file of white space only; a space when the peek saw nothing else.
     */
    private static int firstSignificant(InputStream text) throws IOException {
        text.mark(SNIFF_BYTES);
        byte[] seen = text.readNBytes(SNIFF_BYTES);
        text.reset();
        for (byte b : seen) {
            if (b < 0 || !Character.isWhitespace(b)) return b & 0xFF;
        }
        return seen.length == SNIFF_BYTES ? ' ' : -1;
    }
}
