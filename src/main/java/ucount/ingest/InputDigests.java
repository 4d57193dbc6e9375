package ucount.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * Collects the SHA-256 and size of every export while it is read (standard input can be read only once). Files are
 * read in parallel, so the digests are listed in the order the files were named, not the order they finished. A
 * reader that stops early still gets the whole file hashed: the rest is drained on close.
 */
public final class InputDigests implements StreamTap {

    private final List<InputDigest> digests = Collections.synchronizedList(new ArrayList<>());
    private volatile List<String> order = List.of();

    @Override
    public void starting(List<InputFile> files) {
        order = files.stream().map(InputFile::name).toList();
    }

    @Override
    public InputStream tap(InputFile file, InputStream in) {
        return new Hashing(file.name(), in);
    }

    public List<InputDigest> digests() {
        List<InputDigest> sorted;
        synchronized (digests) {
            sorted = new ArrayList<>(digests);
        }
        sorted.sort(Comparator.comparingInt(d -> order.indexOf(d.path())));
        return sorted;
    }

    /** A file read apart from the exports ({@code --catalog}, {@code --installed}). */
    public static InputDigest of(String kind, Path file) throws IOException {
        MessageDigest sha = sha256();
        long bytes = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) >= 0; bytes += n) sha.update(buffer, 0, n);
        }
        return new InputDigest(kind, file.toString(), HexFormat.of().formatHex(sha.digest()), bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private final class Hashing extends FilterInputStream {
        private final String name;
        private final MessageDigest sha = sha256();
        private long bytes;
        private boolean closed;

        Hashing(String name, InputStream in) {
            super(in);
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                sha.update((byte) b);
                bytes++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                sha.update(b, off, n);
                bytes += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buffer = new byte[(int) Math.min(n, 8192)];
            int read = read(buffer, 0, buffer.length);
            return Math.max(read, 0);
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public void close() throws IOException {
            if (closed) return;
            closed = true;
            try {
                byte[] buffer = new byte[1 << 16];
                while (read(buffer, 0, buffer.length) >= 0) {
                    // drained into the digest
                }
                digests.add(new InputDigest("export", name, HexFormat.of().formatHex(sha.digest()), bytes));
            } finally {
                super.close();
            }
        }
    }
}
