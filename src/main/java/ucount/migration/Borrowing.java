package ucount.migration;

import ucount.model.LicenseType;
import ucount.rules.Totals;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a set of licenses covers a requirement under the borrowing order (R30, R31), as R28 needs it for a
 * shaped License Migration Request: each tier is met from its own licenses first, then from the nearest higher
 * tier with spares, moving up. TELEPRESENCE_ROOM neither lends nor borrows.
 */
public final class Borrowing {

    /** The tiers that lend to lower ones, lowest first (R30). */
    static final List<LicenseType> CHAIN = List.of(LicenseType.ESSENTIAL, LicenseType.BASIC, LicenseType.ENHANCED,
            LicenseType.ENHANCED_PLUS, LicenseType.CUWL_STANDARD, LicenseType.CUWL_PROFESSIONAL);

    /**
     * One license type's outcome.
     *
     * @param own       required licenses met by this type's own licenses
     * @param borrowed  required licenses met by higher tiers
     * @param lent      this type's licenses that meet lower tiers
     * @param shortfall required licenses nothing meets
     */
    public record Line(LicenseType type, int required, int available, int own, int borrowed, int lent,
                       int shortfall) {

        /** Licenses of this type left over: available - own use - lent. */
        public int spare() {
            return available - own - lent;
        }
    }

    /** Every license type in tier order. */
    public record Coverage(List<Line> lines) {

        public Coverage {
            lines = List.copyOf(lines);
        }

        public boolean covered() {
            return lines.stream().allMatch(l -> l.shortfall() == 0);
        }

        public List<Line> shortfalls() {
            return lines.stream().filter(l -> l.shortfall() > 0).toList();
        }

        public Line line(LicenseType type) {
            return lines.stream().filter(l -> l.type() == type).findFirst().orElseThrow();
        }
    }

    private Borrowing() {
    }

    public static Coverage cover(Totals required, Totals available) {
        Map<LicenseType, Integer> own = new EnumMap<>(LicenseType.class);
        Map<LicenseType, Integer> spare = new EnumMap<>(LicenseType.class);
        Map<LicenseType, Integer> deficit = new EnumMap<>(LicenseType.class);
        Map<LicenseType, Integer> borrowed = new EnumMap<>(LicenseType.class);
        Map<LicenseType, Integer> lent = new EnumMap<>(LicenseType.class);
        for (LicenseType type : LicenseType.values()) {
            int need = required.get(type);
            int have = available.get(type);
            own.put(type, Math.min(need, have));
            spare.put(type, Math.max(0, have - need));
            deficit.put(type, Math.max(0, need - have));
            borrowed.put(type, 0);
            lent.put(type, 0);
        }
        for (int i = 0; i < CHAIN.size(); i++) {
            LicenseType low = CHAIN.get(i);
            for (int j = i + 1; j < CHAIN.size() && deficit.get(low) > 0; j++) {
                LicenseType high = CHAIN.get(j);
                int take = Math.min(deficit.get(low), spare.get(high));
                if (take == 0) continue;
                deficit.merge(low, -take, Integer::sum);
                borrowed.merge(low, take, Integer::sum);
                spare.merge(high, -take, Integer::sum);
                lent.merge(high, take, Integer::sum);
            }
        }
        List<Line> lines = new ArrayList<>();
        for (LicenseType type : LicenseType.values()) {
            lines.add(new Line(type, required.get(type), available.get(type), own.get(type), borrowed.get(type),
                    lent.get(type), deficit.get(type)));
        }
        return new Coverage(lines);
    }
}
