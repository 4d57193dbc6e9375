package ucount.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A secret kept in a file rather than given as an argument, which would show in the process list and the shell
 * history: the file's first line, without its CR or LF. UTF-8, with or without a byte-order mark, or UTF-16 with one
 * (what Windows PowerShell 5's {@code >} writes), so that one secret read from two files is one secret. A file larger
 * than a secret needs (a device, a wrong path) is refused before it is read.
 */
public final class SecretFile {

    public static final int MAX_BYTES = 4096;

    /** Why a file holds no usable secret: {@link #reason()} is the problem, the message names the file too. */
    public static final class Unusable extends Exception {

        private final String reason;

        Unusable(Path file, String reason) {
            super(file + ": " + reason);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    private SecretFile() {
    }

    /** The first line of {@code file}, which holds the {@code secret} named in messages ("password", "salt"). */
    public static char[] firstLine(Path file, String secret) throws Unusable {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new Unusable(file, "cannot read the " + secret + " file: " + FileProblems.reason(e));
        }
        if (bytes.length > MAX_BYTES) {
            throw new Unusable(file, "more than " + MAX_BYTES + " bytes: not a " + secret + " file");
        }
        CharSequence text = decode(file, bytes, secret);
        int end = 0;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') end++;
        if (end == 0) throw new Unusable(file, "the " + secret + " file is empty");
        char[] line = new char[end];
        for (int i = 0; i < end; i++) line[i] = text.charAt(i);
        return line;
    }

    private static CharSequence decode(Path file, byte[] bytes, String secret) throws Unusable {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            skip = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip));
        } catch (CharacterCodingException e) {
            throw new Unusable(file, "the " + secret + " file is not " + charset.name() + " text: save it as UTF-8");
        }
    }
}
