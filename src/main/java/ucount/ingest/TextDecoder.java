package ucount.ingest;

import ucount.model.Source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Opens an export as text. The byte-order mark decides the encoding (UTF-8, UTF-16 LE/BE); without one the file
 * must be UTF-8, decoded strictly so that a Windows-1252 file is named as such rather than read as garbage.
 */
final class TextDecoder {

    private TextDecoder() {
    }

    /** The decoded text, positioned after any byte-order mark. */
    static Reader open(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(4);
        byte[] head = in.readNBytes(3);
        in.reset();
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            skip = 3;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        }
        in.skipNBytes(skip);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(in, decoder);
    }

    /** The message for a file that is not in an encoding ucount can read. */
    static InputException notUtf8(Source source) {
        return new InputException(source, "not valid UTF-8 text (Windows-1252 or another legacy encoding?): "
                + "save the export as UTF-8 and run again");
    }
}
