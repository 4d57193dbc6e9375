package ucount.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** How user IDs and device names are listed: case-insensitively, then exactly, so jsmith and JSmith sit together. */
public final class Names {

    public static final Comparator<String> ORDER =
            String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

    /** Below this many items a sort is quick whichever way it is done. */
    private static final int PARALLEL_SORT = 10_000;

    private Names() {
    }

    /**
     * The items in {@link #ORDER} of their names. A large cluster has hundreds of thousands of users: each name is
     * case-folded once (most user IDs already are), so that comparisons are plain String comparisons, and the two
     * halves are sorted in parallel, then merged.
     */
    public static <T> List<T> sorted(List<T> items, Function<T, String> name) {
        @SuppressWarnings("unchecked")
        Folded<T>[] folded = new Folded[items.size()];
        for (int i = 0; i < folded.length; i++) {
            String n = name.apply(items.get(i));
            String f = fold(n);
            if (f == null) { // a name with characters outside the BMP: ORDER compares their code points
                List<T> sorted = new ArrayList<>(items);
                sorted.sort(Comparator.comparing(name, ORDER));
                return sorted;
            }
            folded[i] = new Folded<>(f, n, items.get(i));
        }
        if (folded.length < PARALLEL_SORT) {
            Arrays.sort(folded);
        } else {
            int half = folded.length / 2;
            CompletableFuture<Void> first = CompletableFuture.runAsync(() -> Arrays.sort(folded, 0, half));
            Arrays.sort(folded, half, folded.length);
            first.join();
            merge(folded, half);
        }
        List<T> sorted = new ArrayList<>(folded.length);
        for (Folded<T> f : folded) sorted.add(f.item);
        return sorted;
    }

    /** Merges the sorted runs {@code [0, half)} and {@code [half, length)}. */
    private static <T> void merge(Folded<T>[] items, int half) {
        Folded<T>[] left = Arrays.copyOfRange(items, 0, half);
        int l = 0;
        int r = half;
        int to = 0;
        while (l < left.length && r < items.length) {
            items[to++] = left[l].compareTo(items[r]) <= 0 ? left[l++] : items[r++];
        }
        while (l < left.length) items[to++] = left[l++];
    }

    /**
     * The name with each character folded as CASE_INSENSITIVE_ORDER folds it (upper case, then lower case), so that
     * the plain order of folded names is the case-insensitive order; the name itself when folding changes nothing.
     * Null for a name holding surrogates, which that order compares as code points.
     */
    static String fold(String name) {
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

    /** An item, its name and the name folded: ordered by folded name, then by name (ORDER). */
    private record Folded<T>(String folded, String name, T item) implements Comparable<Folded<T>> {

        @Override
        public int compareTo(Folded<T> o) {
            int c = folded.compareTo(o.folded);
            return c != 0 ? c : name.compareTo(o.name);
        }
    }
}
