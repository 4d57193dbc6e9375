package ucount.util;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RepeatedNamesTest {

    private static int[] firstOf(List<String> names) {
        long[] hashes = new long[names.size()];
        int[] places = new int[names.size()];
        for (int i = 0; i < names.size(); i++) {
            hashes[i] = names.get(i).hashCode() & 0xFFFF_FFFFL;
            places[i] = i;
        }
        return RepeatedNames.firstOf(hashes, places, names.size(), names::get);
    }

    @Test
    void eachRepeatPointsAtTheFirstName_namesOfEqualHashApartUnlessEqual() {
        assertEquals("Aa".hashCode(), "BB".hashCode(), "two names of one hash");
        assertArrayEquals(new int[]{-1, -1, -1, 0, 1, 1, -1, 0},
                firstOf(List.of("Aa", "BB", "SEP1", "Aa", "BB", "BB", "SEP2", "Aa")));
    }

    @Test
    void noRepeat_isNull() {
        assertNull(firstOf(List.of("Aa", "BB", "SEP1", "SEP2")));
        assertNull(firstOf(List.of()));
    }
}
