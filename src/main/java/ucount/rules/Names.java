package ucount.rules;

import java.util.Comparator;

/** How user IDs and device names are listed: case-insensitively, then exactly, so jsmith and JSmith sit together. */
public final class Names {

    public static final Comparator<String> ORDER =
            String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

    private Names() {
    }
}
