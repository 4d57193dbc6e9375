package ucount.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ucount.model.ExportTime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** R33: when a cluster's exports were taken, as their files tell it. */
class ExportTimesTest {

    @TempDir
    Path dir;

    private Path file(String name, String modified) throws IOException {
        Path path = dir.resolve(name);
        Files.createDirectories(path.getParent());
        Files.writeString(path, "Device Name,Device Type\n");
        Files.setLastModifiedTime(path, FileTime.from(Instant.parse(modified)));
        return path;
    }

    @Test
    void r33_theOldestExportFileOfTheFolderAndTheFilesNamed_byItsModificationTime() throws IOException, InputException {
        file("hq/phones.csv", "2025-03-10T08:00:00Z");
        Path users = file("hq/users.csv", "2025-03-09T08:00:00Z");
        file("hq/notes.txt", "2025-01-01T00:00:00Z"); // not an export: not read, so not counted
        file("hq/.hidden/old.csv", "2025-01-01T00:00:00Z");
        Path single = file("extra.csv", "2025-03-11T08:00:00Z");
        assertEquals(Optional.of(new ExportTime(Instant.parse("2025-03-09T08:00:00Z"), users.toString(), false)),
                ExportTimes.oldest(List.of(dir.resolve("hq").toString(), single.toString())));
        assertEquals(Optional.of(new ExportTime(Instant.parse("2025-03-11T08:00:00Z"), single.toString(), false)),
                ExportTimes.oldest(List.of(single.toString())));
    }

    @Test
    void r33_aPullSnapshotsManifestTellsWhenItRan_whateverItsFilesSay() throws IOException, InputException {
        file("hq/listPhone.xml", "2025-01-01T00:00:00Z");
        Path manifest = dir.resolve("hq/manifest.json");
        Files.writeString(manifest, "{\"tool\": \"ucount\", \"pulledAt\": \"2025-03-12T06:30:00Z\", \"counts\": {}}");
        assertEquals(Optional.of(new ExportTime(Instant.parse("2025-03-12T06:30:00Z"), manifest.toString(), true)),
                ExportTimes.oldest(List.of(dir.resolve("hq").toString())));
    }

    @Test
    void r33_aManifestThatIsNotAPullsLeavesTheFilesTimes() throws IOException, InputException {
        Path phones = file("hq/listPhone.xml", "2025-03-01T00:00:00Z");
        Path manifest = dir.resolve("hq/manifest.json");
        ExportTime byFile = new ExportTime(Instant.parse("2025-03-01T00:00:00Z"), phones.toString(), false);
        for (String text : List.of("{\"pulledAt\": \"2025-03-12T06:30:00Z\"}", "{\"tool\": \"ucount\"}",
                "{\"tool\": \"ucount\", \"pulledAt\": \"yesterday\"}", "not json", "")) {
            Files.writeString(manifest, text);
            assertEquals(Optional.of(byFile), ExportTimes.oldest(List.of(dir.resolve("hq").toString())), text);
        }
    }

    @Test
    void r33_standardInputTellsNothing() throws InputException {
        assertEquals(Optional.empty(), ExportTimes.oldest(List.of(InputFile.STDIN)));
    }
}
