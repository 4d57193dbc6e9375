package ucount.rules;

import ucount.model.LicenseType;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** A count per license type; every type is present, zero or not. */
public final class Totals {

    /** By license type ordinal: added to once per user, a million times at most. */
    private final int[] counts = new int[LicenseType.values().length];

    public void add(LicenseType type, int n) {
        counts[type.ordinal()] += n;
    }

    public void add(Totals other) {
        for (int i = 0; i < counts.length; i++) counts[i] += other.counts[i];
    }

    public int get(LicenseType type) {
        return counts[type.ordinal()];
    }

    public int sum() {
        int sum = 0;
        for (int count : counts) sum += count;
        return sum;
    }

    /** In tier order. */
    public Map<LicenseType, Integer> asMap() {
        EnumMap<LicenseType, Integer> map = new EnumMap<>(LicenseType.class);
        for (LicenseType type : LicenseType.values()) map.put(type, counts[type.ordinal()]);
        return Collections.unmodifiableMap(map);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Totals t && Arrays.equals(t.counts, counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
