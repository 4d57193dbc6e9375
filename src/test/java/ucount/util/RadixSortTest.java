package ucount.util;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RadixSortTest {

    @Test
    void byKeySortsKeysAndPlacesTogetherStablyWhateverTheNumberOfPassesThatMove() {
        // One byte differs (one pass moves, an odd number): the result must still land in the arrays given.
        long[] keys = {0x0300, 0x0100, 0x0300, 0x0200};
        int[] places = {0, 1, 2, 3};
        RadixSort.byKey(keys, places);
        assertArrayEquals(new long[] {0x0100, 0x0200, 0x0300, 0x0300}, keys);
        assertArrayEquals(new int[] {1, 3, 0, 2}, places);
        // Two bytes differ (two passes), the highest bit set (unsigned order), and equal keys keep their order.
        keys = new long[] {0x8000_0000_0000_0001L, 0x01, 0x8000_0000_0000_0001L, 0x0100_0000_0000_0000L};
        places = new int[] {0, 1, 2, 3};
        RadixSort.byKey(keys, places);
        assertArrayEquals(new long[] {0x01, 0x0100_0000_0000_0000L, 0x8000_0000_0000_0001L, 0x8000_0000_0000_0001L},
                keys);
        assertArrayEquals(new int[] {1, 3, 0, 2}, places);
    }

    /**
     * Two sorts through the same scratch arrays sort as two with arrays of their own; a scratch of another length is
     * refused.
     */
    @Test
    void byKeyThroughScratchArraysGivenAgain_sortsAsWithArraysOfItsOwn() {
        Random random = new Random(22);
        long[] scratch = new long[1000];
        int[] placesScratch = new int[1000];
        for (int round = 0; round < 2; round++) {
            long[] keys = new long[1000];
            for (int i = 0; i < keys.length; i++) keys[i] = random.nextInt(50) * (round == 0 ? 1L : 0x0101_0000_0000L);
            int[] places = new int[1000];
            for (int i = 0; i < places.length; i++) places[i] = i;
            long[] expectedKeys = keys.clone();
            int[] expectedPlaces = places.clone();
            RadixSort.byKey(expectedKeys, expectedPlaces);
            RadixSort.byKey(keys, places, scratch, placesScratch);
            assertArrayEquals(expectedKeys, keys);
            assertArrayEquals(expectedPlaces, places);
        }
        assertThrows(IllegalArgumentException.class,
                () -> RadixSort.byKey(new long[3], new int[3], new long[2], new int[3]));
    }
}
