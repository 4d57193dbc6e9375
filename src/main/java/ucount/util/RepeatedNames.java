package ucount.util;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Names that repeat an earlier one, found by sorting rather than by looking each up: each name's hash beside its
 * place, radix-sorted ({@link RadixSort}: each pass reads in order, where a million lookups would each wait on
 * memory), and only the names of an equal hash compared.
 */
public final class RepeatedNames {

    private RepeatedNames() {
    }

    /**
     * For each place below {@code size}, the place of the first name its name repeats, or -1; null when no name
     * repeats. {@code hashes[i]} is the hash of the name at {@code places[i]}, and {@code name} gives the name at a
     * place, both as compared (upper case, say); the two arrays are sorted in place.
     */
    public static int[] firstOf(long[] hashes, int[] places, int size, IntFunction<String> name) {
        RadixSort.byKey(hashes, places); // stable: a hash's places stay in order
        int[] firstOf = null;
        int n = hashes.length;
        for (int from = 0, to; from < n; from = to) {
            to = from + 1;
            while (to < n && hashes[to] == hashes[from]) to++;
            if (to - from == 1) continue;
            Map<String, Integer> first = new HashMap<>();
            for (int k = from; k < to; k++) {
                Integer earlier = first.putIfAbsent(name.apply(places[k]), places[k]);
                if (earlier == null) continue;
                if (firstOf == null) {
                    firstOf = new int[size];
                    Arrays.fill(firstOf, -1);
                }
                firstOf[places[k]] = earlier;
            }
        }
        return firstOf;
    }
}
