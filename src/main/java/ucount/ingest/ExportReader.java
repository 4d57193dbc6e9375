package ucount.ingest;

import ucount.model.Inventory;
import ucount.model.Source;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.List;

/**
 * Reads a cluster's exports into an {@link Inventory}. Each file's reader is chosen by its content, never its name:
 * text whose first character is {@code <} is XML, anything else is BAT CSV.
 */
public final class ExportReader {

    private ExportReader() {
    }

    public static Inventory read(String cluster, List<InputFile> files) throws InputException {
        return read(cluster, files, StreamTap.NONE);
    }

    /** As {@link #read(String, List)}, with {@code tap} seeing each file's bytes as they are read. */
    public static Inventory read(String cluster, List<InputFile> files, StreamTap tap) throws InputException {
        InventoryBuilder builder = new InventoryBuilder(cluster);
        for (InputFile file : files) read(file, builder, tap);
        return builder.build();
    }

    static void read(InputFile file, InventoryBuilder builder, StreamTap tap) throws InputException {
        builder.input(file.name());
        try (InputStream in = tap.tap(file, file.open());
             PushbackReader text = new PushbackReader(TextDecoder.open(in), 64)) {
            int first = firstSignificant(text);
            if (first < 0) throw new InputException(new Source(file.name(), 1), "empty file");
            if (first == '<') {
                throw new InputException(new Source(file.name(), 1), "AXL XML exports are not read by this version");
            }
            BatCsvReader.read(text, file.name(), builder);
        } catch (CharacterCodingException e) {
            throw TextDecoder.notUtf8(Source.of(file.name()));
        } catch (IOException e) {
            throw new InputException(Source.of(file.name()), "cannot read: " + e.getMessage());
        }
    }

    /** Peeks at the first character that is not white space; the reader is left where it was. */
    private static int firstSignificant(PushbackReader text) throws IOException {
        char[] seen = new char[64];
        int n = 0;
        int c;
        while (n < seen.length && (c = text.read()) >= 0) {
            seen[n++] = (char) c;
            if (!Character.isWhitespace(c)) {
                text.unread(seen, 0, n);
                return c;
            }
        }
        text.unread(seen, 0, n);
        return n == seen.length ? ' ' : -1;
    }
}
