package ucount.ingest;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every spelling of a boolean in BAT and AXL exports, as written and padded or in another case. */
class BooleansTest {

    @Test
    void everySpellingInEveryCaseAndPadding() {
        Map<String, Boolean> spellings = Map.of("t", true, "true", true, "y", true, "yes", true, "1", true,
                "f", false, "false", false, "n", false, "no", false, "0", false);
        spellings.forEach((text, value) -> {
            for (String written : new String[] {text, text.toUpperCase(), " " + text + " ", "\t" + text}) {
                assertEquals(value, Booleans.parse(written), "'" + written + "'");
            }
        });
        assertNull(Booleans.parse(""));
        assertNull(Booleans.parse("  "));
    }

    @Test
    void anythingElseIsRefusedNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Booleans.parse(" maybe "));
        assertEquals("'maybe' is not a boolean (expected t/f, true/false, Y/N, yes/no or 1/0)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Booleans.parse("tru"));
    }
}
