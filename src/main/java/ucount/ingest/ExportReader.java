package ucount.ingest;

import ucount.model.Inventory;
import ucount.model.Source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads a cluster's exports into an {@link Inventory}. Each file's reader is chosen by its content, never its name:
 * text whose first character is {@code <} is AXL XML, anything else is BAT CSV. CSV and XML files can be mixed in one
 * cluster.
 */
public final class ExportReader {

    private ExportReader() {
    }

    public static Inventory read(String cluster, List<InputFile> files) throws InputException {
        return read(cluster, files, StreamTap.NONE, ReadLimits.DEFAULT);
    }

    /** Within {@code limits}: a document, row or value beyond them is an input error. */
    public static Inventory read(String cluster, List<InputFile> files, ReadLimits limits) throws InputException {
        return read(cluster, files, StreamTap.NONE, limits);
    }

    /** As {@link #read(String, List, ReadLimits)}, with {@code tap} seeing each file's bytes as they are read. */
    public static Inventory read(String cluster, List<InputFile> files, StreamTap tap, ReadLimits limits)
            throws InputException {
        InventoryBuilder builder = new InventoryBuilder(cluster, limits);
        for (InputFile file : files) read(file, builder, tap);
        return builder.build();
    }

    static void read(InputFile file, InventoryBuilder builder, StreamTap tap) throws InputException {
        builder.input(file.name());
        try (InputStream raw = tap.tap(file, file.open());
             BufferedInputStream in = new BufferedInputStream(raw, 1 << 16)) {
            int first = firstSignificant(in);
            if (first < 0) throw new InputException(new Source(file.name(), 1), "empty file");
            if (first == '<') {
                AxlXmlReader.read(in, file.name(), builder);
            } else {
                BatCsvReader.read(TextDecoder.open(in), file.name(), builder);
            }
        } catch (CharacterCodingException e) {
            throw TextDecoder.notUtf8(Source.of(file.name()));
        } catch (IOException e) {
            throw new InputException(Source.of(file.name()), "cannot read: " + e.getMessage());
        }
    }

    /**
     * Peeks at the first character that is not white space (after any byte-order mark); the stream is left where it
     * was. Returns -1 for an empty file.
     */
    private static int firstSignificant(BufferedInputStream in) throws IOException {
        int peek = 256;
        in.mark(peek);
        byte[] head = in.readNBytes(peek);
        in.reset();
        if (head.length == 0) return -1;
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        }
        String text = new String(head, skip, head.length - skip, charset).replace("\uFEFF", "");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) return c;
        }
        return head.length == peek ? ' ' : -1;
    }
}
