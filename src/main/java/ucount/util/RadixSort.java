package ucount.util;

/** Sorting numbers that stand for names, without comparing the names: what a million of them need. */
public final class RadixSort {

    private RadixSort() {
    }

    /**
     * Sorts the keys, unsigned, and the places beside them, stably (equal keys keep their order): a radix sort, a
     * byte at a time, lowest first. Each pass reads both arrays in order and moves a key with its place, so that no
     * pass reads from scattered memory.
     */
    public static void byKey(long[] sortKeys, int[] sortPlaces) {
        byKey(sortKeys, sortPlaces, new long[sortKeys.length], new int[sortKeys.length]);
    }

    /**
     * {@link #byKey(long[], int[])}, moving keys and places through arrays of the same length the caller gives (and
     * may give again to the next sort), rather than through new ones.
     */
    public static void byKey(long[] sortKeys, int[] sortPlaces, long[] keysScratch, int[] placesScratch) {
        long[] keys = sortKeys;
        int[] places = sortPlaces;
        int n = keys.length;
        if (keysScratch.length != n || placesScratch.length != n) throw new IllegalArgumentException("scratch length");
        long[] keysTo = keysScratch;
        int[] placesTo = placesScratch;
        for (int shift = 0; shift < 64; shift += 8) {
            int[] start = new int[257];
            for (long key : keys) start[(int) (key >>> shift & 0xFF) + 1]++;
            if (n == 0 || start[(int) (keys[0] >>> shift & 0xFF) + 1] == n) continue; // one value: no move
            for (int b = 0; b < 256; b++) start[b + 1] += start[b];
            for (int i = 0; i < n; i++) {
                int to = start[(int) (keys[i] >>> shift & 0xFF)]++;
                keysTo[to] = keys[i];
                placesTo[to] = places[i];
            }
            long[] k = keys;
            keys = keysTo;
            keysTo = k;
            int[] p = places;
            places = placesTo;
            placesTo = p;
        }
        if (keys != sortKeys) { // an odd number of passes moved them: back into the arrays given
            System.arraycopy(keys, 0, sortKeys, 0, n);
            System.arraycopy(places, 0, sortPlaces, 0, n);
        }
    }
}
