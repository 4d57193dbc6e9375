package ucount.rules;

import ucount.model.LicenseType;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** A count per license type; every type is present, zero or not. */
public final class Totals {

    private final EnumMap<LicenseType, Integer> counts = new EnumMap<>(LicenseType.class);

    public Totals() {
        for (LicenseType type : LicenseType.values()) counts.put(type, 0);
    }

    public void add(LicenseType type, int n) {
        counts.merge(type, n, Integer::sum);
    }

    public void add(Totals other) {
        other.counts.forEach(this::add);
    }

    public int get(LicenseType type) {
        return counts.get(type);
    }

    public int sum() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** In tier order. */
    public Map<LicenseType, Integer> asMap() {
        return Collections.unmodifiableMap(counts);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Totals t && t.counts.equals(counts);
    }

    @Override
    public int hashCode() {
        return counts.hashCode();
    }

    @Override
    public String toString() {
        return counts.toString();
    }
}
