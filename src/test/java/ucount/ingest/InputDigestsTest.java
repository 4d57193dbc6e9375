package ucount.ingest;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InputDigestsTest {

    @Test
    void aReaderThatStopsEarly_stillGetsTheWholeFileHashed() throws Exception {
        byte[] bytes = "Device Name,Device Type\nSEP1,Cisco 7841\n".repeat(5000).getBytes(StandardCharsets.UTF_8);
        InputDigests digests = new InputDigests();
        InputFile file = new InputFile("phones.csv", null, () -> new ByteArrayInputStream(bytes));
        try (InputStream in = digests.tap(file, file.open())) {
            in.read();
            in.read(new byte[100]);
        }
        InputDigest d = digests.digests().get(0);
        assertEquals(new InputDigest("export", "phones.csv",
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), bytes.length), d);
    }
}
