package ucount.ingest;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StrictTextTest {

    @Test
    void decodesWhatAReaderWould_acrossItsBuffers_andEndsOnce() throws IOException {
        String text = "h\u00e9llo \u20ac \uD83D\uDE00\n".repeat(20_000); // 4-byte characters cut by the 64 KB reads
        Reader reader = new StrictText(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        reader.transferTo(out);
        assertEquals(text, out.toString());
        assertEquals(-1, reader.read());
        assertEquals(-1, reader.read(new char[8], 0, 8));
    }

    @Test
    void aCharacterOutsideTheBmpIsReadOneCharAtATime() throws IOException {
        Reader reader = new StrictText(new ByteArrayInputStream("A\uD83D\uDE00B".getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);
        List<Integer> chars = new java.util.ArrayList<>();
        for (int c = reader.read(); c >= 0; c = reader.read()) chars.add(c);
        assertEquals(List.of(0x41, 0xD83D, 0xDE00, 0x42), chars);
    }

    @Test
    void undecodableBytesAreOnTheLineTheyAreOn_crLfAndCrlfEachOneBreak() {
        for (String breaks : List.of("\n", "\r", "\r\n")) {
            byte[] start = ("a" + breaks + "b" + breaks + "c" + breaks).repeat(30_000).getBytes(StandardCharsets.UTF_8);
            byte[] bytes = java.util.Arrays.copyOf(start, start.length + 2);
            bytes[start.length] = 'x';
            bytes[start.length + 1] = (byte) 0xE9; // Windows-1252 'é', no UTF-8
            StrictText.Undecodable e = assertThrows(StrictText.Undecodable.class,
                    () -> new StrictText(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)
                            .transferTo(new StringWriter()));
            assertEquals(90_001, e.line(), breaks.replace("\r", "CR").replace("\n", "LF"));
            assertEquals(StandardCharsets.UTF_8, e.charset());
        }
    }

    @Test
    void aUtf16FileCutInTheMiddleOfACharacterEndsOnItsLastLine() {
        byte[] whole = "USER ID,LAST NAME\r\njdoe,Doe\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length + 1);
        StrictText.Undecodable e = assertThrows(StrictText.Undecodable.class,
                () -> new StrictText(new ByteArrayInputStream(cut), StandardCharsets.UTF_16LE)
                        .transferTo(new StringWriter()));
        assertEquals(3, e.line());
    }

    @Test
    void aCsvExportInUtf16IsNamedWithTheLineAndItsEncoding() {
        byte[] text = ("\uFEFFUSER ID,LAST NAME\r\njdoe,Doe\r\nami,\u00A7\r\n").getBytes(StandardCharsets.UTF_16LE);
        for (int i = 0; i + 1 < text.length; i++) {
            if (text[i] == (byte) 0xA7 && text[i + 1] == 0) { // a lone low surrogate where the section sign was
                text[i] = 0x00;
                text[i + 1] = (byte) 0xDC;
            }
        }
        InputException e = assertThrows(InputException.class, () -> ExportReader.read("c",
                List.of(new InputFile("users.csv", null, () -> new ByteArrayInputStream(text)))));
        assertEquals("users.csv:3: not valid UTF-16LE text (as its byte-order mark says): save the export as UTF-8 and "
                + "run again", e.getMessage());
    }
}
