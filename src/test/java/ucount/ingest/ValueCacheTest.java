package ucount.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One String per short value seen again, and always the value of the bytes asked for. */
class ValueCacheTest {

    private final ValueCache cache = new ValueCache();

    /** Asks for {@code value}'s UTF-8 bytes in the middle of a larger buffer, as the readers do. */
    private String get(String value) {
        byte[] bytes = ("x," + value + ",y").getBytes(StandardCharsets.UTF_8);
        return cache.get(bytes, 2, bytes.length - 2);
    }

    @Test
    void aJabberModelName_isShared() {
        String first = get("Cisco Unified Client Services Framework");
        assertSame(first, get("Cisco Unified Client Services Framework"));
        assertTrue(cache.found());
    }

    @Test
    void theSameBytesAgain_giveTheSameString_andAreFound() {
        String first = get("Cisco 8845");
        assertFalse(cache.found());
        String again = get("Cisco 8845");
        assertTrue(cache.found());
        assertSame(first, again);
        assertEquals("Cisco 8845", again);
    }

    @Test
    void valuesOfOneSlot_eachGiveTheirOwnText() {
        assertEquals("Aa".hashCode(), "BB".hashCode(), "two values of one slot");
        String aa = get("Aa");
        assertEquals("BB", get("BB"));
        assertFalse(cache.found());
        String aaAgain = get("Aa");
        assertFalse(cache.found(), "the slot now holds BB");
        assertEquals("Aa", aaAgain);
        assertNotSame(aa, aaAgain);
    }

    @Test
    void aShorterValueOfTheSameSlot_isNotTakenForTheLongerOne() {
        assertEquals("\0".hashCode(), "\0\0".hashCode(), "two lengths, one slot");
        get("\0\0");
        assertEquals("\0", get("\0"));
        assertFalse(cache.found());
        assertEquals("\0\0", get("\0\0"));
        assertFalse(cache.found());
    }

    @Test
    void aValueLongerThanTheSharedLength_isReadWhole_andNotKept() {
        String longer = "Reception desk, ground floor lobby, building 4 west wing, by the lifts";
        assertTrue(longer.length() > ValueCache.SHARED_LENGTH);
        String first = get(longer);
        assertEquals(longer, first);
        assertNotSame(first, get(longer));
        assertFalse(cache.found());
        String exactly = "x".repeat(ValueCache.SHARED_LENGTH);
        assertSame(get(exactly), get(exactly));
    }

    @Test
    void nonAsciiBytes_areDecodedAsUtf8() {
        assertEquals("Müller", get("Müller"));
        assertEquals("Müller", get("Müller"));
        assertFalse(cache.found(), "values with non-ASCII bytes are decoded, not kept");
    }

    @Test
    void aValueKeptAsText_isNotComparedAsBytes() {
        String text = cache.get(new String("jdoe"));
        assertSame(text, cache.get(new String("jdoe")));
        String bytes = get("jdoe");
        assertFalse(cache.found(), "text values keep no bytes to compare");
        assertEquals("jdoe", bytes);
        assertSame(bytes, get("jdoe"));
        assertTrue(cache.found());
    }

    @Test
    void aTextValueTakingASlot_dropsTheBytesOfTheValueBefore() {
        get("Aa");
        assertEquals("BB", cache.get(new String("BB")), "the same slot as Aa");
        assertEquals("Aa", get("Aa"), "not BB, found by Aa's bytes left in the slot");
        assertFalse(cache.found());
    }
}
