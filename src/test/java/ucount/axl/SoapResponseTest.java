package ucount.axl;

import org.junit.jupiter.api.Test;

import javax.xml.stream.XMLStreamException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What a pull reads of each AXL answer: its items, their keys, a fault. */
class SoapResponseTest {

    private static byte[] answer(String description) {
        return ("<?xml version='1.0' encoding='UTF-8'?><soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/"
                + "soap/envelope/\"><soapenv:Body><ns:listPhoneResponse xmlns:ns=\"http://www.cisco.com/AXL/API/12.5\">"
                + "<return><phone><name>SEP1</name><description>" + description + "</description></phone></return>"
                + "</ns:listPhoneResponse></soapenv:Body></soapenv:Envelope>").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void itemsAndKeys_withOrWithoutAByteOrderMark() throws XMLStreamException {
        assertEquals(List.of("SEP1"), SoapResponse.parse(answer("Lobby"), "name").keys());
        byte[] plain = answer("Lobby");
        byte[] marked = new byte[plain.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, marked, 3, plain.length);
        assertEquals(1, SoapResponse.parse(marked, "name").items());
    }

    @Test
    void anAnswerWithoutReturn_isNoEmptyList() {
        byte[] body = ("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
                + "<ns:listPhoneResponse xmlns:ns=\"http://www.cisco.com/AXL/API/12.5\"/></soapenv:Body>"
                + "</soapenv:Envelope>").getBytes(StandardCharsets.UTF_8);
        assertEquals("no <return> in the answer",
                assertThrows(XMLStreamException.class, () -> SoapResponse.parse(body, "name")).getMessage());
        byte[] empty = new String(answer("x"), StandardCharsets.UTF_8).replaceAll("<return>.*</return>", "<return/>")
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(0, assertDoesNotThrow(() -> SoapResponse.parse(empty, "name")).items());
    }

    @Test
    void anAnswerThatIsNotUtf8_isOneErrorAndNothingOnStandardError() {
        byte[] body = answer("Lobby");
        body[body.length - 120] = (byte) 0xFF; // inside the description
        PrintStream stderr = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            XMLStreamException e = assertThrows(XMLStreamException.class, () -> SoapResponse.parse(body, "name"));
            assertEquals("the answer is not UTF-8 text", e.getMessage());
        } finally {
            System.setErr(stderr);
        }
        assertEquals("", printed.toString(StandardCharsets.UTF_8));
    }
}
