package ucount.ingest;

import ucount.model.Source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Opens an export as text. The byte-order mark decides the encoding: none or the UTF-8 mark means UTF-8, a UTF-16 LE
 * or BE mark UTF-16; decoding is strict, so that a Windows-1252 file is named as such rather than read as garbage.
 * The CSV reader works on UTF-8 bytes ({@link #utf8}, UTF-16 re-encoded), the XML reader on characters ({@link #open}).
 */
final class TextDecoder {

    /** How an export starts: its encoding and the length of its byte-order mark. */
    enum Encoding {
        UTF_8(0), UTF_8_BOM(3), UTF_16LE(2), UTF_16BE(2);

        final int markLength;

        Encoding(int markLength) {
            this.markLength = markLength;
        }

        boolean isUtf8() {
            return this == UTF_8 || this == UTF_8_BOM;
        }

        /** The encoding the first bytes of a file announce. */
        static Encoding of(byte[] head, int length) {
            if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                return UTF_8_BOM;
            }
            if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) return UTF_16LE;
            if (length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) return UTF_16BE;
            return UTF_8;
        }
    }

    private TextDecoder() {
    }

    /** The decoded text, positioned after any byte-order mark. */
    static Reader open(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(4);
        byte[] head = in.readNBytes(3);
        in.reset();
        Encoding encoding = Encoding.of(head, head.length);
        in.skipNBytes(encoding.markLength);
        return new StrictText(in, charset(encoding));
    }

    private static Charset charset(Encoding encoding) {
        return switch (encoding) {
            case UTF_16LE -> StandardCharsets.UTF_16LE;
            case UTF_16BE -> StandardCharsets.UTF_16BE;
            default -> StandardCharsets.UTF_8;
        };
    }

    /** The text after the byte-order mark as UTF-8; {@code in} is positioned after the mark. */
    static InputStream utf8(InputStream in, Encoding encoding) {
        if (encoding.isUtf8()) return in;
        return new Utf8Encoding(new StrictText(in, charset(encoding)));
    }

    /** The message for a file that is not in an encoding ucount can read. */
    static InputException notUtf8(Source source) {
        return new InputException(source, "not valid UTF-8 text (Windows-1252 or another legacy encoding?): "
                + "save the export as UTF-8 and run again");
    }

    /**
     * The message for a file whose bytes did not decode: on the line {@link StrictText} found them on, in the encoding
     * its byte-order mark gave (UTF-8 when it gave none).
     */
    static InputException undecodable(String file, CharacterCodingException e) {
        if (!(e instanceof StrictText.Undecodable u)) return notUtf8(Source.of(file));
        Source at = new Source(file, u.line());
        if (u.charset().equals(StandardCharsets.UTF_8)) return notUtf8(at);
        return new InputException(at, "not valid " + u.charset().name() + " text (as its byte-order mark says): "
                + "save the export as UTF-8 and run again");
    }

    /** Decoded text re-encoded as UTF-8, as a stream. */
    private static final class Utf8Encoding extends InputStream {

        private final Reader text;
        private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        private final CharBuffer chars = CharBuffer.allocate(8192).flip();
        private final ByteBuffer bytes = ByteBuffer.allocate(3 * 8192 + 8).flip();
        private boolean endOfText;

        Utf8Encoding(Reader text) {
            this.text = text;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) return 0;
            while (!bytes.hasRemaining()) {
                if (endOfText && !chars.hasRemaining()) return -1;
                encodeMore();
            }
            int n = Math.min(len, bytes.remaining());
            bytes.get(b, off, n);
            return n;
        }

        private void encodeMore() throws IOException {
            chars.compact();
            if (!endOfText && text.read(chars) < 0) endOfText = true;
            chars.flip();
            bytes.clear();
            var result = encoder.encode(chars, bytes, endOfText);
            if (result.isError()) result.throwException();
            bytes.flip();
        }

        @Override
        public void close() throws IOException {
            text.close();
        }
    }
}
