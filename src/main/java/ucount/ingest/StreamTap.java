package ucount.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Sees the raw bytes of every export as the readers consume them, whatever the format: input digests for report
 * metadata and read progress hook in here, so they stay independent of the parsers.
 */
public interface StreamTap {

    StreamTap NONE = (file, in) -> in;

    /** Called once, before any file is opened, with every file of every cluster of the call. */
    default void starting(List<InputFile> files) {
    }

    /** Returns the stream the reader reads {@code file} from; closing it closes {@code in}. */
    InputStream tap(InputFile file, InputStream in) throws IOException;

    /** Called once after the last file, whether reading succeeded or not. */
    default void finished() {
    }

    /** Both taps: {@code first} sees the bytes first. */
    static StreamTap both(StreamTap first, StreamTap second) {
        if (first == NONE) return second;
        if (second == NONE) return first;
        return new StreamTap() {
            @Override
            public void starting(List<InputFile> files) {
                first.starting(files);
                second.starting(files);
            }

            @Override
            public InputStream tap(InputFile file, InputStream in) throws IOException {
                return second.tap(file, first.tap(file, in));
            }

            @Override
            public void finished() {
                try {
                    second.finished();
                } finally {
                    first.finished();
                }
            }
        };
    }
}
