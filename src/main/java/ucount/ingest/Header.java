package ucount.ingest;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CSV header row, indexed once by normalised name (formats.md section 1): case-insensitive, runs of white space
 * collapsed, trimmed. Lookups take a list of aliases, the first present wins.
 *
 * <p>The header remembers every column a lookup returned: those are the columns a reader uses, and the only ones
 * read from each record ({@link #used}).
 */
final class Header {

    private static final Pattern NUMBERED = Pattern.compile("(.*\\D) ?(\\d+)");

    private final List<String> raw;
    private final List<String> names;
    private final Map<String, Integer> index = new HashMap<>();
    private final BitSet used = new BitSet();
    private final Fields fields;

    Header(List<String> raw) {
        this(raw, Fields.ALL);
    }

    /** A header whose {@link #detail} lookups find nothing unless all fields are read. */
    Header(List<String> raw, Fields fields) {
        this.fields = fields;
        this.raw = List.copyOf(raw);
        names = new ArrayList<>(raw.size());
        for (String name : raw) {
            String normal = normalize(name);
            names.add(normal);
            index.putIfAbsent(normal, names.size() - 1);
        }
    }

    static String normalize(String name) {
        return name.replace("\uFEFF", "").trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    int size() {
        return names.size();
    }

    /** Whether any of the aliases is a column; marks none as read (recognising a file reads no column). */
    boolean has(String... aliases) {
        for (String alias : aliases) {
            if (index.containsKey(alias)) return true;
        }
        return false;
    }

    /** The column of the first alias present, or -1. */
    int find(String... aliases) {
        for (String alias : aliases) {
            Integer i = index.get(alias);
            if (i != null) {
                used.set(i);
                return i;
            }
        }
        return -1;
    }

    /**
     * The first column whose name starts with {@code prefix}, or -1: for headers that carry the whole label of a
     * setting, e.g. "Enable User for Unified CM IM and Presence (Configure IM and Presence in the associated UC
     * Service Profile)".
     */
    int findPrefix(String prefix) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).startsWith(prefix)) {
                used.set(i);
                return i;
            }
        }
        return -1;
    }

    /** Like {@link #find}, for a column the license rules do not read: -1 unless all fields are read. */
    int detail(String... aliases) {
        return fields == Fields.ALL ? find(aliases) : -1;
    }

    /** Like {@link #numbered}, for columns the license rules do not read: empty unless all fields are read. */
    List<Integer> numberedDetail(String... stems) {
        return fields == Fields.ALL ? numbered(stems) : List.of();
    }

    /** The columns lookups have returned, in column order. */
    int[] used() {
        return used.stream().toArray();
    }

    /**
     * The columns of a repeated group, in suffix order: {@code numbered("directory number")} finds
     * "Directory Number 1", "Directory Number 2" ... Several stems may name the same group.
     */
    List<Integer> numbered(String... stems) {
        TreeMap<Integer, Integer> bySuffix = new TreeMap<>();
        for (int i = 0; i < names.size(); i++) {
            Matcher m = NUMBERED.matcher(names.get(i));
            if (!m.matches()) continue;
            String stem = m.group(1).trim();
            for (String wanted : stems) {
                if (stem.equals(wanted)) {
                    try {
                        bySuffix.putIfAbsent(Integer.parseInt(m.group(2)), i);
                    } catch (NumberFormatException e) {
                        // a suffix too large for any real group ("DEVICE NAME 94444444444444444444"): not one of them
                    }
                }
            }
        }
        bySuffix.values().forEach(used::set);
        return List.copyOf(bySuffix.values());
    }

    /** The first name that occurs twice, or null. */
    String duplicate() {
        Map<String, Integer> seen = new HashMap<>();
        for (String name : names) {
            if (!name.isEmpty() && seen.merge(name, 1, Integer::sum) == 2) return name;
        }
        return null;
    }

    /**
     * The problem with a column ucount reads that appears twice (which of the two is meant?), or null. A duplicated
     * column ucount does not read does no harm.
     */
    String duplicateOfUsed() {
        for (int i = used.nextSetBit(0); i >= 0; i = used.nextSetBit(i + 1)) {
            for (int j = 0; j < names.size(); j++) {
                if (j != i && names.get(j).equals(names.get(i))) {
                    int first = Math.min(i, j);
                    return "column '" + raw.get(first).replace("\uFEFF", "").trim() + "' appears twice (columns "
                            + (first + 1) + " and " + (Math.max(i, j) + 1) + "): remove one and run again";
                }
            }
        }
        return null;
    }
}
