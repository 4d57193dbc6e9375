package ucount.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ucount.model.ExportTime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * When the exports of one cluster were taken (R33): a folder that {@code ucount pull} wrote says so in its manifest
 * ({@code pulledAt}); any other file was taken no later than it was last modified. Standard input tells nothing.
 */
public final class ExportTimes {

    /** The file a pull snapshot keeps its record in, at the top of its folder. */
    static final String MANIFEST = "manifest.json";

    private ExportTimes() {
    }

    /**
     * The oldest time the EXPORT arguments of one cluster tell, the files expanded as the readers expand them; empty
     * when none tells one (standard input only).
     */
    public static Optional<ExportTime> oldest(List<String> exports) throws InputException {
        ExportTime oldest = null;
        for (String arg : exports) {
            if (arg.equals(InputFile.STDIN)) continue;
            ExportTime pulled = pulledAt(Path.of(arg));
            if (pulled != null) {
                oldest = ExportTime.older(oldest, pulled);
                continue;
            }
            for (InputFile file : InputFile.expand(List.of(arg), null)) {
                oldest = ExportTime.older(oldest, modified(file));
            }
        }
        return Optional.ofNullable(oldest);
    }

    /**
     * A pull snapshot's time: {@code pulledAt} of the manifest at the top of the folder; null for a file, a folder
     * without a manifest, or a manifest that is not one of ucount's (its files' times are used instead).
     */
    private static ExportTime pulledAt(Path folder) {
        Path manifest = folder.resolve(MANIFEST);
        if (!Files.isDirectory(folder) || !Files.isRegularFile(manifest)) return null;
        try {
            JsonNode root = new ObjectMapper().readTree(manifest.toFile());
            JsonNode pulledAt = root == null ? null : root.get("pulledAt");
            if (pulledAt == null || !pulledAt.isTextual() || !"ucount".equals(root.path("tool").asText())) return null;
            return new ExportTime(Instant.parse(pulledAt.asText()), manifest.toString(), true);
        } catch (IOException | DateTimeParseException e) {
            return null;
        }
    }

    private static ExportTime modified(InputFile file) {
        try {
            return new ExportTime(Files.getLastModifiedTime(file.path()).toInstant(), file.name(), false);
        } catch (IOException e) {
            return null; // read a moment ago; if its time cannot be had now, it tells nothing
        }
    }
}
