package ucount.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HeaderTest {

    @Test
    void normalisesCaseAndWhiteSpace() {
        assertEquals("directory number 1", Header.normalize("  DIRECTORY NUMBER  1 "));
        assertEquals("line network hold moh audio source 1", Header.normalize("Line Network Hold MOH Audio Source  1"));
    }

    @Test
    void findsTheFirstAliasPresent() {
        Header h = new Header(List.of("Device Name", "Phone Button Template", "Route Partition 1"));
        assertEquals(1, h.find("phone template", "phone button template"));
        assertEquals(-1, h.find("owner user id"));
    }

    @Test
    void numberedGroupsComeInSuffixOrder() {
        Header h = new Header(List.of("Directory Number 10", "Directory Number 2", "DIRECTORY NUMBER 1", "Directory"));
        assertEquals(List.of(2, 1, 0), h.numbered("directory number"));
    }
}
