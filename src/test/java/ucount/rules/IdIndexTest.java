package ucount.rules;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdIndexTest {

    @Test
    void findsEveryNameItWasGivenThroughEveryGrowth() {
        IdIndex index = new IdIndex(1);
        for (int i = 0; i < 100_000; i++) assertTrue(index.putIfAbsent("user" + i, i));
        for (int i = 0; i < 100_000; i++) assertEquals(i, index.get("user" + i), "user" + i);
        assertEquals(-1, index.get("user100000"));
        assertEquals(-1, index.get("USER1"), "exact: case matters");
    }

    @Test
    void keepsTheFirstPlaceOfAName() {
        IdIndex index = new IdIndex(4);
        assertTrue(index.putIfAbsent("jsmith", 0));
        assertFalse(index.putIfAbsent(new String("jsmith"), 7));
        assertEquals(0, index.get(new String("jsmith")));
    }

    @Test
    void namesOfEqualHashAreKeptApart() {
        IdIndex index = new IdIndex(4);
        assertEquals("Aa".hashCode(), "BB".hashCode());
        index.putIfAbsent("Aa", 1);
        index.putIfAbsent("BB", 2);
        assertEquals(1, index.get("Aa"));
        assertEquals(2, index.get("BB"));
    }
}
