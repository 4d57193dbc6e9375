package ucount.rules;

/**
 * Items grouped by the place of their owner, in one array: what a million devices, RDPs and profiles say of their
 * users, without a list per user. The items of owner {@code k} are {@link #item}{@code (k, 0..size(k)-1)}, in item
 * order.
 */
final class Groups {

    private final int[] start;
    private final int[] items;

    /**
     * @param owners  how many owners there are
     * @param ownerOf each item's owner, -1 for an item of none
     */
    Groups(int owners, int[] ownerOf) {
        start = new int[owners + 1];
        for (int owner : ownerOf) if (owner >= 0) start[owner + 1]++;
        for (int k = 0; k < owners; k++) start[k + 1] += start[k];
        items = new int[start[owners]];
        int[] next = java.util.Arrays.copyOf(start, owners);
        for (int i = 0; i < ownerOf.length; i++) {
            if (ownerOf[i] >= 0) items[next[ownerOf[i]]++] = i;
        }
    }

    int size(int owner) {
        return start[owner + 1] - start[owner];
    }

    int item(int owner, int index) {
        return items[start[owner] + index];
    }
}
