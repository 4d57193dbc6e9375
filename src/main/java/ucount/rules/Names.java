package ucount.rules;

import ucount.util.RadixSort;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.IntStream;

/** How user IDs and device names are listed: case-insensitively, then exactly, so jsmith and JSmith sit together. */
public final class Names {

    public static final Comparator<String> ORDER =
            String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

    private Names() {
    }

    /**
     * The items in {@link #ORDER} of their names. A large cluster has hundreds of thousands of users, and comparing
     * that many Strings costs a second here (each comparison reads two Strings from scattered memory). So each name
     * is case-folded once (ASCII names as their keys are made, without a folded String) and its first sixteen folded
     * characters are packed into two numbers ({@link #key}) that order names as the folded Strings do, or tie; the
     * numbers are sorted by a radix sort, and only names that tie on them are compared as Strings.
     */
    public static <T> List<T> sorted(List<T> items, Function<T, String> name) {
        List<T> sorted = new ArrayList<>(items.size());
        for (int i : order(items, name)) sorted.add(items.get(i));
        return sorted;
    }

    /** The places of the items in {@link #ORDER} of their names, as {@link #sorted} would list them. */
    public static <T> int[] order(List<T> items, Function<T, String> name) {
        int n = items.size();
        String[] names = new String[n];
        long[] keys = new long[n];
        long[] more = new long[n];
        for (int i = 0; i < n; i++) {
            if (i % READ_AHEAD == 0) readAhead(items, name, names, i, Math.min(n, i + READ_AHEAD));
            if (asciiKeys(names[i], keys, more, i)) continue;
            String folded = fold(names[i]);
            if (folded == null) { // a name with characters outside the BMP: ORDER compares their code points
                Comparator<Integer> byName = Comparator.comparing(p -> name.apply(items.get(p)), ORDER);
                return IntStream.range(0, n).boxed().sorted(byName).mapToInt(Integer::intValue).toArray();
            }
            keys[i] = key(folded, 0);
            more[i] = key(folded, 8);
        }
        // By the second key, then stably by the first: the order of both, with both keys in that order. Both sorts
        // move through the same scratch arrays, and the array of the first keys as made, once read in that order,
        // takes the second keys (at 600,000 users, 12 MB fewer made while the directory's tables are alive).
        int[] order = identity(n);
        long[] first = more.clone();
        long[] keysScratch = new long[n];
        int[] placesScratch = new int[n];
        RadixSort.byKey(first, order, keysScratch, placesScratch);
        for (int i = 0; i < n; i++) first[i] = keys[order[i]];
        RadixSort.byKey(first, order, keysScratch, placesScratch);
        long[] second = keys;
        for (int i = 0; i < n; i++) second[i] = more[order[i]];
        // Names that tie on both keys (the same first sixteen folded characters, or a character from U+00FF up in
        // them) are compared folded, then as they are: each folded once, however large the group.
        for (int from = 0, to; from < n; from = to) {
            to = from + 1;
            while (to < n && first[to] == first[from] && second[to] == second[from]) to++;
            if (to - from == 1) continue;
            int size = to - from;
            String[] tied = new String[size];
            String[] folded = new String[size];
            Integer[] tie = new Integer[size];
            for (int i = 0; i < size; i++) {
                tie[i] = i;
                tied[i] = names[order[from + i]];
                folded[i] = fold(tied[i]);
            }
            Arrays.sort(tie, Comparator.<Integer, String>comparing(i -> folded[i]).thenComparing(i -> tied[i]));
            int[] places = new int[size];
            for (int i = 0; i < size; i++) places[i] = order[from + tie[i]];
            System.arraycopy(places, 0, order, from, size);
        }
        return order;
    }

    /** How many names are read ahead at a time. */
    private static final int READ_AHEAD = 256;

    /**
     * Puts the names of {@code items[from..to)} in {@code names}, reading their text too: a step at a time for all of
     * them, so that the processor waits for the reads of many at once. The items and their names lie scattered in
     * memory, and a name read where its keys are made would wait for each item, its String and its text in turn
     * (most of the time ordering 600,000 users takes otherwise).
     */
    private static <T> void readAhead(List<T> items, Function<T, String> name, String[] names, int from, int to) {
        for (int i = from; i < to; i++) names[i] = name.apply(items.get(i));
        int read = 0;
        for (int i = from; i < to; i++) read += names[i].length();
        lengths = read;
    }

    /** Where {@link #readAhead} leaves what it read, so that no compiler drops the reads. */
    private static int lengths;

    /**
     * For a name of ASCII characters only, as most user IDs and device names are: both keys ({@link #key} of the
     * folded name, from 0 and from 8) put at {@code at}, folding as it goes (ASCII folds A-Z to a-z and nothing
     * else), in one pass and without making the folded String. False, and nothing put, for any other name.
     */
    private static boolean asciiKeys(String name, long[] keys, long[] more, int at) {
        long first = 0;
        long second = 0;
        int length = name.length();
        for (int i = 0; i < length; i++) {
            char c = name.charAt(i);
            if (c >= 0x80) return false;
            if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
            if (i < 8) {
                first = first << 8 | c;
            } else if (i < 16) {
                second = second << 8 | c;
            }
        }
        keys[at] = length == 0 ? 0 : first << 8 * (8 - Math.min(length, 8)); // the first character highest
        more[at] = length <= 8 ? 0 : second << 8 * (8 - Math.min(length - 8, 8));
        return true;
    }

    /**
     * Characters {@code from} to {@code from + 7} of a folded name, a byte each, first in the highest byte, 0 past the
     * end; a character from U+00FF up is written as 0xFF and ends the name's keys. As unsigned numbers, keys order
     * names as String comparison orders them, or tie: where two names' keys first differ, either both characters are
     * written exactly, or one is at least U+00FF and the other below it.
     */
    static long key(String folded, int from) {
        long key = 0;
        boolean ended = false;
        for (int i = 0; i < from + 8; i++) {
            int c = ended || i >= folded.length() ? 0 : Math.min(folded.charAt(i), 0xFF);
            if (c == 0xFF) ended = true;
            if (i >= from) key = key << 8 | c;
        }
        return key;
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        return order;
    }

    /**
     * The name with each character folded as CASE_INSENSITIVE_ORDER folds it (upper case, then lower case), so that
     * the plain order of folded names is the case-insensitive order; the name itself when folding changes nothing.
     * Null for a name holding surrogates, which that order compares as code points.
     */
    static String fold(String name) {
        if (isAscii(name)) return name.toLowerCase(Locale.ROOT); // the same String when already lower case
        char[] folded = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isSurrogate(c)) return null;
            char f = Character.toLowerCase(Character.toUpperCase(c));
            if (f != c && folded == null) folded = name.toCharArray();
            if (folded != null) folded[i] = f;
        }
        return folded == null ? name : new String(folded);
    }

    private static boolean isAscii(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) return false;
        }
        return true;
    }
}
