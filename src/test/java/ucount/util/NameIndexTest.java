package ucount.util;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameIndexTest {

    @Test
    void findsEveryNameItWasGivenThroughEveryGrowth() {
        NameIndex index = new NameIndex(1);
        for (int i = 0; i < 100_000; i++) assertTrue(index.putIfAbsent("user" + i, i));
        for (int i = 0; i < 100_000; i++) assertEquals(i, index.get("user" + i), "user" + i);
        assertEquals(-1, index.get("user100000"));
        assertEquals(-1, index.get("USER1"), "exact: case matters");
    }

    /**
     * Slots are as many as the names need, not a power of two, and a probe that passes the last slot goes on from
     * the first: a table filled to three quarters without growing finds every name, and misses none it lacks.
     */
    @Test
    void aTableOfAnySize_filledToThreeQuartersWithoutGrowing_findsEveryName() {
        for (int expected : new int[] {11, 1000, 1337}) {
            NameIndex index = new NameIndex(expected);
            int names = expected * 3 / 2 * 3 / 4; // its slots three quarters full: no growth yet
            for (int i = 0; i < names; i++) assertTrue(index.putIfAbsent("SEP" + i, i));
            for (int i = 0; i < names; i++) assertEquals(i, index.get("SEP" + i), "SEP" + i);
            for (int i = names; i < names + 1000; i++) assertEquals(-1, index.get("SEP" + i));
            assertEquals(names, index.size());
        }
    }

    /**
     * A slot is picked by the hash's high bits, so those must spread the names of one table evenly even when they were
     * split among tables by the high bits of another hash (as {@code UserIds} splits user IDs among sixteen): the
     * names of one such table fall evenly into sixteen parts of it. (The former hash, made for slots picked by its
     * low bits, put them all in one part.)
     */
    @Test
    void namesSplitByTheHighBitsOfAnotherHash_spreadEvenlyOverTheSlots() {
        int[] parts = new int[16];
        int names = 0;
        for (int i = 0; names < 32_000; i++) {
            String id = "user" + i;
            if ((id.hashCode() * 0x9E3779B9) >>> 28 != 5) continue; // one of sixteen tables
            parts[NameIndex.hash(id) >>> 28]++;
            names++;
        }
        for (int part : parts) assertTrue(part > 1600 && part < 2400, java.util.Arrays.toString(parts));
    }

    @Test
    void find_addsANewNameAtThePlace_andGivesTheKeptStringAndPlaceOfAKnownOne_throughGrowth() {
        NameIndex index = new NameIndex(1);
        for (int i = 0; i < 10_000; i++) {
            String name = "user" + i;
            int slot = index.find(name, i); // most additions move nothing; some grow the table
            assertSame(name, index.keyAt(slot), name);
            assertEquals(i, index.placeAt(slot), name);
        }
        String again = new String("user77");
        int slot = index.find(again, 12345);
        assertEquals(77, index.placeAt(slot), "known: its first place, not the one offered");
        assertSame(index.keyAt(index.find("user77", 0)), index.keyAt(slot));
        assertNotSame(again, index.keyAt(slot), "the first String added for the name");
        assertEquals(10_000, index.size());
    }

    @Test
    void prefetchingChangesNoLookup() {
        NameIndex index = new NameIndex(16);
        for (int i = 0; i < 1000; i++) index.putIfAbsent("user" + i, i);
        String[] names = {"user1", null, "", "nobody", new String("user999"), "USER2"};
        index.prefetch(names, 0, names.length);
        index.prefetch(names, 2, 2);
        assertEquals(1, index.get("user1"));
        assertEquals(-1, index.get(""));
        assertEquals(-1, index.get("nobody"));
        assertEquals(999, index.get(names[4]));
        assertEquals(-1, index.get("USER2"));
        assertEquals(1000, index.size());
    }

    @Test
    void keepsTheFirstPlaceOfAName() {
        NameIndex index = new NameIndex(4);
        assertTrue(index.putIfAbsent("jsmith", 0));
        assertFalse(index.putIfAbsent(new String("jsmith"), 7));
        assertFalse(index.putIfAbsent("jsmith", 8), "the very String added first is there too");
        assertEquals(0, index.get(new String("jsmith")));
    }

    @Test
    void namesOfEqualHashAreKeptApart() {
        NameIndex index = new NameIndex(4);
        assertEquals("Aa".hashCode(), "BB".hashCode());
        index.putIfAbsent("Aa", 1);
        index.putIfAbsent("BB", 2);
        assertEquals(1, index.get("Aa"));
        assertEquals(2, index.get("BB"));
    }

    @Test
    void putMovesANameAndExpectMakesRoomWithoutLosingAny() {
        NameIndex index = new NameIndex(2);
        for (int i = 0; i < 1000; i++) index.putIfAbsent("d" + i, i);
        index.put("d7", 70_000);
        index.put("new", 5);
        index.expect(200_000);
        for (int i = 0; i < 1000; i++) assertEquals(i == 7 ? 70_000 : i, index.get("d" + i));
        assertEquals(5, index.get("new"));
        assertEquals(1001, index.size());
    }
}
