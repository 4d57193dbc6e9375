package ucount.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A saved response larger than the whole heap is read as a stream: a 64 MB listPhone response piped into
 * {@code ucount estimate -} running in a JVM limited to 32 MB of heap.
 */
class AxlStreamingTest {

    private static final int PHONES = 2_800;
    private static final String PADDING = "x".repeat(24 * 1024);

    @Test
    void aResponseLargerThanTheHeapIsReadOneItemAtATime() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx32m", "-cp", System.getProperty("java.class.path"),
                "ucount.cli.Main", "estimate", "--format", "json", "-").start();
        CompletableFuture<byte[]> out = drain(process.getInputStream());
        CompletableFuture<byte[]> err = drain(process.getErrorStream());
        long written;
        try (OutputStream in = process.getOutputStream()) {
            written = writeResponse(in);
        }
        int code = process.waitFor();
        String stderr = new String(err.get(), StandardCharsets.UTF_8);
        assertEquals(0, code, stderr);
        JsonNode estimate = new ObjectMapper().readTree(out.get());
        assertEquals(PHONES, estimate.get("totals").get("ENHANCED").asInt());
        assertEquals(true, written > 64L * 1024 * 1024, "the response is larger than the heap: " + written);
    }

    private static long writeResponse(OutputStream raw) throws IOException {
        long n = 0;
        n += write(raw, "<?xml version='1.0' encoding='UTF-8'?>\n<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/"
                + "soap/envelope/\"><soapenv:Body><ns:listPhoneResponse xmlns:ns=\"http://www.cisco.com/AXL/API/12.5\"><return>\n");
        for (int i = 0; i < PHONES; i++) {
            n += write(raw, String.format("<phone uuid=\"{%d}\"><name>SEP%012d</name><model>Cisco 7841</model><class>Phone"
                    + "</class><ownerUserName/><vendorConfig><note>%s</note></vendorConfig></phone>\n", i, i, PADDING));
        }
        n += write(raw, "</return></ns:listPhoneResponse></soapenv:Body></soapenv:Envelope>\n");
        return n;
    }

    private static int write(OutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.write(b);
        return b.length;
    }

    private static CompletableFuture<byte[]> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                in.transferTo(buffer);
                return buffer.toByteArray();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
