package ucount.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Text decoded strictly from bytes, its line breaks counted as it goes (CR, LF and CRLF, as the CSV and XML readers
 * count lines), so that bytes which do not decode are named with their line ({@link Undecodable}), where an
 * {@code InputStreamReader} says only that some bytes somewhere did not.
 */
final class StrictText extends Reader {

    /** Bytes that are not text in the file's encoding, on a line. */
    static final class Undecodable extends CharacterCodingException {

        private final transient Charset charset;
        private final long line;

        Undecodable(Charset charset, long line) {
            this.charset = charset;
            this.line = line;
        }

        Charset charset() {
            return charset;
        }

        long line() {
            return line;
        }

        @Override
        public String getMessage() {
            return "not valid " + charset.name() + " text on line " + line;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private boolean endOfInput;
    private boolean flushed;
    private long lineBreaks;
    private boolean afterCr;
    private final char[] pair = new char[2];
    /** A char decoded but not yet handed over, or -1. */
    private int pending = -1;

    StrictText(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) return 0;
        if (pending >= 0) { // the second half of a pair decoded for a read of one character
            buffer[offset] = (char) pending;
            pending = -1;
            return 1;
        }
        if (length == 1) { // a character outside the BMP is two chars: the decoder makes none into room for one
            int n = decode(pair, 0, 2);
            if (n <= 0) return n;
            buffer[offset] = pair[0];
            if (n == 2) pending = pair[1];
            return 1;
        }
        return decode(buffer, offset, length);
    }

    private int decode(char[] buffer, int offset, int length) throws IOException {
        if (flushed) return -1; // the end was reached: the decoder takes no more input
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (true) {
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                count(buffer, offset, out.position());
                throw new Undecodable(decoder.charset(), lineBreaks + 1);
            }
            if (result.isOverflow() || out.position() > offset) break;
            if (endOfInput) {
                if (!flushed) {
                    decoder.flush(out);
                    flushed = true;
                }
                if (out.position() == offset) return -1;
                break;
            }
            fill();
        }
        count(buffer, offset, out.position());
        return out.position() - offset;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    private void count(char[] buffer, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = buffer[i];
            if (c == '\r' || c == '\n' && !afterCr) lineBreaks++;
            afterCr = c == '\r';
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
