package ucount.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A BAT export larger than the whole heap is read as a stream: a 64 MB phones CSV (wide rows, as "All Details"
 * exports are) read by {@code ucount estimate} in a JVM limited to 32 MB of heap.
 */
class CsvStreamingTest {

    private static final int PHONES = 2_800;
    private static final String PADDING = "x".repeat(24 * 1024);

    @Test
    void anExportLargerThanTheHeapIsReadOneRowAtATime(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("phones.csv");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(csv), 1 << 16)) {
            out.write("Device Name,Description,Device Type,Owner User ID,Vendor Config\r\n".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < PHONES; i++) {
                out.write(String.format("SEP%012d,Desk %d,Cisco 7841,,\"%s\"\r\n", i, i, PADDING)
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        assertTrue(Files.size(csv) > 64L * 1024 * 1024, "the export is larger than the heap: " + Files.size(csv));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx32m", "-cp", System.getProperty("java.class.path"),
                "ucount.cli.Main", "estimate", "--format", "json", csv.toString())
                .redirectError(dir.resolve("stderr.txt").toFile()).redirectOutput(dir.resolve("stdout.json").toFile())
                .start();
        int code = process.waitFor();
        assertEquals(0, code, Files.readString(dir.resolve("stderr.txt")));
        JsonNode estimate = new ObjectMapper().readTree(dir.resolve("stdout.json").toFile());
        assertEquals(PHONES, estimate.get("totals").get("ENHANCED").asInt());
    }
}
