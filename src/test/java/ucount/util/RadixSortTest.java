package ucount.util;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

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
}
